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

/** 0.00509 → "0.509 %", 0.0252 → "2.52 %", 0.1 → "10 %", 1 → "100 %". */
export function formatPercent(probability: number): string {
  if (!Number.isFinite(probability)) return '–';
  return `${toSignificant(probability * 100, SIGNIFICANT_DIGITS)} %`;
}

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "Once every N years": whole years from ten upwards, one decimal below, grouped thousands (1,234). */
export function formatYears(years: number): string {
  if (!Number.isFinite(years)) return '∞';
  return years >= 10 ? grouped.format(Math.round(years)) : oneDecimal.format(years);
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
