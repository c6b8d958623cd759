import type { ReportBlock } from '../../../../shared/report/model';
import type { PageFlow } from '../page-flow';
import { ColumnBuilder } from '../text-layout';
import { BOX_PAD_X, BOX_PAD_Y, COLOURS, CONTENT_WIDTH, LEFT, STYLES, fill, keepTogether, type PreparedBlock } from './primitives';

const LOOKS = {
  caveat: { style: STYLES.notice, fill: COLOURS.caveatFill, bar: COLOURS.caveatBar },
  info: { style: STYLES.noticeInfo, fill: COLOURS.infoFill, bar: COLOURS.infoBar },
  warning: { style: STYLES.noticeWarning, fill: COLOURS.warningFill, bar: COLOURS.warningBar },
} as const;

/** A shaded box with a coloured bar: a caveat (unconfirmed facts), a warning, or information. */
export function prepareNotice(flow: PageFlow, block: Extract<ReportBlock, { kind: 'notice' }>): PreparedBlock {
  const look = LOOKS[block.tone];
  const column = new ColumnBuilder(flow.type, CONTENT_WIDTH - 2 * BOX_PAD_X);
  block.text.split('\n').forEach((line, index) => {
    const bullet = line.startsWith('• ');
    if (index > 0) column.gap(2);
    column.paragraph(bullet ? line.slice(2) : line, look.style, bullet ? { indent: 10, bullet: '•' } : {});
  });
  const layout = column.build();
  const keep = keepTogether([layout], 2 * BOX_PAD_Y);
  return {
    lead: keep + 4,
    draw() {
      flow.space(4);
      flow.drawRow({
        columns: [{ x: LEFT + BOX_PAD_X, layout }],
        padTop: BOX_PAD_Y,
        padBottom: BOX_PAD_Y,
        keepTogether: keep,
        decorate: (piece) => {
          fill(flow, LEFT, piece.y, CONTENT_WIDTH, piece.height, look.fill);
          fill(flow, LEFT, piece.y, 2.5, piece.height, look.bar);
        },
      });
      flow.y += 5;
    },
  };
}
