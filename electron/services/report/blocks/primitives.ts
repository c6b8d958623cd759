import type { Tone } from '../../../../shared/report/model';
import type { PageFlow } from '../page-flow';
import { heightOfFirstLines, type ColumnLayout } from '../text-layout';
import { COLOURS, CONTENT_WIDTH, PAGE, STYLES, type TextStyle } from '../theme';

export const LEFT = PAGE.margin.left;
export const RIGHT = PAGE.margin.left + CONTENT_WIDTH;
export const LABEL_WIDTH = 142;
export const COLUMN_GAP = 14;
export const VALUE_X = LEFT + LABEL_WIDTH + COLUMN_GAP;
export const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - COLUMN_GAP;
export const BOX_PAD_X = 11;
export const BOX_PAD_Y = 6;
/** Rows up to this height are never split across pages; taller ones split, keeping a few lines together. */
const UNSPLIT_ROW = 130;

/**
 * A block laid out but not yet drawn. `lead` is how much of it must fit on the page where it starts, which is
 * also what a heading before it needs below itself so as not to be left alone at the foot of a page.
 */
export interface PreparedBlock {
  lead: number;
  draw(): void;
}

export function answerStyle(tone: Tone): TextStyle {
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

export function rule(flow: PageFlow, y: number, colour: string, width = 0.5, from: number = LEFT, to: number = RIGHT): void {
  flow.doc.save().moveTo(from, y).lineTo(to, y).lineWidth(width).strokeColor(colour).stroke().restore();
}

export function fill(flow: PageFlow, x: number, y: number, width: number, height: number, colour: string): void {
  flow.doc.save().rect(x, y, width, height).fillColor(colour).fill().restore();
}

export function keepTogether(layouts: ColumnLayout[], padding: number): number {
  const full = Math.max(0, ...layouts.map((layout) => layout.height)) + padding;
  return full <= UNSPLIT_ROW ? full : Math.max(0, ...layouts.map((layout) => heightOfFirstLines(layout, 3))) + padding;
}

/** One line of text at a point, left-, centre- or right-aligned on `x`, where `y` is the text's baseline. */
export function textAt(
  doc: PDFKit.PDFDocument,
  text: string,
  style: TextStyle,
  x: number,
  baseline: number,
  anchor: 'start' | 'middle' | 'end' = 'start',
  colour: string = style.colour,
): void {
  doc.font(style.font).fontSize(style.size).fillColor(colour);
  const width = doc.widthOfString(text);
  const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  // pdfkit places text by the top of its line box; the ascender is about 0.93 em in DejaVu.
  doc.text(text, left, baseline - style.size * 0.93, { lineBreak: false });
}

export { COLOURS, CONTENT_WIDTH, STYLES };
export type { TextStyle };
