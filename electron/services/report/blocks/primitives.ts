import type { Tone } from '../../../../shared/report/model';
import type { PageFlow } from '../page-flow';
import { fillOps, frameOps, lineOps, writeContent } from '../pdf-ops';
import { heightOfFirstLines, type ColumnLayout } from '../text-layout';
import { COLOURS, CONTENT_WIDTH, PAGE, STYLES, type TextStyle } from '../theme';
import type { Typesetter } from '../typesetter';

export const LEFT = PAGE.margin.left;
export const RIGHT = PAGE.margin.left + CONTENT_WIDTH;
export const LABEL_WIDTH = 128;
export const COLUMN_GAP = 12;
export const VALUE_X = LEFT + LABEL_WIDTH + COLUMN_GAP;
export const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - COLUMN_GAP;
export const BOX_PAD_X = 10;
export const BOX_PAD_Y = 6;
/** Rows up to this height are never split across pages; taller ones split, keeping a few lines together. */
const UNSPLIT_ROW = 110;

/**
 * A block laid out but not yet drawn. `lead` is how much of it must fit on the page where it starts, which is
 * also what a heading before it needs below itself so as not to be left alone at the foot of a page.
 */
export interface PreparedBlock {
  readonly lead: number;
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

/** A horizontal rule; callers draw it inside an artifact. */
export function rule(flow: PageFlow, y: number, colour: string, width = 0.5, from: number = LEFT, to: number = RIGHT): void {
  writeContent(flow.doc, lineOps(from, y, to, y, width, colour));
}

/** A filled rectangle; callers draw it inside an artifact. */
export function fill(flow: PageFlow, x: number, y: number, width: number, height: number, colour: string): void {
  writeContent(flow.doc, fillOps(x, y, width, height, colour));
}

/** The outline of a rectangle; callers draw it inside an artifact. */
export function frame(flow: PageFlow, x: number, y: number, width: number, height: number, lineWidth: number, colour: string): void {
  writeContent(flow.doc, frameOps(x, y, width, height, lineWidth, colour));
}

export function keepTogether(layouts: ColumnLayout[], padding: number): number {
  const full = Math.max(0, ...layouts.map((layout) => layout.height)) + padding;
  return full <= UNSPLIT_ROW ? full : Math.max(0, ...layouts.map((layout) => heightOfFirstLines(layout, 3))) + padding;
}

/** One line of text at a point, left-, centre- or right-aligned on `x`, where `baseline` is the text's baseline. */
export function textAt(
  type: Typesetter,
  text: string,
  style: TextStyle,
  x: number,
  baseline: number,
  anchor: 'start' | 'middle' | 'end' = 'start',
  colour: string = style.colour,
): void {
  const width = type.width(text, style);
  const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  type.write([{ text, style: { ...style, colour }, x: left, top: baseline - type.ascent(style) }]);
}

export { COLOURS, CONTENT_WIDTH, STYLES };
export type { TextStyle };
