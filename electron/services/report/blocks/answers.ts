import type { AnswerRow } from '../../../../shared/report/model';
import type { PageFlow, RowPiece } from '../page-flow';
import { ColumnBuilder, type ColumnLayout } from '../text-layout';
import { LABEL_WIDTH, LEFT, VALUE_WIDTH, VALUE_X, COLOURS, STYLES, answerStyle, keepTogether, rule, type PreparedBlock } from './primitives';

const ROW_PAD_Y = 5;

/** Label and answer columns of a row; `inset` narrows both, as inside the sign-off frame. */
export function layoutAnswer(flow: PageFlow, row: AnswerRow, inset = 0): { label: ColumnLayout; value: ColumnLayout } {
  const label = new ColumnBuilder(flow.doc, LABEL_WIDTH - inset).paragraph(row.label, STYLES.label).build();
  const value = new ColumnBuilder(flow.doc, VALUE_WIDTH - inset);
  // Cited sources come in numbers; a smaller face keeps long source lists readable without filling pages.
  const cited = row.lines.some((line) => line.url !== undefined);
  const style = cited && row.tone === 'normal' ? STYLES.source : answerStyle(row.tone);
  row.lines.forEach((line, index) => {
    if (index > 0) value.gap(row.list ? 2 : 4);
    const lineStyle = line.tone ? answerStyle(line.tone) : style;
    value.paragraph(line.text, lineStyle, row.list ? { indent: 10, bullet: '•' } : {});
    if (line.url) value.paragraph(line.url, STYLES.url, { indent: row.list ? 10 : 0, link: line.url });
  });
  return { label, value: value.build() };
}

/** Question-and-answer rows: the label left, the answer right, a faint rule between rows. */
export function prepareAnswers(flow: PageFlow, rows: AnswerRow[]): PreparedBlock {
  const laidOut = rows.map((row) => layoutAnswer(flow, row));
  const first = laidOut[0];
  return {
    lead: first ? keepTogether([first.label, first.value], 2 * ROW_PAD_Y) : 0,
    draw() {
      laidOut.forEach(({ label, value }, index) => {
        const isLast = index === laidOut.length - 1;
        flow.drawRow({
          columns: [
            { x: LEFT, layout: label },
            { x: VALUE_X, layout: value },
          ],
          padTop: ROW_PAD_Y,
          padBottom: ROW_PAD_Y,
          keepTogether: keepTogether([label, value], 2 * ROW_PAD_Y),
          decorate: (piece: RowPiece) => {
            if (piece.last && !isLast) rule(flow, piece.y + piece.height, COLOURS.faintRule);
          },
        });
      });
      flow.y += 2;
    },
  };
}
