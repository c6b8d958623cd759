/**
 * How probabilities and intervals read in the app, the report and the chart. Small probabilities keep three
 * significant digits so published figures stay recognisable (0.509 %, 2.52 %); larger ones lose needless decimals.
 */

const SIGNIFICANT_DIGITS = 3;

/** Plain decimal text with at most `significant` significant digits, never in exponent form. */
function toSignificant(value: number, significant: number): string {
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, significant - 1 - magnitude);
  const fixed = value.toFixed(Math.min(decimals, 20));
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** German writes the decimal comma; every other supported language the point. */
export function withDecimalMark(plain: string, language: string): string {
  return language === 'de' ? plain.replace('.', ',') : plain;
}

/** The engine words figures in reasons with a decimal point ("1.83", "< 0.0001"); this writes them for `language`. */
export function localiseFigures(params: Record<string, unknown>, language: string): Record<string, unknown> {
  if (language !== 'de') return params;
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'string' && /^[<\s]*\d+\.\d+$/.test(value) ? withDecimalMark(value, language) : value]),
  );
}

/** 0.00509 → "0.509 %", 0.0252 → "2.52 %", 0.1 → "10 %", 1 → "100 %"; in German "0,509 %". */
export function formatPercent(probability: number, language = 'en'): string {
  if (!Number.isFinite(probability)) return '–';
  return `${withDecimalMark(toSignificant(probability * 100, SIGNIFICANT_DIGITS), language)} %`;
}

const yearFormats = new Map<string, { grouped: Intl.NumberFormat; oneDecimal: Intl.NumberFormat }>();
function yearFormat(language: string) {
  const locale = language === 'de' ? 'de-DE' : 'en-GB';
  let format = yearFormats.get(locale);
  if (!format) {
    format = {
      grouped: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
      oneDecimal: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
    };
    yearFormats.set(locale, format);
  }
  return format;
}

/** "Once every N years": whole years from ten upwards, one decimal below, grouped thousands (1,234; German 1.234). */
export function formatYears(years: number, language = 'en'): string {
  if (!Number.isFinite(years)) return '∞';
  const format = yearFormat(language);
  return years >= 10 ? format.grouped.format(Math.round(years)) : format.oneDecimal.format(years);
}

/** A probability entered as a percentage (e.g. "0.5") back to 0…1, or null when the text is not a number in range. */
export function parsePercent(text: string): number | null {
  const cleaned = text.replace(',', '.').replace('%', '').trim();
  if (cleaned === '' || !/^\d*\.?\d*$/.test(cleaned)) return null;
  const value = Number(cleaned);
  if (!Number.isFinite(value) || value < 0 || value > 100) return null;
  return value / 100;
}

/** A probability as the number a percent input shows (0.00509 → "0.509"), without a unit. */
export function percentInputValue(probability: number): string {
  return toSignificant(probability * 100, 6);
}
