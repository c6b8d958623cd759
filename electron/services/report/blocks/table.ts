import type { ReportBlock, TableCell, Tone } from '../../../../shared/report/model';
import type { FlowColumn, PageFlow } from '../page-flow';
import type { StructNode } from '../tagging';
import { textColumn, type ColumnLayout } from '../text-layout';
import { COLOURS, CONTENT_WIDTH, LEFT, STYLES, fill, keepTogether, rule, type PreparedBlock, type TextStyle } from './primitives';

const CELL_PAD_X = 4.5;
const CELL_PAD_Y = 3.5;

function cellStyle(cell: TableCell): TextStyle {
  const tone: Tone | undefined = cell.tone;
  if (tone === 'missing') return STYLES.tableCellMissing;
  if (tone === 'muted') return STYLES.tableCellMuted;
  if (tone === 'caveat') return { ...STYLES.tableCell, colour: COLOURS.caveatInk };
  return cell.bold ? STYLES.tableCellBold : STYLES.tableCell;
}

function tableGeometry(weights: number[]): { x: number; width: number }[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let x = LEFT;
  return weights.map((weight) => {
    const width = (CONTENT_WIDTH * weight) / total;
    const column = { x, width };
    x += width;
    return column;
  });
}

/** A header's longest word must fit its column: the header is set smaller rather than broken inside a word. */
function headerStyle(flow: PageFlow, text: string, width: number): TextStyle {
  const style = STYLES.tableHeader;
  const longest = Math.max(...text.split(/\s+/).map((word) => flow.type.width(word, style)));
  if (longest <= width - 1) return style;
  const scale = Math.max(0.7, (width - 1) / longest);
  return { ...style, size: style.size * scale, leading: style.leading * scale };
}

/** A table whose header row is repeated (as an artifact, so it is read once) on every page it runs onto. */
export function prepareTable(flow: PageFlow, block: Extract<ReportBlock, { kind: 'table' }>): PreparedBlock {
  const geometry = tableGeometry(block.columns.map((column) => column.weight));
  const cell = (text: string, style: TextStyle, c: number): { x: number; layout: ColumnLayout } => ({
    x: (geometry[c]?.x ?? LEFT) + CELL_PAD_X,
    layout: textColumn(flow.type, text, style, (geometry[c]?.width ?? 0) - 2 * CELL_PAD_X, block.columns[c]?.numeric ? { align: 'right', role: null } : { role: null }),
  });
  const header = block.columns.map((column, c) => cell(column.header, headerStyle(flow, column.header, (geometry[c]?.width ?? 0) - 2 * CELL_PAD_X), c));
  const headerHeight = Math.max(...header.map((column) => column.layout.height)) + 2 * CELL_PAD_Y;
  const empty = block.rows.length === 0;
  const rows = empty
    ? [[{ x: LEFT + CELL_PAD_X, layout: textColumn(flow.type, block.emptyText, STYLES.tableCellMuted, CONTENT_WIDTH - 2 * CELL_PAD_X, { role: null }) }]]
    : block.rows.map((cells) => cells.map((tableCell, c) => cell(tableCell.text, cellStyle(tableCell), c)));
  const rowKeep = (columns: { layout: ColumnLayout }[]) => keepTogether(columns.map((column) => column.layout), 2 * CELL_PAD_Y);

  const drawHeader = (cells: FlowColumn[]) => {
    const top = flow.y;
    flow.artifact(() => {
      fill(flow, LEFT, top, CONTENT_WIDTH, headerHeight, COLOURS.tableHeader);
      rule(flow, top, COLOURS.rule, 0.6);
      rule(flow, top + headerHeight, COLOURS.rule, 0.6);
    });
    for (const column of cells) flow.drawColumn(column, top + CELL_PAD_Y);
    flow.y += headerHeight;
  };
  // On a further page the header row is a repetition: drawn as an artifact, without structure.
  const repeatHeader = () => flow.artifact(() => {
    const top = flow.y;
    fill(flow, LEFT, top, CONTENT_WIDTH, headerHeight, COLOURS.tableHeader);
    rule(flow, top, COLOURS.rule, 0.6);
    rule(flow, top + headerHeight, COLOURS.rule, 0.6);
    for (const column of header) {
      flow.type.write(column.layout.lines.map((line) => ({ text: line.text, style: line.style, x: column.x + line.dx, top: top + CELL_PAD_Y + line.dy })));
    }
    flow.y += headerHeight;
  });

  const lead = headerHeight + rowKeep(rows[0] ?? []) + 4;
  return {
    lead,
    draw() {
      flow.space(4);
      flow.ensure(lead);
      const { tags } = flow;
      const table = tags.element('Table', flow.container);
      const headRow = tags.element('TR', tags.element('THead', table));
      drawHeader(header.map((column) => ({ ...column, container: tags.element('TH', headRow, { scope: 'Column' }) })));
      const body = tags.element('TBody', table);
      rows.forEach((columns, index) => {
        const isLast = index === rows.length - 1;
        const row: StructNode = tags.element('TR', body);
        flow.drawRow({
          columns: columns.map((column) => ({ ...column, container: tags.element('TD', row) })),
          padTop: CELL_PAD_Y,
          padBottom: CELL_PAD_Y,
          keepTogether: rowKeep(columns),
          onNewPage: repeatHeader,
          decorate: (piece) => {
            const y = piece.y + piece.height;
            if (isLast && piece.last) rule(flow, y, COLOURS.rule, 0.6);
            else rule(flow, y, COLOURS.faintRule, 0.5);
          },
        });
        row.element.end();
      });
      table.element.end();
      flow.y += 6;
    },
  };
}
