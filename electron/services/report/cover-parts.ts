import type { CoverFact, ReportCover, Tone } from '../../../shared/report/model';
import { answerItem } from './blocks/answers';
import { LEFT, RIGHT, fill, rule } from './blocks/primitives';
import type { PageFlow } from './page-flow';
import { textColumn, type ColumnLayout } from './text-layout';
import { COLOURS, CONTENT_WIDTH, STYLES, type TextStyle } from './theme';

/** The look of a list of facts; the cover shrinks it when a long assessment would not fit on one page. */
export interface FactLook {
  label: TextStyle;
  value: TextStyle;
  labelWidth: number;
  padY: number;
  /** A faint rule under each row. */
  rules: boolean;
}

export const FACT_LOOK: FactLook = { label: STYLES.coverLabel, value: STYLES.coverValue, labelWidth: 118, padY: 6, rules: true };

export function compactLook(look: FactLook, scale: number): FactLook {
  const shrink = (style: TextStyle): TextStyle => ({ ...style, size: style.size * scale, leading: style.leading * scale });
  return { ...look, label: shrink(look.label), value: shrink(look.value), padY: look.padY * scale };
}

function valueStyle(look: FactLook, tone: Tone): TextStyle {
  if (tone === 'missing') return { ...look.value, font: 'serifItalic', colour: COLOURS.missing };
  if (tone === 'caveat') return { ...look.value, colour: COLOURS.caveatInk };
  if (tone === 'muted') return { ...look.value, font: 'serifItalic', colour: COLOURS.muted };
  return look.value;
}

export interface FactRows {
  rows: { label: ColumnLayout; value: ColumnLayout }[];
  look: FactLook;
  height: number;
}

/** `styleOf` may give a fact's value a style of its own (a hash kept to one line). */
export function layoutFacts(flow: PageFlow, facts: CoverFact[], look: FactLook, styleOf?: (fact: CoverFact) => TextStyle | undefined): FactRows {
  const valueWidth = CONTENT_WIDTH - look.labelWidth - 14;
  const rows = facts.map((fact) => ({
    label: textColumn(flow.type, fact.label, look.label, look.labelWidth, { role: null }),
    value: textColumn(flow.type, fact.value, styleOf?.(fact) ?? valueStyle(look, fact.tone), valueWidth, { role: null }),
  }));
  const height = rows.reduce((sum, row) => sum + Math.max(row.label.height, row.value.height) + 2 * look.padY, 0);
  return { rows, look, height };
}

/** Label and value rows with a faint rule under each, as a list of labelled items. */
export function drawFacts(flow: PageFlow, facts: FactRows): void {
  const list = flow.tags.element('L', flow.container);
  const { look } = facts;
  for (const row of facts.rows) {
    const tags = answerItem(flow, list);
    flow.drawRow({
      columns: [
        { x: LEFT, layout: row.label, container: tags.label },
        { x: LEFT + look.labelWidth + 14, layout: row.value, container: tags.body },
      ],
      padTop: look.padY,
      padBottom: look.padY,
      keepTogether: Math.max(row.label.height, row.value.height) + 2 * look.padY,
      decorate: (piece) => {
        if (piece.last && look.rules) rule(flow, piece.y + piece.height, COLOURS.faintRule, 0.5);
      },
    });
    tags.item.element.end();
  }
  list.element.end();
}

export interface OutcomeBox {
  label: ColumnLayout;
  text: ColumnLayout;
  kind: ReportCover['outcome']['kind'];
  height: number;
}

export function layoutOutcome(flow: PageFlow, outcome: ReportCover['outcome'], scale = 1): OutcomeBox {
  const width = CONTENT_WIDTH - 30;
  const shrink = (style: TextStyle): TextStyle => ({ ...style, size: style.size * scale, leading: style.leading * scale });
  const textStyle = outcome.kind === 'none' ? { ...STYLES.outcomeText, font: 'serifItalic' as const, colour: COLOURS.muted } : STYLES.outcomeText;
  const label = textColumn(flow.type, outcome.label.toUpperCase(), shrink(STYLES.outcomeLabel), width, { role: null });
  const text = textColumn(flow.type, outcome.text, shrink(textStyle), width, { role: null });
  return { label, text, kind: outcome.kind, height: label.height + 3 + text.height + 22 * scale };
}

/** The outcome in plain words, in a box tinted by what it means. */
export function drawOutcome(flow: PageFlow, box: OutcomeBox): void {
  const colours = COLOURS.outcome[box.kind];
  flow.ensure(box.height);
  const top = flow.y;
  flow.artifact(() => {
    fill(flow, LEFT, top, CONTENT_WIDTH, box.height, colours.fill);
    fill(flow, LEFT, top, 4, box.height, colours.bar);
  });
  const pad = (box.height - box.label.height - 3 - box.text.height) / 2;
  const note = flow.tags.element('P', flow.container);
  flow.drawColumn({ x: LEFT + 17, layout: box.label, container: note }, top + pad);
  flow.drawColumn({ x: LEFT + 17, layout: box.text, container: note }, top + pad + box.label.height + 3);
  note.element.end();
  flow.y = top + box.height;
}

/** The rule under a page's title. */
export function titleRule(flow: PageFlow, y: number, width = 2): void {
  flow.artifact(() => rule(flow, y, COLOURS.heading, width, LEFT, RIGHT));
}
