import type { Point, ProbabilityChart } from '../../../../shared/chart/probability-chart';
import type { ReportBlock } from '../../../../shared/report/model';
import type { PageFlow } from '../page-flow';
import { textColumn } from '../text-layout';
import { COLOURS, CONTENT_WIDTH, LEFT, STYLES, textAt, type PreparedBlock } from './primitives';

const SERIES = {
  before: { colour: COLOURS.chartBefore, dash: [4, 2.5] },
  after: { colour: COLOURS.chartAfter, dash: null },
  limit: { colour: COLOURS.chartLimit, dash: [1.5, 2] },
} as const;

function polyline(doc: PDFKit.PDFDocument, points: readonly Point[], at: (p: Point) => Point, look: { colour: string; dash: readonly number[] | null }, width: number): void {
  doc.save().lineWidth(width).strokeColor(look.colour);
  if (look.dash) doc.dash(look.dash[0] ?? 3, { space: look.dash[1] ?? 2 });
  points.forEach((p, i) => {
    const q = at(p);
    if (i === 0) doc.moveTo(q.x, q.y);
    else doc.lineTo(q.x, q.y);
  });
  doc.stroke().undash().restore();
}

/**
 * The probability chart as vector graphics, drawn from the same geometry the app draws as SVG
 * (shared/chart/probability-chart.ts), built at the report's text width so that one unit is one point.
 */
export function prepareChart(flow: PageFlow, block: Extract<ReportBlock, { kind: 'chart' }>): PreparedBlock {
  const { chart } = block;
  const title = textColumn(flow.type, block.title, STYLES.chartTitle, CONTENT_WIDTH);
  const caption = textColumn(flow.type, block.caption, STYLES.caption, CONTENT_WIDTH, { role: 'Caption' });
  const height = title.height + 4 + chart.height + 4 + caption.height;
  return {
    lead: height + 10,
    draw() {
      flow.space(8);
      flow.ensure(height);
      flow.drawColumn({ x: LEFT, layout: title }, flow.y);
      const top = flow.y + title.height + 4;
      const figure = flow.tags.element('Figure', flow.container, { alt: `${block.title}. ${block.caption}`, bbox: [LEFT, top, LEFT + chart.width, top + chart.height] });
      flow.tags.content(figure, () => drawChart(flow, chart, top));
      figure.element.end();
      flow.y = top + chart.height + 4;
      flow.drawColumn({ x: LEFT, layout: caption }, flow.y);
      flow.y += caption.height + 6;
    },
  };
}

function drawChart(flow: PageFlow, chart: ProbabilityChart, top: number): void {
  const { doc, type } = flow;
  const at = (p: Point): Point => ({ x: LEFT + p.x, y: top + p.y });
  const { plot } = chart;

  for (const tick of chart.yTicks) {
    const y = top + tick.position;
    doc.save().moveTo(LEFT + plot.left, y).lineTo(LEFT + plot.right, y).lineWidth(0.4).strokeColor(COLOURS.grid).stroke().restore();
    textAt(type, tick.label, STYLES.chartText, LEFT + plot.left - 4, y + 2.4, 'end');
  }
  for (const tick of chart.xTicks) {
    const x = LEFT + tick.position;
    doc.save().moveTo(x, top + plot.bottom).lineTo(x, top + plot.bottom + 3).lineWidth(0.6).strokeColor(COLOURS.muted).stroke().restore();
    textAt(type, tick.label, STYLES.chartText, x, top + plot.bottom + 12, 'middle');
  }
  doc
    .save()
    .moveTo(LEFT + plot.left, top + plot.top)
    .lineTo(LEFT + plot.left, top + plot.bottom)
    .lineTo(LEFT + plot.right, top + plot.bottom)
    .lineWidth(0.7)
    .strokeColor(COLOURS.muted)
    .stroke()
    .restore();

  const horizon = chart.horizon;
  doc.save().moveTo(LEFT + horizon.x, top + horizon.y1).lineTo(LEFT + horizon.x, top + horizon.y2).lineWidth(0.5).dash(2, { space: 2 }).strokeColor(COLOURS.rule).stroke().undash().restore();
  polyline(doc, [{ x: chart.limit.x1, y: chart.limit.y }, { x: chart.limit.x2, y: chart.limit.y }], at, SERIES.limit, 1.1);
  polyline(doc, chart.before, at, SERIES.before, 1.4);
  polyline(doc, chart.after, at, SERIES.after, 1.4);

  const { xAxis, yAxis, limit } = chart.labels;
  textAt(type, xAxis.text, STYLES.chartText, LEFT + xAxis.x, top + xAxis.y - 8, 'middle');
  textAt(type, limit.text, { ...STYLES.chartText, font: 'sansBold' }, LEFT + limit.x, top + limit.y, 'end', COLOURS.caveatInk);
  doc.save().rotate(yAxis.rotate, { origin: [LEFT + yAxis.x, top + yAxis.y] });
  textAt(type, yAxis.text, STYLES.chartText, LEFT + yAxis.x, top + yAxis.y, 'middle');
  doc.restore();

  for (const entry of chart.legend) {
    const look = SERIES[entry.series];
    const y = top + entry.y;
    polyline(doc, [{ x: entry.x, y: entry.y }, { x: entry.x + entry.lineLength, y: entry.y }], at, look, 1.4);
    textAt(type, entry.text, STYLES.chartText, LEFT + entry.x + entry.lineLength + 5, y + 2.4);
  }
}
