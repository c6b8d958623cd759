import type { AnswerRow, ReportBlock, ReportReference, ReportSection, TableCell, Tone } from '../../../shared/report/model';
import type { FlowColumn, PageFlow, RowPiece } from './page-flow';
import { ColumnBuilder, heightOfFirstLines, type ColumnLayout } from './text-layout';
import { COLOURS, CONTENT_WIDTH, PAGE, STYLES, type TextStyle } from './theme';

const LEFT = PAGE.margin.left;
const RIGHT = PAGE.margin.left + CONTENT_WIDTH;
const LABEL_WIDTH = 142;
const COLUMN_GAP = 14;
const VALUE_X = LEFT + LABEL_WIDTH + COLUMN_GAP;
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - COLUMN_GAP;
const ROW_PAD_Y = 5;
const CELL_PAD_X = 5;
const CELL_PAD_Y = 4;
const BOX_PAD_X = 11;
const BOX_PAD_Y = 6;
/** Rows up to this height are never split across pages; taller ones split, keeping a few lines together. */
const UNSPLIT_ROW = 130;

/**
 * A block laid out but not yet drawn. `lead` is how much of it must fit on the page where it starts, which is
 * also what a heading before it needs below itself so as not to be left alone at the foot of a page.
 */
interface PreparedBlock {
  lead: number;
  draw(): void;
}

function answerStyle(tone: Tone): TextStyle {
  switch (tone) {
    case 'missing':
      return STYLES.bodyMissing;
    case 'muted':
      return STYLES.bodyMuted;
    case 'caveat':
      return STYLES.bodyCaveat;
    case 'normal':
      return STYLES.body;
  }
}

function cellStyle(tone: Tone | undefined): TextStyle {
  if (tone === 'missing') return STYLES.tableCellMissing;
  if (tone === 'muted') return STYLES.tableCellMuted;
  if (tone === 'caveat') return { ...STYLES.tableCell, colour: COLOURS.caveatInk };
  return STYLES.tableCell;
}

function rule(flow: PageFlow, y: number, colour: string, width = 0.5, from: number = LEFT, to: number = RIGHT): void {
  flow.doc.save().moveTo(from, y).lineTo(to, y).lineWidth(width).strokeColor(colour).stroke().restore();
}

function fill(flow: PageFlow, x: number, y: number, width: number, height: number, colour: string): void {
  flow.doc.save().rect(x, y, width, height).fillColor(colour).fill().restore();
}

function keepTogether(layouts: ColumnLayout[], padding: number): number {
  const full = Math.max(0, ...layouts.map((layout) => layout.height)) + padding;
  return full <= UNSPLIT_ROW ? full : Math.max(0, ...layouts.map((layout) => heightOfFirstLines(layout, 3))) + padding;
}

/** Label and answer columns of a row; `inset` narrows both, as inside the sign-off frame. */
function layoutAnswer(flow: PageFlow, row: AnswerRow, inset = 0): { label: ColumnLayout; value: ColumnLayout } {
  const label = new ColumnBuilder(flow.doc, LABEL_WIDTH - inset).paragraph(row.label, STYLES.label).build();
  const value = new ColumnBuilder(flow.doc, VALUE_WIDTH - inset);
  // Cited sources come in numbers; a smaller face keeps long source lists readable without filling pages.
  const cited = row.lines.some((line) => line.url !== undefined);
  const style = cited && row.tone === 'normal' ? STYLES.source : answerStyle(row.tone);
  row.lines.forEach((line, index) => {
    if (index > 0) value.gap(row.list ? 2 : 4);
    value.paragraph(line.text, style, row.list ? { indent: 10, bullet: '•' } : {});
    if (line.url) value.paragraph(line.url, STYLES.url, { indent: row.list ? 10 : 0, link: line.url });
  });
  return { label, value: value.build() };
}

function prepareAnswers(flow: PageFlow, rows: AnswerRow[]): PreparedBlock {
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

function tableGeometry(weights: number[]): { x: number; width: number }[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let x = LEFT;
  return weights.map((weight) => {
    const width = (CONTENT_WIDTH * weight) / total;
    const column = { x, width };
    x += width;
    return column;
  });
}

/** A table whose header row is repeated on every page it runs onto. */
function prepareTable(flow: PageFlow, block: Extract<ReportBlock, { kind: 'table' }>): PreparedBlock {
  const geometry = tableGeometry(block.columns.map((column) => column.weight));
  const cellColumn = (text: string, style: TextStyle, c: number): FlowColumn => ({
    x: (geometry[c]?.x ?? LEFT) + CELL_PAD_X,
    layout: new ColumnBuilder(flow.doc, (geometry[c]?.width ?? 0) - 2 * CELL_PAD_X).paragraph(text, style).build(),
  });
  const header = block.columns.map((column, c) => cellColumn(column.header, STYLES.tableHeader, c));
  const headerHeight = Math.max(...header.map((column) => column.layout.height)) + 2 * CELL_PAD_Y;
  const nothingRecorded = (): FlowColumn[] => [
    {
      x: LEFT + CELL_PAD_X,
      layout: new ColumnBuilder(flow.doc, CONTENT_WIDTH - 2 * CELL_PAD_X).paragraph(block.emptyText, STYLES.tableCellMuted).build(),
    },
  ];
  const rows: FlowColumn[][] =
    block.rows.length > 0
      ? block.rows.map((cells) => cells.map((tableCell: TableCell, c) => cellColumn(tableCell.text, cellStyle(tableCell.tone), c)))
      : [nothingRecorded()];
  const rowKeep = (columns: FlowColumn[]) => keepTogether(columns.map((column) => column.layout), 2 * CELL_PAD_Y);

  const drawHeader = () => {
    fill(flow, LEFT, flow.y, CONTENT_WIDTH, headerHeight, COLOURS.tableHeader);
    rule(flow, flow.y, COLOURS.rule, 0.6);
    rule(flow, flow.y + headerHeight, COLOURS.rule, 0.6);
    for (const column of header) for (const line of column.layout.lines) flow.drawLine(line, column.x, flow.y + CELL_PAD_Y);
    flow.y += headerHeight;
  };

  const lead = headerHeight + rowKeep(rows[0] ?? []) + 4;
  return {
    lead,
    draw() {
      flow.space(4);
      flow.ensure(lead);
      drawHeader();
      rows.forEach((columns, index) => {
        const isLast = index === rows.length - 1;
        flow.drawRow({
          columns,
          padTop: CELL_PAD_Y,
          padBottom: CELL_PAD_Y,
          keepTogether: rowKeep(columns),
          onNewPage: drawHeader,
          decorate: (piece) => {
            const y = piece.y + piece.height;
            if (isLast && piece.last) rule(flow, y, COLOURS.rule, 0.6);
            else rule(flow, y, COLOURS.faintRule, 0.5);
          },
        });
      });
      flow.y += 8;
    },
  };
}

function prepareNotice(flow: PageFlow, block: Extract<ReportBlock, { kind: 'notice' }>): PreparedBlock {
  const caveat = block.tone === 'caveat';
  const layout = new ColumnBuilder(flow.doc, CONTENT_WIDTH - 2 * BOX_PAD_X)
    .paragraph(block.text, caveat ? STYLES.notice : STYLES.noticeInfo)
    .build();
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
          fill(flow, LEFT, piece.y, CONTENT_WIDTH, piece.height, caveat ? COLOURS.caveatFill : COLOURS.infoFill);
          fill(flow, LEFT, piece.y, 2.5, piece.height, caveat ? COLOURS.caveatBar : COLOURS.infoBar);
        },
      });
      flow.y += 6;
    },
  };
}

function prepareParagraph(flow: PageFlow, text: string, style: TextStyle, after = 6): PreparedBlock {
  const layout = new ColumnBuilder(flow.doc, CONTENT_WIDTH).paragraph(text, style).build();
  const keep = heightOfFirstLines(layout, 2);
  return {
    lead: keep,
    draw() {
      flow.drawRow({ columns: [{ x: LEFT, layout }], padTop: 0, padBottom: 0, keepTogether: keep });
      flow.y += after;
    },
  };
}

/** A heading is drawn only where the start of what follows it fits below it. */
function prepareHeading(flow: PageFlow, text: string, style: TextStyle, before: number, after: number, next: () => number): PreparedBlock {
  const layout = new ColumnBuilder(flow.doc, CONTENT_WIDTH).paragraph(text, style).build();
  const own = layout.height + after;
  return {
    lead: own + 30,
    draw() {
      flow.space(before);
      flow.ensure(own + Math.min(next(), (flow.bottom - flow.top) / 2));
      for (const line of layout.lines) flow.drawLine(line, LEFT, flow.y);
      flow.y += own;
    },
  };
}

/** The sign-off: a framed box that stays together, unless it is taller than a page (then it flows as answers). */
function prepareSignOff(flow: PageFlow, block: Extract<ReportBlock, { kind: 'signoff' }>): PreparedBlock {
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

function prepareBlock(flow: PageFlow, block: ReportBlock, next: () => number): PreparedBlock {
  switch (block.kind) {
    case 'heading':
      return prepareHeading(flow, block.text, STYLES.heading, 16, 5, next);
    case 'subheading':
      return prepareHeading(flow, block.text, STYLES.subheading, 12, 4, next);
    case 'paragraph':
      return prepareParagraph(flow, block.text, answerStyle(block.tone));
    case 'answers':
      return prepareAnswers(flow, block.rows);
    case 'table':
      return prepareTable(flow, block);
    case 'notice':
      return prepareNotice(flow, block);
    case 'signoff':
      return prepareSignOff(flow, block);
  }
}

function prepareReferences(flow: PageFlow, label: string, references: ReportReference[]): PreparedBlock | null {
  if (references.length === 0) return null;
  const column = new ColumnBuilder(flow.doc, CONTENT_WIDTH).paragraph(label, { ...STYLES.references, font: 'sansBold' });
  for (const reference of references) {
    column.gap(2).paragraph(`${reference.label}: ${reference.citation}`, STYLES.references);
    column.paragraph(reference.url, { ...STYLES.references, colour: COLOURS.link }, { link: reference.url });
  }
  const layout = column.build();
  return {
    lead: layout.height + 20,
    draw() {
      flow.space(14);
      flow.ensure(layout.height + 6);
      rule(flow, flow.y, COLOURS.faintRule, 0.5);
      flow.y += 6;
      flow.drawRow({ columns: [{ x: LEFT, layout }], padTop: 0, padBottom: 0, keepTogether: layout.height });
    },
  };
}

function prepareSectionHead(flow: PageFlow, section: ReportSection, next: () => number): PreparedBlock {
  const column = (text: string, style: TextStyle) => new ColumnBuilder(flow.doc, CONTENT_WIDTH).paragraph(text, style).build();
  const label = column(section.label.toUpperCase(), STYLES.stepLabel);
  const title = column(section.title, STYLES.stepTitle);
  const status = column(section.status.text, section.status.complete ? STYLES.status : STYLES.statusIncomplete);
  const intro = column(section.intro, STYLES.intro);
  const height = label.height + title.height + 6 + status.height + 8 + intro.height + 6;
  return {
    lead: height,
    draw() {
      flow.space(26);
      flow.ensure(height + Math.min(next(), (flow.bottom - flow.top) / 2));
      flow.doc.outline.addItem(`${section.label}: ${section.title}`);
      for (const line of label.lines) flow.drawLine(line, LEFT, flow.y);
      flow.y += label.height;
      for (const line of title.lines) flow.drawLine(line, LEFT, flow.y);
      flow.y += title.height + 2;
      rule(flow, flow.y, COLOURS.heading, 1.2);
      flow.y += 4;
      for (const line of status.lines) flow.drawLine(line, LEFT, flow.y);
      flow.y += status.height + 8;
      flow.drawRow({ columns: [{ x: LEFT, layout: intro }], padTop: 0, padBottom: 0, keepTogether: Math.min(intro.height, 60) });
      flow.y += 6;
    },
  };
}

/** One step of the assessment: its title block, its questions and answers, its references. */
export function renderSection(flow: PageFlow, section: ReportSection): void {
  const parts: PreparedBlock[] = [];
  // Each part is prepared knowing how much of the part after it must follow on the same page.
  const leadOf = (index: number) => () => parts[index]?.lead ?? 0;
  parts.push(prepareSectionHead(flow, section, leadOf(1)));
  section.blocks.forEach((block, index) => parts.push(prepareBlock(flow, block, leadOf(index + 2))));
  const references = prepareReferences(flow, section.referencesLabel, section.references);
  if (references) parts.push(references);
  for (const part of parts) part.draw();
}
