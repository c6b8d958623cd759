import { describe, expect, it } from 'vitest';
import {
  buildProbabilityChart,
  niceStep,
  polylinePoints,
  probabilityAxis,
  type CurvePoint,
} from '../../../shared/chart/probability-chart';

/** P_T = 1 − (1 − p)^T for T = 1…years, before and after measures. */
function curve(annualBefore: number, annualAfter: number, years: number): CurvePoint[] {
  return Array.from({ length: years }, (_, i) => ({
    year: i + 1,
    before: 1 - (1 - annualBefore) ** (i + 1),
    after: 1 - (1 - annualAfter) ** (i + 1),
  }));
}

const SIZE = { width: 640, height: 320 };
const TEXTS = { xAxis: 'Years', yAxis: 'Probability', before: 'Before measures', after: 'After measures', limit: 'Limit' };

describe('niceStep', () => {
  it('picks 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(10, 10)).toBe(1);
    expect(niceStep(0.12, 5)).toBeCloseTo(0.025, 12);
    expect(niceStep(0.11, 5)).toBeCloseTo(0.025, 12);
    expect(niceStep(0.6, 5)).toBeCloseTo(0.2, 12);
    expect(niceStep(0.05, 5)).toBeCloseTo(0.01, 12);
  });
});

describe('probabilityAxis', () => {
  it('ends on a whole step just above the highest value', () => {
    expect(probabilityAxis(0.1)).toEqual({ max: 0.125, step: 0.025 });
    expect(probabilityAxis(0.5)).toEqual({ max: 0.6, step: 0.2 });
  });

  it('never goes beyond 100 %', () => {
    expect(probabilityAxis(0.99).max).toBe(1);
  });

  it('still has a scale when everything is zero', () => {
    expect(probabilityAxis(0).max).toBeGreaterThan(0);
  });
});

describe('buildProbabilityChart', () => {
  // The published Swiss figure: 0.509 % per year gives 2.52 % over 5 years; the Zurich limit is 10 % over 5 years.
  const chart = buildProbabilityChart(curve(0.00509, 0.0015, 10), 0.1, 5, SIZE, TEXTS);

  it('starts both series at 0 % in year 0 and adds one point per year', () => {
    expect(chart.before).toHaveLength(11);
    expect(chart.after).toHaveLength(11);
    expect(chart.before[0]).toEqual({ x: chart.plot.left, y: chart.plot.bottom });
    expect(chart.after[0]).toEqual({ x: chart.plot.left, y: chart.plot.bottom });
  });

  it('places the 5-year value where 2.52 % lies on the probability axis', () => {
    const fifth = chart.before[5]!;
    const expectedY = chart.plot.bottom - (0.02520 / chart.yDomain.max) * (chart.plot.bottom - chart.plot.top);
    expect(fifth.y).toBeCloseTo(expectedY, 1);
    expect(fifth.x).toBeCloseTo(chart.plot.left + (5 / 10) * (chart.plot.right - chart.plot.left), 6);
  });

  it('draws the curve after measures below the one before', () => {
    for (let i = 1; i < chart.before.length; i += 1) expect(chart.after[i]!.y).toBeGreaterThan(chart.before[i]!.y);
  });

  it('keeps the limit inside the probability axis and labels it', () => {
    expect(chart.yDomain.max).toBeGreaterThanOrEqual(0.1);
    expect(chart.limit.y).toBeGreaterThanOrEqual(chart.plot.top);
    expect(chart.limit.y).toBeLessThan(chart.plot.bottom);
    expect(chart.limit.label).toBe('10 %');
    expect(chart.labels.limit.text).toBe('Limit 10 %');
  });

  it('marks the horizon where the limit is measured', () => {
    expect(chart.horizon.year).toBe(5);
    expect(chart.horizon.x).toBeCloseTo((chart.plot.left + chart.plot.right) / 2, 6);
  });

  it('labels the probability ticks as percentages from 0 % to the top of the axis', () => {
    expect(chart.yTicks[0]).toMatchObject({ value: 0, label: '0 %', position: chart.plot.bottom });
    expect(chart.yTicks.at(-1)).toMatchObject({ value: chart.yDomain.max, position: chart.plot.top });
    expect(chart.yTicks.map((tick) => tick.label)).toEqual(['0 %', '2.5 %', '5 %', '7.5 %', '10 %', '12.5 %']);
  });

  it('labels the year axis in whole years up to the end of the curve', () => {
    expect(chart.xTicks.map((tick) => tick.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(chart.xTicks.at(-1)!.position).toBe(chart.plot.right);
  });

  it('places the caller’s texts: axis titles and a legend for the three lines', () => {
    expect(chart.labels.xAxis.text).toBe('Years');
    expect(chart.labels.yAxis).toMatchObject({ text: 'Probability', rotate: -90 });
    expect(chart.legend.map((entry) => [entry.series, entry.text])).toEqual([
      ['before', 'Before measures'],
      ['after', 'After measures'],
      ['limit', 'Limit'],
    ]);
    for (const entry of chart.legend) expect(entry.y).toBeGreaterThan(chart.labels.xAxis.y);
  });

  it('scales up when the risk is far above the limit', () => {
    const high = buildProbabilityChart(curve(0.1, 0.05, 10), 0.1, 5, SIZE);
    expect(high.yDomain.max).toBeGreaterThanOrEqual(1 - 0.9 ** 10);
    expect(high.yDomain.max).toBeLessThanOrEqual(1);
    for (const point of high.before) expect(point.y).toBeGreaterThanOrEqual(high.plot.top);
  });

  it('still draws axes and the limit without any scenario', () => {
    const empty = buildProbabilityChart([], 0.1, 5, SIZE);
    expect(empty.before).toEqual([{ x: empty.plot.left, y: empty.plot.bottom }]);
    expect(empty.xDomain.max).toBe(5);
    expect(empty.limit.y).toBeLessThan(empty.plot.bottom);
  });
});

describe('polylinePoints', () => {
  it('joins points as "x,y" pairs rounded to hundredths', () => {
    expect(polylinePoints([{ x: 1, y: 2 }, { x: 3.14159, y: 4.005 }])).toBe('1,2 3.14,4.01');
  });
});
