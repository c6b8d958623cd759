import type { ExecutiveSummary, TextLine } from '../../../shared/report/model';
import { prepareHeading } from './blocks/text-blocks';
import { answerStyle, keepTogether, LEFT } from './blocks/primitives';
import type { ContentsPlan } from './contents-plan';
import { FACT_LOOK, compactLook, drawFacts, drawOutcome, layoutFacts, layoutOutcome, titleRule } from './cover-parts';
import type { PageFlow } from './page-flow';
import { ColumnBuilder, textColumn, type ColumnLayout } from './text-layout';
import { CONTENT_WIDTH, STYLES } from './theme';

/** A bulleted list across the text width, each item in its tone; the URL of a cited source below its text. */
function bulletList(flow: PageFlow, lines: TextLine[]): ColumnLayout {
  const column = new ColumnBuilder(flow.type, CONTENT_WIDTH);
  lines.forEach((line, index) => {
    if (index > 0) column.gap(2.5);
    column.paragraph(line.text, answerStyle(line.tone ?? 'normal'), { indent: 12, bullet: '•' });
    if (line.url) column.paragraph(line.url, STYLES.url, { indent: 12, link: line.url });
  });
  return column.build();
}

/** The page after the cover: the outcome, the key facts, the decisive reasons and what is still open. */
export function renderSummary(flow: PageFlow, summary: ExecutiveSummary, contents: ContentsPlan): void {
  const { tags } = flow;
  const sect = tags.element('Sect', tags.root);
  flow.container = sect;
  contents.placed('summary', flow.pageIndex, flow.y);
  const title = textColumn(flow.type, summary.title, STYLES.pageTitle, CONTENT_WIDTH, { role: 'H1' });
  flow.drawColumn({ x: LEFT, layout: title }, flow.y);
  flow.y += title.height + 4;
  titleRule(flow, flow.y);
  flow.y += 14;

  drawOutcome(flow, layoutOutcome(flow, summary.outcome));
  flow.y += 10;
  drawFacts(flow, layoutFacts(flow, summary.facts, compactLook(FACT_LOOK, 0.92)));

  const lists: { title: string; lines: TextLine[]; empty: string }[] = [
    { title: summary.reasonsTitle, lines: summary.reasons, empty: '' },
    { title: summary.openItemsTitle, lines: summary.openItems, empty: summary.noOpenItems },
  ];
  for (const list of lists) {
    const body = list.lines.length > 0 ? bulletList(flow, list.lines) : textColumn(flow.type, list.empty, STYLES.bodyMuted, CONTENT_WIDTH);
    const keep = keepTogether([body], 0);
    prepareHeading(flow, list.title, STYLES.heading, 'H2', { before: 16, after: 5 }, () => keep).draw();
    flow.drawRow({ columns: [{ x: LEFT, layout: body }], padTop: 0, padBottom: 0, keepTogether: keep });
  }
  sect.element.end();
  flow.container = tags.root;
}
