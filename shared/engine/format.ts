/**
 * Percentages as they appear in reasons: two decimals from 1 % up (2.52), two significant digits below (0.51,
 * 0.074), trailing zeros dropped (10). Reasons carry them as strings so every renderer shows the same figure.
 */
export function formatPercent(probability: number): string {
  const percent = probability * 100;
  if (percent === 0) return '0';
  // Below this, plain notation would need an exponent; the figure is negligible either way.
  if (percent < 0.0001) return '< 0.0001';
  const rounded = percent >= 1 ? Number(percent.toFixed(2)) : Number(percent.toPrecision(2));
  return String(rounded);
}

/** "Once every N years" as a whole number of years. */
export function formatYears(years: number | null): string {
  return years === null ? '∞' : String(Math.round(years));
}
