import type { CoverFact, ReportCover, Tone } from '../../../shared/report/model';
import type { PageFlow } from './page-flow';
import { ColumnBuilder, wrapText, type ColumnLayout } from './text-layout';
import { COLOURS, CONTENT_WIDTH, PAGE, STYLES, type TextStyle } from './theme';

const LEFT = PAGE.margin.left;
const RIGHT = PAGE.margin.left + CONTENT_WIDTH;
const FACT_LABEL_WIDTH = 118;
const FACT_VALUE_X = LEFT + FACT_LABEL_WIDTH + 14;
const FACT_VALUE_WIDTH = RIGHT - FACT_VALUE_X;

function valueStyle(tone: Tone): TextStyle {
  if (tone === 'missing') return STYLES.coverValueMissing;
  if (tone === 'caveat') return STYLES.coverValueCaveat;
  if (tone === 'muted') return { ...STYLES.coverValue, font: 'serifItalic', colour: COLOURS.muted };
  return STYLES.coverValue;
}

function rule(flow: PageFlow, y: number, colour: string, width: number): void {
  flow.doc.save().moveTo(LEFT, y).lineTo(RIGHT, y).lineWidth(width).strokeColor(colour).stroke().restore();
}

function drawLayout(flow: PageFlow, layout: ColumnLayout, x: number, y: number): void {
  for (const line of layout.lines) flow.drawLine(line, x, y);
}

function renderFacts(flow: PageFlow, facts: CoverFact[]): void {
  for (const fact of facts) {
    const label = new ColumnBuilder(flow.doc, FACT_LABEL_WIDTH).paragraph(fact.label, STYLES.coverLabel).build();
    const value = new ColumnBuilder(flow.doc, FACT_VALUE_WIDTH).paragraph(fact.value, valueStyle(fact.tone)).build();
    flow.drawRow({
      columns: [
        { x: LEFT, layout: label },
        { x: FACT_VALUE_X, layout: value },
      ],
      padTop: 7,
      padBottom: 7,
      keepTogether: Math.max(label.height, value.height) + 14,
      decorate: (piece) => {
        if (piece.last) rule(flow, piece.y + piece.height, COLOURS.faintRule, 0.5);
      },
    });
  }
}

function renderOutcome(flow: PageFlow, outcome: ReportCover['outcome']): void {
  const colours = COLOURS.outcome[outcome.kind];
  const label = new ColumnBuilder(flow.doc, CONTENT_WIDTH - 32).paragraph(outcome.label.toUpperCase(), STYLES.outcomeLabel).build();
  const text = new ColumnBuilder(flow.doc, CONTENT_WIDTH - 32)
    .paragraph(outcome.text, outcome.kind === 'none' ? { ...STYLES.outcomeText, font: 'serifItalic', colour: COLOURS.muted } : STYLES.outcomeText)
    .build();
  const height = label.height + 3 + text.height + 24;
  flow.ensure(height);
  const top = flow.y;
  flow.doc.save().rect(LEFT, top, CONTENT_WIDTH, height).fillColor(colours.fill).fill().restore();
  flow.doc.save().rect(LEFT, top, 4, height).fillColor(colours.bar).fill().restore();
  drawLayout(flow, label, LEFT + 18, top + 12);
  drawLayout(flow, text, LEFT + 18, top + 12 + label.height + 3);
  flow.y = top + height;
}

/** The identification block (assessment id, content hash, …) at the foot of the cover; the hash stays on one line. */
function identificationLayout(flow: PageFlow, cover: ReportCover) {
  const labelWidth = 112;
  const valueWidth = CONTENT_WIDTH - labelWidth - 10;
  const rows = cover.identification.map((fact) => {
    let style: TextStyle = STYLES.idValue;
    if (wrapText(flow.doc, fact.value, style, valueWidth).length > 1 && !/\s/.test(fact.value)) {
      flow.doc.font(style.font).fontSize(style.size);
      const shrunk = Math.floor((style.size * (valueWidth - 1)) / flow.doc.widthOfString(fact.value) * 10) / 10;
      style = { ...style, size: shrunk };
    }
    return {
      label: new ColumnBuilder(flow.doc, labelWidth).paragraph(fact.label, STYLES.idLabel).build(),
      value: new ColumnBuilder(flow.doc, valueWidth).paragraph(fact.value, style).build(),
    };
  });
  const note = new ColumnBuilder(flow.doc, CONTENT_WIDTH).paragraph(cover.note, STYLES.coverNote).build();
  const rowsHeight = rows.reduce((sum, row) => sum + Math.max(row.label.height, row.value.height) + 3, 0);
  return { rows, note, labelWidth, height: 10 + rowsHeight + 10 + note.height };
}

/** The title in the largest size that keeps it to four lines, so that even a long title leaves the cover one page. */
function titleLayout(flow: PageFlow, title: string): ColumnLayout {
  let layout: ColumnLayout | null = null;
  for (const scale of [1, 0.82, 0.68, 0.58]) {
    const size = STYLES.coverTitle.size * scale;
    layout = new ColumnBuilder(flow.doc, CONTENT_WIDTH)
      .paragraph(title, { ...STYLES.coverTitle, size, leading: STYLES.coverTitle.leading * scale })
      .build();
    if (layout.lines.length <= 4) break;
  }
  return layout as ColumnLayout;
}

export function renderCover(flow: PageFlow, cover: ReportCover): void {
  flow.y = PAGE.margin.top + 34;
  const kicker = new ColumnBuilder(flow.doc, CONTENT_WIDTH).paragraph(cover.heading.toUpperCase(), STYLES.coverKicker).build();
  drawLayout(flow, kicker, LEFT, flow.y);
  flow.y += kicker.height + 10;
  const title = titleLayout(flow, cover.title);
  flow.drawRow({ columns: [{ x: LEFT, layout: title }], padTop: 0, padBottom: 0 });
  flow.y += 12;
  rule(flow, flow.y, COLOURS.heading, 2);
  flow.y += 14;

  renderFacts(flow, cover.facts);
  flow.y += 22;
  renderOutcome(flow, cover.outcome);

  const identification = identificationLayout(flow, cover);
  const anchored = flow.bottom - identification.height;
  if (anchored >= flow.y + 24) {
    flow.y = anchored;
  } else {
    flow.space(24);
    flow.ensure(identification.height);
  }
  rule(flow, flow.y, COLOURS.rule, 0.6);
  let y = flow.y + 10;
  for (const row of identification.rows) {
    drawLayout(flow, row.label, LEFT, y);
    drawLayout(flow, row.value, LEFT + identification.labelWidth + 10, y);
    y += Math.max(row.label.height, row.value.height) + 3;
  }
  y += 10;
  drawLayout(flow, identification.note, LEFT, y);
  flow.y = y + identification.note.height;
}
