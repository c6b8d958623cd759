/** Dates and country names as a reader of a legal memo expects them, in the report's language. */

/** English reports use the day-month-year order usual in the EU rather than the US order. */
function locale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** "2026-06-12" → "12 June 2026"; "2026-06" → "June 2026"; anything else is returned unchanged. */
export function formatDate(value: string, language: string): string {
  const day = ISO_DAY.exec(value);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    if (Number.isNaN(date.getTime())) return value;
    return new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  const month = ISO_MONTH.exec(value);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    if (Number.isNaN(date.getTime())) return value;
    return new Intl.DateTimeFormat(locale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  return value;
}

/** An ISO timestamp as "22 November 2026, 08:43 UTC". */
export function formatTimestamp(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  const time = new Intl.DateTimeFormat(locale(language), { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' }).format(date);
  return `${day}, ${time} UTC`;
}

/** "US" → "United States (US)"; the code alone where the runtime has no name for it. */
export function formatCountry(code: string, language: string): string {
  if (code === '') return '';
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale(language)], { type: 'region', fallback: 'none' }).of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${code})` : code;
}

/** A number inside a formula: up to four significant digits, never in exponent form (0.005090, 0.9, 143.2). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '∞';
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.min(Math.max(0, 3 - magnitude), 12);
  const fixed = value.toFixed(decimals);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
