import { withDecimalMark } from '../chart/format-probability';
/** Dates and country names as a reader of a legal memo expects them, in the report's language. */

/** English reports use the day-month-year order usual in the EU rather than the US order. */
function locale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

/** Intl formatters are costly to build and a report formats thousands of values: one of each kind per language. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.DisplayNames | Intl.ListFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.DisplayNames | Intl.ListFormat>(key: string, create: () => T): T {
  const found = formatters.get(key);
  if (found) return found as T;
  const created = create();
  formatters.set(key, created);
  return created;
}

const dayFormat = (language: string) =>
  cached(`day:${language}`, () => new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** "2026-06-12" → "12 June 2026"; "2026-06" → "June 2026"; anything else is returned unchanged. */
export function formatDate(value: string, language: string): string {
  const day = ISO_DAY.exec(value);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    if (Number.isNaN(date.getTime())) return value;
    return dayFormat(language).format(date);
  }
  const month = ISO_MONTH.exec(value);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    if (Number.isNaN(date.getTime())) return value;
    return cached(`month:${language}`, () => new Intl.DateTimeFormat(locale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(date);
  }
  return value;
}

/** An ISO timestamp as "22 November 2026, 08:43 UTC". */
export function formatTimestamp(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = dayFormat(language).format(date);
  const time = cached(`time:${language}`, () => new Intl.DateTimeFormat(locale(language), { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' })).format(date);
  return `${day}, ${time} UTC`;
}

/** "US" → "United States (US)"; the code alone where the runtime has no name for it. */
export function formatCountry(code: string, language: string): string {
  if (code === '') return '';
  let name: string | undefined;
  try {
    name = cached(`region:${language}`, () => new Intl.DisplayNames([locale(language)], { type: 'region', fallback: 'none' })).of(code);
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${code})` : code;
}

/** A number inside a formula: up to four significant digits, never in exponent form (0.005090, 0.9, 143.2). */
export function formatNumber(value: number, language = 'en'): string {
  if (!Number.isFinite(value)) return '∞';
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.min(Math.max(0, 3 - magnitude), 12);
  const fixed = value.toFixed(decimals);
  return withDecimalMark(fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed, language);
}

/** "A, B and C" in the report's language ("A, B und C"). */
export function formatList(items: readonly string[], language: string): string {
  if (items.length < 2) return items.join('');
  try {
    return cached(`list:${language}`, () => new Intl.ListFormat(locale(language), { style: 'long', type: 'conjunction' })).format(items);
  } catch {
    return items.join(', ');
  }
}

/** 1-based numbers as the reader counts them, consecutive runs shortened: [1, 2, 3, 5] → "1–3 and 5". */
export function formatNumberRuns(numbers: readonly number[], language: string): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === (sorted[end] ?? 0) + 1) end++;
    const first = sorted[start] ?? 0;
    const last = sorted[end] ?? 0;
    if (end - start >= 2) runs.push(`${first}–${last}`);
    else runs.push(...sorted.slice(start, end + 1).map(String));
    start = end + 1;
  }
  return formatList(runs, language);
}
