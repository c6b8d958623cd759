import type { MapEdge, MapNode, ReportBlock } from '../../../../shared/report/model';
import type { PageFlow } from '../page-flow';
import { ColumnBuilder, wrapText } from '../text-layout';
import { COLOURS, CONTENT_WIDTH, LEFT, STYLES, type PreparedBlock } from './primitives';

/** Boxes keep at least this height on paper, so that name, role and country fit in a readable size. */
const MIN_NODE_HEIGHT = 58;
const NODE_PAD = 4;
const ARROW = { length: 6, halfWidth: 2.8 };

interface Scale {
  x: (value: number) => number;
  y: (value: number) => number;
  height: number;
}

/**
 * The layout comes in abstract units (shared/map/layout.ts). Widths shrink to the text width; heights shrink less,
 * so boxes stay tall enough for their text. Every arrow runs horizontally or vertically, so the two scales keep
 * the drawing's meaning.
 */
function scaleFor(block: Extract<ReportBlock, { kind: 'transferMap' }>, top: number, maxHeight: number): Scale {
  const nodeHeight = Math.max(1, ...block.nodes.map((n) => n.height));
  // A map taller than the page shrinks as a whole to fit it; its boxes then show only what fits in them.
  const fit = Math.min(1, maxHeight / Math.max(1, block.height));
  const sx = Math.min(1, CONTENT_WIDTH / block.width, fit);
  const sy = Math.min(1, Math.max(sx, MIN_NODE_HEIGHT / nodeHeight), fit);
  const offsetX = LEFT + (CONTENT_WIDTH - block.width * sx) / 2;
  return { x: (v) => offsetX + v * sx, y: (v) => top + v * sy, height: block.height * sy };
}

function drawNode(flow: PageFlow, node: MapNode, scale: Scale): void {
  const { doc } = flow;
  const x = scale.x(node.x);
  const y = scale.y(node.y);
  const width = scale.x(node.x + node.width) - x;
  const height = scale.y(node.y + node.height) - y;
  const colours = COLOURS.party[node.kind];
  doc.save().roundedRect(x, y, width, height, 3).lineWidth(0.9).fillColor(colours.fill).strokeColor(colours.stroke).fillAndStroke().restore();
  doc.save().rect(x, y, 3, height).fillColor(colours.stroke).fill().restore();

  const inner = width - 2 * NODE_PAD - 3;
  const column = new ColumnBuilder(doc, inner);
  const titleLines = wrapText(doc, node.title, STYLES.mapTitle, inner).slice(0, 2);
  column.paragraph(titleLines.join('\n'), STYLES.mapTitle);
  for (const line of node.lines) column.paragraph(line, STYLES.mapText);
  const layout = column.build();
  const textTop = y + Math.max(NODE_PAD, (height - layout.height) / 2);
  for (const line of layout.lines) if (line.dy + line.style.leading <= height) flow.drawLine(line, x + 3 + NODE_PAD, textTop);
}

function drawEdge(flow: PageFlow, edge: MapEdge, scale: Scale): void {
  const { doc } = flow;
  const points = edge.points.map((p) => ({ x: scale.x(p.x), y: scale.y(p.y) }));
  const last = points[points.length - 1];
  const before = points[points.length - 2];
  if (!last || !before) return;
  const angle = Math.atan2(last.y - before.y, last.x - before.x);
  const base = { x: last.x - ARROW.length * Math.cos(angle), y: last.y - ARROW.length * Math.sin(angle) };

  doc.save().lineWidth(0.9).strokeColor(COLOURS.arrow);
  points.forEach((p, i) => (i === 0 ? doc.moveTo(p.x, p.y) : i === points.length - 1 ? doc.lineTo(base.x, base.y) : doc.lineTo(p.x, p.y)));
  doc.stroke().restore();
  const side = { x: -Math.sin(angle) * ARROW.halfWidth, y: Math.cos(angle) * ARROW.halfWidth };
  doc
    .save()
    .moveTo(last.x, last.y)
    .lineTo(base.x + side.x, base.y + side.y)
    .lineTo(base.x - side.x, base.y - side.y)
    .closePath()
    .fillColor(COLOURS.arrow)
    .fill()
    .restore();
}

function drawEdgeLabel(flow: PageFlow, edge: MapEdge, scale: Scale): void {
  const { doc } = flow;
  const labelAt = { x: scale.x(edge.labelAt.x), y: scale.y(edge.labelAt.y) };
  // The transfer's number in a small dark disc, matching "Transfer N" in the tables below.
  const radius = 6;
  doc.save().circle(labelAt.x, labelAt.y, radius).fillColor(COLOURS.heading).fill().restore();
  doc.font(STYLES.mapLabel.font).fontSize(STYLES.mapLabel.size).fillColor(STYLES.mapLabel.colour);
  const width = doc.widthOfString(edge.label);
  doc.text(edge.label, labelAt.x - width / 2, labelAt.y - STYLES.mapLabel.size * 0.6, { lineBreak: false });
}

/** The transfer map as vector graphics: parties as boxes, transfers as numbered arrows, then the caption. */
export function prepareTransferMap(flow: PageFlow, block: Extract<ReportBlock, { kind: 'transferMap' }>): PreparedBlock {
  const caption = new ColumnBuilder(flow.doc, CONTENT_WIDTH).paragraph(block.caption, STYLES.caption).build();
  const maxHeight = flow.bottom - flow.top - caption.height - 24;
  const drawingHeight = scaleFor(block, 0, maxHeight).height;
  const height = drawingHeight + 6 + caption.height;
  return {
    lead: height + 10,
    draw() {
      flow.space(6);
      flow.ensure(height);
      const top = flow.y;
      const scale = scaleFor(block, top, maxHeight);
      for (const edge of block.edges) drawEdge(flow, edge, scale);
      for (const node of block.nodes) drawNode(flow, node, scale);
      for (const edge of block.edges) drawEdgeLabel(flow, edge, scale);
      flow.y = top + drawingHeight + 6;
      for (const line of caption.lines) flow.drawLine(line, LEFT, flow.y);
      flow.y += caption.height + 6;
    },
  };
}
