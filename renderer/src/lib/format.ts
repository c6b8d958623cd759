import type { Language } from '../../../shared/i18n';

type DateKind = 'dateTime' | 'day' | 'month';

const OPTIONS: Record<DateKind, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  day: { dateStyle: 'medium', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
};

/** English dates in the day-month-year order usual in the EU rather than the US order. */
function locale(language: Language): string {
  return language === 'de' ? 'de-DE' : 'en-GB';
}

/** Building a formatter costs far more than using one; lists format a date per row. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: DateKind, language: Language): Intl.DateTimeFormat {
  const key = `${kind}:${language}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale(language), OPTIONS[kind]);
    formatters.set(key, found);
  }
  return found;
}

export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter('dateTime', language).format(date);
}

/** Formats YYYY-MM-DD (or YYYY-MM) as a calendar date, independent of the local time zone. */
export function formatDate(value: string, language: Language): string {
  if (/^\d{4}-\d{2}$/.test(value)) {
    const date = new Date(`${value}-01T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? value : formatter('month', language).format(date);
  }
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : formatter('day', language).format(date);
}

/** Today's date in the user's time zone as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** A file size in kB below a megabyte and in MB from there, as the language writes numbers. */
export function formatBytes(bytes: number, language: Language): string {
  const inMegabytes = bytes >= 1000 * 1000;
  return new Intl.NumberFormat(locale(language), {
    style: 'unit',
    unit: inMegabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(inMegabytes ? bytes / (1000 * 1000) : bytes / 1000);
}
