import type { MapEdge, MapNode, ReportBlock } from '../../../../shared/report/model';
import type { PageFlow } from '../page-flow';
import { ColumnBuilder, textColumn, wrapText } from '../text-layout';
import { COLOURS, CONTENT_WIDTH, LEFT, STYLES, textAt, type PreparedBlock } from './primitives';

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
  // A map taller than the page is flattened to fit it, keeping its width; its boxes then show only what fits in them.
  const fit = Math.min(1, maxHeight / Math.max(1, block.height));
  const sx = Math.min(1, CONTENT_WIDTH / block.width);
  const sy = Math.min(1, Math.max(sx, MIN_NODE_HEIGHT / nodeHeight), fit);
  const offsetX = LEFT + (CONTENT_WIDTH - block.width * sx) / 2;
  return { x: (v) => offsetX + v * sx, y: (v) => top + v * sy, height: block.height * sy };
}

function ellipsised(flow: PageFlow, text: string, width: number): string {
  if (flow.type.width(text, STYLES.mapTitle) <= width - 1) return text;
  let end = text.length;
  while (end > 1 && flow.type.width(`${text.slice(0, end).trimEnd()}…`, STYLES.mapTitle) > width - 1) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
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
  const column = new ColumnBuilder(flow.type, inner);
  // A box with room for one line only shows as much of the name as fits on it, with an ellipsis.
  const titleLines = height < 2 * STYLES.mapTitle.leading + 4 ? [ellipsised(flow, node.title, inner)] : wrapText(flow.type, node.title, STYLES.mapTitle, inner).slice(0, 2);
  column.paragraph(titleLines.join('\n'), STYLES.mapTitle);
  for (const line of node.lines) column.paragraph(line, STYLES.mapText);
  const layout = column.build();
  const inset = Math.max(Math.min(NODE_PAD, height / 8), (height - layout.height) / 2);
  const fitting = layout.lines.filter((line) => inset + line.dy + line.style.leading <= height);
  flow.type.write(fitting.map((line) => ({ text: line.text, style: line.style, x: x + 3 + NODE_PAD + line.dx, top: y + inset + line.dy })));
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

const LABEL_RADIUS = 6;

/** The discs shrink where a flattened map brings the numbers of neighbouring arrows closer than two radii. */
function labelRadius(block: Extract<ReportBlock, { kind: 'transferMap' }>, scale: Scale): number {
  const centres = block.edges.map((edge) => ({ x: scale.x(edge.labelAt.x), y: scale.y(edge.labelAt.y) }));
  let closest = Infinity;
  centres.forEach((a, i) => {
    for (const b of centres.slice(i + 1)) closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
  });
  return Math.max(4.2, Math.min(LABEL_RADIUS, closest / 2 - 0.4));
}

function drawEdgeLabel(flow: PageFlow, edge: MapEdge, scale: Scale, radius: number): void {
  const labelAt = { x: scale.x(edge.labelAt.x), y: scale.y(edge.labelAt.y) };
  // The transfer's number in a small dark disc, matching "Transfer N" in the tables below.
  flow.doc.save().circle(labelAt.x, labelAt.y, radius).fillColor(COLOURS.heading).fill().restore();
  const style = { ...STYLES.mapLabel, size: (STYLES.mapLabel.size * radius) / LABEL_RADIUS };
  textAt(flow.type, edge.label, style, labelAt.x, labelAt.y + style.size * 0.36, 'middle');
}

/** A tall map may be flattened this far to stay on the page where its section begins, rather than start a page of its own. */
const FLATTEN = { share: 0.6, atLeast: 260 };

/** The transfer map as vector graphics: parties as boxes, transfers as numbered arrows, then the caption. */
export function prepareTransferMap(flow: PageFlow, block: Extract<ReportBlock, { kind: 'transferMap' }>): PreparedBlock {
  const caption = textColumn(flow.type, block.caption, STYLES.caption, CONTENT_WIDTH, { role: 'Caption' });
  // Room is left above the map for the heading that introduces it, which must stay on the map's page.
  const maxHeight = flow.pageBody - caption.height - 70;
  const natural = scaleFor(block, 0, maxHeight).height;
  const smallest = Math.min(natural, Math.max(natural * FLATTEN.share, FLATTEN.atLeast));
  const around = 6 + caption.height + 6;
  return {
    lead: smallest + around + 6,
    draw() {
      flow.space(6);
      const room = flow.remaining - around;
      if (room < smallest) flow.newPage();
      const drawingHeight = Math.min(natural, Math.max(smallest, flow.remaining - around));
      const top = flow.y;
      const scale = scaleFor(block, top, drawingHeight);
      const height = scale.height;
      const figure = flow.tags.element('Figure', flow.container, { alt: block.caption, bbox: [LEFT, top, LEFT + CONTENT_WIDTH, top + height] });
      flow.tags.content(figure, () => {
        for (const edge of block.edges) drawEdge(flow, edge, scale);
        for (const node of block.nodes) drawNode(flow, node, scale);
        const radius = labelRadius(block, scale);
        for (const edge of block.edges) drawEdgeLabel(flow, edge, scale, radius);
      });
      figure.element.end();
      flow.y = top + height + 6;
      flow.drawColumn({ x: LEFT, layout: caption }, flow.y);
      flow.y += caption.height + 6;
    },
  };
}
