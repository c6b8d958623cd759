import type { ReportBlock, TableCell, Tone } from '../../../../shared/report/model';
import type { FlowColumn, PageFlow } from '../page-flow';
import { ColumnBuilder } from '../text-layout';
import { COLOURS, CONTENT_WIDTH, LEFT, STYLES, fill, keepTogether, rule, type PreparedBlock, type TextStyle } from './primitives';

const CELL_PAD_X = 5;
const CELL_PAD_Y = 4;

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

/** A table whose header row is repeated on every page it runs onto. */
export function prepareTable(flow: PageFlow, block: Extract<ReportBlock, { kind: 'table' }>): PreparedBlock {
  const geometry = tableGeometry(block.columns.map((column) => column.weight));
  const cellColumn = (text: string, style: TextStyle, c: number): FlowColumn => ({
    x: (geometry[c]?.x ?? LEFT) + CELL_PAD_X,
    layout: new ColumnBuilder(flow.doc, (geometry[c]?.width ?? 0) - 2 * CELL_PAD_X)
      .paragraph(text, style, block.columns[c]?.numeric ? { align: 'right' } : {})
      .build(),
  });
  const header = block.columns.map((column, c) => cellColumn(column.header, STYLES.tableHeader, c));
  const headerHeight = Math.max(...header.map((column) => column.layout.height)) + 2 * CELL_PAD_Y;
  const nothingRecorded = (): FlowColumn[] => [
    {
      x: LEFT + CELL_PAD_X,
      layout: new ColumnBuilder(flow.doc, CONTENT_WIDTH - 2 * CELL_PAD_X).paragraph(block.emptyText, STYLES.tableCellMuted).build(),
    },
  ];
  const rows: FlowColumn[][] =
    block.rows.length > 0 ? block.rows.map((cells) => cells.map((tableCell, c) => cellColumn(tableCell.text, cellStyle(tableCell), c))) : [nothingRecorded()];
  const rowKeep = (columns: FlowColumn[]) => keepTogether(columns.map((column) => column.layout), 2 * CELL_PAD_Y);

  const drawHeader = () => {
    fill(flow, LEFT, flow.y, CONTENT_WIDTH, headerHeight, COLOURS.tableHeader);
    rule(flow, flow.y, COLOURS.rule, 0.6);
    rule(flow, flow.y + headerHeight, COLOURS.rule, 0.6);
    for (const column of header) for (const line of column.layout.lines) flow.drawLine(line, column.x, flow.y + CELL_PAD_Y);
    flow.y += headerHeight;
  };

  const lead = headerHeight + rowKeep(rows[0] ?? []) + 4;
  return {
    lead,
    draw() {
      flow.space(4);
      flow.ensure(lead);
      drawHeader();
      rows.forEach((columns, index) => {
        const isLast = index === rows.length - 1;
        flow.drawRow({
          columns,
          padTop: CELL_PAD_Y,
          padBottom: CELL_PAD_Y,
          keepTogether: rowKeep(columns),
          onNewPage: drawHeader,
          decorate: (piece) => {
            const y = piece.y + piece.height;
            if (isLast && piece.last) rule(flow, y, COLOURS.rule, 0.6);
            else rule(flow, y, COLOURS.faintRule, 0.5);
          },
        });
      });
      flow.y += 8;
    },
  };
}
