import { formatPercent } from './format-probability';

/**
 * The chart of the probability of at least one problematic access over the years, before and after measures, with
 * the acceptable limit. This is a pure geometry model: the app draws it as SVG and the report draws the same model
 * with pdfkit, so both show exactly the same picture. Coordinates are in the caller's units, y grows downwards.
 */

export interface CurvePoint {
  year: number;
  before: number;
  after: number;
}

export interface ChartSize {
  width: number;
  height: number;
}

/** Texts the caller supplies in its language; the model only places them. */
export interface ChartTexts {
  xAxis: string;
  yAxis: string;
  before: string;
  after: string;
  limit: string;
}

export interface Point {
  x: number;
  y: number;
}

export interface Tick {
  value: number;
  /** Position along the axis: x for the year axis, y for the probability axis. */
  position: number;
  label: string;
}

export interface ChartLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Degrees, for the rotated y-axis title. */
  rotate: number;
}

export interface LegendEntry {
  series: 'before' | 'after' | 'limit';
  text: string;
  /** Where the sample line starts; the text follows it. */
  x: number;
  y: number;
  lineLength: number;
}

export interface ProbabilityChart {
  width: number;
  height: number;
  /** The plotting area inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  xDomain: { min: number; max: number };
  yDomain: { min: number; max: number };
  xTicks: Tick[];
  yTicks: Tick[];
  before: Point[];
  after: Point[];
  /** The acceptable limit (a probability over the horizon) as a horizontal line across the plot. */
  limit: { value: number; y: number; x1: number; x2: number; label: string };
  /** A vertical marker at the assessment horizon, where the limit is measured. */
  horizon: { year: number; x: number; y1: number; y2: number };
  labels: { xAxis: ChartLabel; yAxis: ChartLabel; limit: ChartLabel };
  legend: LegendEntry[];
}

const MARGIN = { left: 64, right: 20, top: 16, bottom: 72 };
const TARGET_TICKS = 5;

/** The smallest "nice" step (1, 2, 2.5 or 5 × 10^k) that needs no more than `target` steps to cover `span`. */
export function niceStep(span: number, target: number): number {
  if (!(span > 0)) return 1;
  const raw = span / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const multiple of [1, 2, 2.5, 5, 10]) {
    if (multiple * power >= raw - 1e-12) return multiple * power;
  }
  return 10 * power;
}

/** The probability axis: a whole number of nice steps just above the highest value, never above 100 %. */
export function probabilityAxis(highest: number): { max: number; step: number } {
  const padded = highest > 0 ? Math.min(1, highest * 1.1) : 0.01;
  const step = niceStep(padded, TARGET_TICKS);
  return { max: Math.min(1, Number((Math.ceil(padded / step - 1e-9) * step).toPrecision(12))), step };
}

function ticks(min: number, max: number, step: number): number[] {
  const values: number[] = [];
  const count = Math.round((max - min) / step);
  for (let i = 0; i <= count; i += 1) values.push(Number((min + i * step).toPrecision(12)));
  return values;
}

function yearStep(maxYear: number): number {
  return Math.max(1, Math.ceil(niceStep(maxYear, 10)));
}

/**
 * Lays out the chart. `curve` holds the probability over 1…n years (year 0 is added at 0 %), `limit` the acceptable
 * probability over `horizon` years.
 */
export function buildProbabilityChart(
  curve: readonly CurvePoint[],
  limit: number,
  horizon: number,
  size: ChartSize,
  texts: ChartTexts = { xAxis: '', yAxis: '', before: '', after: '', limit: '' },
  language = 'en',
): ProbabilityChart {
  const points = [...curve].filter((p) => p.year > 0).sort((a, b) => a.year - b.year);
  const maxYear = Math.max(horizon, points.at(-1)?.year ?? 0, 1);
  const highest = Math.max(limit, ...points.map((p) => Math.max(p.before, p.after)));
  const { max: yMax, step: yStep } = probabilityAxis(highest);

  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: Math.max(MARGIN.left + 1, size.width - MARGIN.right),
    bottom: Math.max(MARGIN.top + 1, size.height - MARGIN.bottom),
  };
  const xOf = (year: number) => plot.left + (year / maxYear) * (plot.right - plot.left);
  const yOf = (probability: number) =>
    plot.bottom - (Math.min(Math.max(probability, 0), yMax) / yMax) * (plot.bottom - plot.top);

  const xTicks = ticks(0, maxYear, yearStep(maxYear))
    .filter((year) => year <= maxYear)
    .map((year) => ({ value: year, position: xOf(year), label: String(year) }));
  const yTicks = ticks(0, yMax, yStep).map((value) => ({
    value,
    position: yOf(value),
    label: formatPercent(value, language),
  }));

  const series = (pick: (p: CurvePoint) => number): Point[] => [
    { x: xOf(0), y: yOf(0) },
    ...points.map((p) => ({ x: xOf(p.year), y: yOf(pick(p)) })),
  ];

  const limitY = yOf(limit);
  const horizonX = xOf(horizon);
  const legendY = size.height - 18;
  const legendWidth = (size.width - MARGIN.left) / 3;

  return {
    width: size.width,
    height: size.height,
    plot,
    xDomain: { min: 0, max: maxYear },
    yDomain: { min: 0, max: yMax },
    xTicks,
    yTicks,
    before: series((p) => p.before),
    after: series((p) => p.after),
    limit: { value: limit, y: limitY, x1: plot.left, x2: plot.right, label: formatPercent(limit, language) },
    horizon: { year: horizon, x: horizonX, y1: plot.top, y2: plot.bottom },
    labels: {
      xAxis: { text: texts.xAxis, x: (plot.left + plot.right) / 2, y: plot.bottom + 36, anchor: 'middle', rotate: 0 },
      yAxis: { text: texts.yAxis, x: 16, y: (plot.top + plot.bottom) / 2, anchor: 'middle', rotate: -90 },
      limit: {
        text: `${texts.limit} ${formatPercent(limit, language)}`.trim(),
        x: plot.right - 4,
        // Above the line, unless the line sits at the very top of the plot.
        y: limitY - 6 < plot.top + 10 ? limitY + 14 : limitY - 6,
        anchor: 'end',
        rotate: 0,
      },
    },
    legend: (['before', 'after', 'limit'] as const).map((name, index) => ({
      series: name,
      text: texts[name],
      x: MARGIN.left + index * legendWidth,
      y: legendY,
      lineLength: 22,
    })),
  };
}

/** SVG `points` / pdfkit polyline text of a series. */
export function polylinePoints(points: readonly Point[]): string {
  return points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
