import type { AnswerRow } from '../../../../shared/report/model';
import type { PageFlow, RowPiece } from '../page-flow';
import type { StructNode } from '../tagging';
import { ColumnBuilder, type ColumnLayout } from '../text-layout';
import { LABEL_WIDTH, LEFT, VALUE_WIDTH, VALUE_X, COLOURS, STYLES, answerStyle, keepTogether, rule, type PreparedBlock } from './primitives';

const ROW_PAD_Y = 4;

export interface AnswerLayout {
  label: ColumnLayout;
  value: ColumnLayout;
}

/** Label and answer columns of a row; `inset` narrows both, as inside a frame. */
export function layoutAnswer(flow: PageFlow, row: AnswerRow, inset = 0, labelWidth = LABEL_WIDTH, valueWidth = VALUE_WIDTH): AnswerLayout {
  const label = new ColumnBuilder(flow.type, labelWidth - inset).paragraph(row.label, STYLES.label, { role: null }).build();
  const value = new ColumnBuilder(flow.type, valueWidth - inset);
  // Cited sources come in numbers; a smaller face keeps long source lists readable without filling pages.
  const cited = row.lines.some((line) => line.url !== undefined);
  const style = cited && row.tone === 'normal' ? STYLES.source : answerStyle(row.tone);
  // A one-paragraph answer is the item's body itself; several make paragraphs (or a list) within it.
  const single = row.lines.length === 1 && !row.list && !cited;
  row.lines.forEach((line, index) => {
    if (index > 0) value.gap(row.list ? 1.5 : 3);
    const lineStyle = line.tone ? answerStyle(line.tone) : style;
    value.paragraph(line.text, lineStyle, row.list ? { indent: 10, bullet: '•' } : single ? { role: null } : {});
    if (line.url) value.paragraph(line.url, STYLES.url, { indent: row.list ? 10 : 0, link: line.url });
  });
  return { label, value: value.build() };
}

/** A row as a list item: the label is its label, the answer its body (a definition list, in the PDF's terms). */
export function answerItem(flow: PageFlow, list: StructNode): { item: StructNode; label: StructNode; body: StructNode } {
  const item = flow.tags.element('LI', list);
  return { item, label: flow.tags.element('Lbl', item), body: flow.tags.element('LBody', item) };
}

/** Question-and-answer rows: the label left, the answer right, a faint rule between rows. */
export function prepareAnswers(flow: PageFlow, rows: AnswerRow[]): PreparedBlock {
  const laidOut = rows.map((row) => layoutAnswer(flow, row));
  const [first, second] = laidOut;
  const rowKeep = (row: AnswerLayout | undefined) => (row ? keepTogether([row.label, row.value], 2 * ROW_PAD_Y) : 0);
  // What must follow a heading on its page: at least two lines, so a one-line first row brings the second along.
  const oneLine = first !== undefined && first.label.lines.length <= 1 && first.value.lines.length <= 1;
  return {
    lead: rowKeep(first) + (oneLine ? rowKeep(second) : 0),
    draw() {
      const list = flow.tags.element('L', flow.container);
      laidOut.forEach(({ label, value }, index) => {
        const isLast = index === laidOut.length - 1;
        const tags = answerItem(flow, list);
        flow.drawRow({
          columns: [
            { x: LEFT, layout: label, container: tags.label },
            { x: VALUE_X, layout: value, container: tags.body },
          ],
          padTop: ROW_PAD_Y,
          padBottom: ROW_PAD_Y,
          keepTogether: keepTogether([label, value], 2 * ROW_PAD_Y),
          decorate: (piece: RowPiece) => {
            if (piece.last && !isLast) rule(flow, piece.y + piece.height, COLOURS.faintRule);
          },
        });
        tags.item.element.end();
      });
      list.element.end();
      flow.y += 2;
    },
  };
}
