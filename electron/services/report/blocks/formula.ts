import type { ReportBlock } from '../../../../shared/report/model';
import type { PageFlow } from '../page-flow';
import { ColumnBuilder } from '../text-layout';
import { BOX_PAD_X, BOX_PAD_Y, COLOURS, CONTENT_WIDTH, LEFT, STYLES, fill, frame, keepTogether, type PreparedBlock } from './primitives';

/** The arithmetic in a quiet box, one formula per line; a formula too long for a line continues indented. */
export function prepareFormula(flow: PageFlow, block: Extract<ReportBlock, { kind: 'formula' }>): PreparedBlock {
  const column = new ColumnBuilder(flow.type, CONTENT_WIDTH - 2 * BOX_PAD_X).paragraph(block.title, STYLES.formulaTitle).gap(3);
  block.lines.forEach((line, index) => {
    if (index > 0) column.gap(2.5);
    column.paragraph(line, STYLES.formula, { hanging: 18 });
  });
  const layout = column.build();
  const keep = keepTogether([layout], 2 * BOX_PAD_Y);
  return {
    lead: keep + 4,
    draw() {
      flow.space(4);
      flow.drawRow({
        columns: [{ x: LEFT + BOX_PAD_X, layout }],
        padTop: BOX_PAD_Y + 1,
        padBottom: BOX_PAD_Y,
        keepTogether: keep,
        decorate: (piece) => {
          fill(flow, LEFT, piece.y, CONTENT_WIDTH, piece.height, COLOURS.formulaFill);
          frame(flow, LEFT, piece.y, CONTENT_WIDTH, piece.height, 0.5, COLOURS.rule);
        },
      });
      flow.y += 6;
    },
  };
}
