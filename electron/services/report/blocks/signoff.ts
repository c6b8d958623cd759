import type { ReportBlock } from '../../../../shared/report/model';
import type { PageFlow } from '../page-flow';
import { textColumn } from '../text-layout';
import { answerItem, layoutAnswer, prepareAnswers } from './answers';
import { BOX_PAD_X, COLOURS, CONTENT_WIDTH, LEFT, RIGHT, STYLES, VALUE_X, fill, frame, rule, type PreparedBlock } from './primitives';
import { prepareHeading, prepareParagraph } from './text-blocks';

/** The sign-off questions in a framed box that stays together, unless it is taller than a page (then it flows as answers). */
export function prepareSignOffBlock(flow: PageFlow, block: Extract<ReportBlock, { kind: 'signoff' }>): PreparedBlock {
  const width = CONTENT_WIDTH - 2 * BOX_PAD_X;
  const title = textColumn(flow.type, block.title, STYLES.signoffTitle, width, { role: 'H3' });
  const note = textColumn(flow.type, block.note, STYLES.coverNote, width);
  const rows = block.rows.map((row) => layoutAnswer(flow, row, BOX_PAD_X));
  const rowHeight = (row: (typeof rows)[number]) => Math.max(row.label.height, row.value.height) + 10;
  const height = 11 + title.height + 7 + rows.reduce((sum, row) => sum + rowHeight(row), 0) + 7 + note.height + 11;

  if (height > flow.pageBody) {
    const heading = prepareHeading(flow, block.title, STYLES.subheading, 'H3', { before: 12, after: 4 }, () => answers.lead);
    const answers = prepareAnswers(flow, block.rows);
    const closing = prepareParagraph(flow, block.note, STYLES.coverNote);
    return { lead: heading.lead, draw: () => [heading, answers, closing].forEach((part) => part.draw()) };
  }
  return {
    lead: height + 12,
    draw() {
      flow.space(12);
      flow.ensure(height);
      const top = flow.y;
      flow.artifact(() => {
        fill(flow, LEFT, top, CONTENT_WIDTH, title.height + 16, COLOURS.tableHeader);
        frame(flow, LEFT, top, CONTENT_WIDTH, height, 0.8, COLOURS.heading);
      });
      let y = top + 11;
      flow.drawColumn({ x: LEFT + BOX_PAD_X, layout: title }, y);
      y += title.height + 7;
      const list = flow.tags.element('L', flow.container);
      for (const row of rows) {
        const tags = answerItem(flow, list);
        flow.drawColumn({ x: LEFT + BOX_PAD_X, layout: row.label, container: tags.label }, y + 5);
        flow.drawColumn({ x: VALUE_X, layout: row.value, container: tags.body }, y + 5);
        tags.item.element.end();
        y += rowHeight(row);
        const ruleY = y;
        flow.artifact(() => rule(flow, ruleY, COLOURS.faintRule, 0.5, LEFT + BOX_PAD_X, RIGHT - BOX_PAD_X));
      }
      list.element.end();
      y += 7;
      flow.drawColumn({ x: LEFT + BOX_PAD_X, layout: note }, y);
      flow.y = top + height + 8;
    },
  };
}
