/** Periods as documents write them ("30 days", "seven years", "thirty (30) days", "24-hour") in ISO 8601 form. */

const UNITS: Record<string, { designator: string; time: boolean }> = {
  hour: { designator: 'H', time: true },
  day: { designator: 'D', time: false },
  week: { designator: 'W', time: false },
  month: { designator: 'M', time: false },
  year: { designator: 'Y', time: false },
};

const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const SMALL = Object.keys(SMALL_NUMBERS).join('|');
const TEN = Object.keys(TENS).join('|');
const NUMBER_WORDS = String.raw`(?:(?:${TEN})(?:[\s-](?:${SMALL}))?|${SMALL}|(?:one |a )?hundred(?: and (?:${SMALL}|${TEN}))?)`;
const NUMBER = String.raw`(?:\d{1,4}(?:,\d{3})?|${NUMBER_WORDS})`;

/**
 * A number, optionally repeated in digits in parentheses ("thirty (30)"), and a unit; also the adjective form
 * ("30-day", "24-hour"). The parenthesised digits are the ones counted when present.
 */
export const DURATION_PATTERN = new RegExp(
  String.raw`\b(${NUMBER})(?:\s*\((\d{1,4})\))?[\s-]+(?:calendar\s+|business\s+|full\s+)?(hours?|days?|weeks?|months?|years?)\b`,
  'gi',
);

/** A number written in digits or words; null when the words are not a number this reader knows. */
export function numberFrom(written: string): number | null {
  const text = written.toLowerCase().trim();
  if (/^\d[\d,]*$/.test(text)) return Number(text.replace(/,/g, ''));
  if (text in SMALL_NUMBERS) return SMALL_NUMBERS[text]!;
  const hundred = /^(?:(?:one|a) )?hundred(?: and (.+))?$/.exec(text);
  if (hundred) return 100 + (hundred[1] ? (numberFrom(hundred[1]) ?? 0) : 0);
  const [tens, ones] = text.split(/[\s-]/);
  if (tens && tens in TENS) return TENS[tens]! + (ones ? (SMALL_NUMBERS[ones] ?? Number.NaN) : 0);
  return null;
}

/** "30 days" → P30D, "24 hours" → PT24H, "seven years" → P7Y; null when the match is not a period. */
export function isoDuration(number: string, digits: string | undefined, unit: string): string | null {
  const count = digits !== undefined ? Number(digits) : numberFrom(number);
  if (count === null || !Number.isFinite(count) || count <= 0) return null;
  const spec = UNITS[unit.toLowerCase().replace(/s$/, '')];
  if (!spec) return null;
  return spec.time ? `PT${count}${spec.designator}` : `P${count}${spec.designator}`;
}
