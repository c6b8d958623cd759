import type { CoverFact, ReportCover } from '../../../shared/report/model';
import { LEFT } from './blocks/primitives';
import { FACT_LOOK, compactLook, drawFacts, layoutFacts, layoutOutcome, drawOutcome, titleRule, type FactLook } from './cover-parts';
import type { PageFlow } from './page-flow';
import { textColumn, wrapText, type ColumnLayout } from './text-layout';
import { CONTENT_WIDTH, PAGE, STYLES, type TextStyle } from './theme';

/** The title in the largest size that keeps it to four lines. */
function titleLayout(flow: PageFlow, title: string, scale: number): ColumnLayout {
  let layout: ColumnLayout | null = null;
  for (const step of [1, 0.82, 0.68, 0.58]) {
    const size = STYLES.coverTitle.size * step * scale;
    layout = textColumn(flow.type, title, { ...STYLES.coverTitle, size, leading: STYLES.coverTitle.leading * step * scale }, CONTENT_WIDTH, { role: null });
    if (layout.lines.length <= 4) break;
  }
  return layout as ColumnLayout;
}

const ID_LOOK: FactLook = { label: STYLES.idLabel, value: STYLES.idValue, labelWidth: 112, padY: 1.5, rules: false };

/** The identification block (assessment id, content hash, …); a value without spaces, the hash, stays on one line. */
function identification(flow: PageFlow, cover: ReportCover) {
  const valueWidth = CONTENT_WIDTH - ID_LOOK.labelWidth - 14;
  const oneLine = (fact: CoverFact): TextStyle | undefined => {
    if (/\s/.test(fact.value) || wrapText(flow.type, fact.value, STYLES.idValue, valueWidth).length <= 1) return undefined;
    const size = Math.floor(((STYLES.idValue.size * (valueWidth - 1)) / flow.type.width(fact.value, STYLES.idValue)) * 10) / 10;
    return { ...STYLES.idValue, size };
  };
  const rows = layoutFacts(flow, cover.identification, ID_LOOK, oneLine);
  const note = textColumn(flow.type, cover.note, STYLES.coverNote, CONTENT_WIDTH);
  return { rows, note, height: 10 + rows.height + 8 + note.height };
}

function coverLayout(flow: PageFlow, cover: ReportCover, scale: number) {
  const kicker = textColumn(flow.type, cover.heading.toUpperCase(), STYLES.coverKicker, CONTENT_WIDTH, { role: null });
  const title = titleLayout(flow, cover.title, scale);
  const facts = layoutFacts(flow, cover.facts, scale === 1 ? FACT_LOOK : compactLook(FACT_LOOK, scale));
  const outcome = layoutOutcome(flow, cover.outcome, scale);
  const ids = identification(flow, cover);
  const top = 34 * scale;
  const gaps = 10 + 12 + 14 + 20 * scale + 20 * scale;
  const height = top + kicker.height + title.height + facts.height + outcome.height + ids.height + gaps;
  return { kicker, title, facts, outcome, ids, top, height };
}

/**
 * The cover, always one page: a long assessment (many parties, many destinations) gets a smaller cover type rather
 * than a second cover page.
 */
export function renderCover(flow: PageFlow, cover: ReportCover): void {
  let layout = coverLayout(flow, cover, 1);
  for (const scale of [0.9, 0.8, 0.7]) {
    if (layout.height <= flow.pageBody) break;
    layout = coverLayout(flow, cover, scale);
  }
  const { tags } = flow;
  const sect = tags.element('Sect', tags.root);
  flow.container = sect;
  flow.y = PAGE.margin.top + layout.top;
  const kicker = tags.element('P', sect);
  flow.drawColumn({ x: LEFT, layout: layout.kicker, container: kicker }, flow.y);
  kicker.element.end();
  flow.y += layout.kicker.height + 10;
  const heading = tags.element('H1', sect);
  flow.drawColumn({ x: LEFT, layout: layout.title, container: heading }, flow.y);
  heading.element.end();
  flow.y += layout.title.height + 12;
  titleRule(flow, flow.y);
  flow.y += 14;

  drawFacts(flow, layout.facts);
  flow.y += 20 * (layout.facts.look.padY / FACT_LOOK.padY);
  drawOutcome(flow, layout.outcome);

  // The identification sits at the foot of the cover when there is room, else right below the outcome.
  const anchored = flow.bottom - layout.ids.height;
  flow.y = anchored >= flow.y + 20 ? anchored : flow.y + 20;
  titleRule(flow, flow.y, 0.6);
  flow.y += 10;
  drawFacts(flow, layout.ids.rows);
  flow.y += 8;
  flow.drawColumn({ x: LEFT, layout: layout.ids.note }, flow.y);
  flow.y += layout.ids.note.height;
  sect.element.end();
  flow.container = tags.root;
}
