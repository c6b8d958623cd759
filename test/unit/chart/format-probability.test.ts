import { describe, expect, it } from 'vitest';
import { formatPercent, formatYears, parsePercent, percentInputValue } from '../../../shared/chart/format-probability';

describe('formatPercent', () => {
  it('shows the published figures as published', () => {
    expect(formatPercent(0.00509)).toBe('0.509 %');
    expect(formatPercent(1 - (1 - 0.00509) ** 5)).toBe('2.52 %');
    expect(formatPercent(0.0074)).toBe('0.74 %');
    expect(formatPercent(0.1)).toBe('10 %');
  });

  it('keeps three significant digits for very small values without exponent notation', () => {
    expect(formatPercent(0.000001234)).toBe('0.000123 %');
  });

  it('drops needless decimals', () => {
    expect(formatPercent(0)).toBe('0 %');
    expect(formatPercent(1)).toBe('100 %');
    expect(formatPercent(0.125)).toBe('12.5 %');
    expect(formatPercent(0.33333)).toBe('33.3 %');
  });
});

describe('formatYears', () => {
  it('rounds to whole years from ten upwards and groups thousands', () => {
    expect(formatYears(902.6)).toBe('903');
    expect(formatYears(1 / 0.00509)).toBe('196');
    expect(formatYears(12345.6)).toBe('12,346');
  });

  it('keeps one decimal below ten years', () => {
    expect(formatYears(2.345)).toBe('2.3');
  });
});

describe('parsePercent and percentInputValue', () => {
  it('read a percentage typed by the user as a probability', () => {
    expect(parsePercent('0.509')).toBeCloseTo(0.00509, 12);
    expect(parsePercent('2,5 %')).toBeCloseTo(0.025, 12);
    expect(parsePercent('100')).toBe(1);
  });

  it('refuse text that is not a percentage between 0 and 100', () => {
    expect(parsePercent('')).toBeNull();
    expect(parsePercent('abc')).toBeNull();
    expect(parsePercent('101')).toBeNull();
    expect(parsePercent('-1')).toBeNull();
  });

  it('round-trip for the input field', () => {
    expect(percentInputValue(0.00509)).toBe('0.509');
    expect(parsePercent(percentInputValue(0.3))).toBeCloseTo(0.3, 12);
  });
});

describe('figures in a German report', () => {
  it('write the decimal comma and group thousands with a point', () => {
    expect(formatPercent(0.0252, 'de')).toBe('2,52 %');
    expect(formatPercent(0.1, 'de')).toBe('10 %');
    expect(formatYears(1234.4, 'de')).toBe('1.234');
    expect(formatYears(4.25, 'de')).toBe('4,3');
    expect(formatYears(1234.4)).toBe('1,234');
  });
});
