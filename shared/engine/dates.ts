/** Calendar arithmetic on ISO dates (YYYY-MM-DD), without the clock: "today" is always passed in. */

function parse(date: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isIsoDate(date: string): boolean {
  return parse(date) !== null;
}

/** The same day `months` later; the 31st of a shorter month becomes its last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const parts = parse(date);
  if (!parts) throw new Error(`Not an ISO date: ${date}`);
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(parts.day, daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Whole calendar months from `from` to `to` (negative when `to` is earlier); null when either is not a date. */
export function wholeMonthsBetween(from: string, to: string): number | null {
  const a = parse(from);
  const b = parse(to);
  if (!a || !b) return null;
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (months > 0 && b.day < a.day) months -= 1;
  if (months < 0 && b.day > a.day) months += 1;
  return months;
}
