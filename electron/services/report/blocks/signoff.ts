import type { ReportBlock } from '../../../../shared/report/model';
import type { PageFlow } from '../page-flow';
import { ColumnBuilder } from '../text-layout';
import { layoutAnswer, prepareAnswers } from './answers';
import { BOX_PAD_X, COLOURS, CONTENT_WIDTH, LEFT, RIGHT, STYLES, VALUE_X, fill, rule, type PreparedBlock } from './primitives';
import { prepareHeading, prepareParagraph } from './text-blocks';

/** The sign-off: a framed box that stays together, unless it is taller than a page (then it flows as answers). */
export function prepareSignOff(flow: PageFlow, block: Extract<ReportBlock, { kind: 'signoff' }>): PreparedBlock {
  const title = new ColumnBuilder(flow.doc, CONTENT_WIDTH - 2 * BOX_PAD_X).paragraph(block.title, STYLES.signoffTitle).build();
  const note = new ColumnBuilder(flow.doc, CONTENT_WIDTH - 2 * BOX_PAD_X).paragraph(block.note, STYLES.coverNote).build();
  const rows = block.rows.map((row) => layoutAnswer(flow, row, BOX_PAD_X));
  const rowsHeight = rows.reduce((sum, row) => sum + Math.max(row.label.height, row.value.height) + 12, 0);
  const height = 12 + title.height + 8 + rowsHeight + 8 + note.height + 12;

  if (height > flow.bottom - flow.top) {
    const heading = prepareHeading(flow, block.title, STYLES.heading, 14, 6, () => answers.lead);
    const answers = prepareAnswers(flow, block.rows);
    const closing = prepareParagraph(flow, block.note, STYLES.coverNote);
    return { lead: heading.lead, draw: () => [heading, answers, closing].forEach((part) => part.draw()) };
  }
  return {
    lead: height + 14,
    draw() {
      flow.space(14);
      flow.ensure(height);
      const top = flow.y;
      fill(flow, LEFT, top, CONTENT_WIDTH, title.height + 18, COLOURS.tableHeader);
      flow.doc.save().rect(LEFT, top, CONTENT_WIDTH, height).lineWidth(0.8).strokeColor(COLOURS.heading).stroke().restore();
      let y = top + 12;
      for (const line of title.lines) flow.drawLine(line, LEFT + BOX_PAD_X, y);
      y += title.height + 8;
      rows.forEach((row) => {
        for (const line of row.label.lines) flow.drawLine(line, LEFT + BOX_PAD_X, y + 6);
        for (const line of row.value.lines) flow.drawLine(line, VALUE_X, y + 6);
        y += Math.max(row.label.height, row.value.height) + 12;
        rule(flow, y, COLOURS.faintRule, 0.5, LEFT + BOX_PAD_X, RIGHT - BOX_PAD_X);
      });
      y += 8;
      for (const line of note.lines) flow.drawLine(line, LEFT + BOX_PAD_X, y);
      flow.y = top + height + 8;
    },
  };
}
