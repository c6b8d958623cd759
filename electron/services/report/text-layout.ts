import type { TextStyle } from './theme';

/**
 * Line breaking done here rather than by pdfkit, so that every line's place is known before anything is drawn:
 * that is what lets tables repeat their header rows and keeps headings with what follows them.
 */

export interface PlacedLine {
  text: string;
  style: TextStyle;
  /** Offset from the column's left edge. */
  dx: number;
  /** Offset of the line's top from the column's top. */
  dy: number;
  link?: string;
}

export interface ColumnLayout {
  lines: PlacedLine[];
  height: number;
}

/** Kerning makes a line a hair wider than the sum of its words; keep that hair inside the column. */
const SAFETY = 0.6;

type Measure = (text: string) => number;

/** Widths per document and font, shared by every wrap: the same words recur throughout a report. */
const widthCaches = new WeakMap<PDFKit.PDFDocument, Map<string, Map<string, number>>>();

function measurer(doc: PDFKit.PDFDocument, style: TextStyle): Measure {
  let byFont = widthCaches.get(doc);
  if (!byFont) {
    byFont = new Map();
    widthCaches.set(doc, byFont);
  }
  const fontKey = `${style.font}@${style.size}`;
  let cache = byFont.get(fontKey);
  if (!cache) {
    cache = new Map();
    byFont.set(fontKey, cache);
  }
  const widths = cache;
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      doc.font(style.font).fontSize(style.size);
      width = doc.widthOfString(text);
      widths.set(text, width);
    }
    return width;
  };
}

/**
 * Where a word too wide for the column (a URL, a long compound) may break: after a slash if one fits, else after a
 * hyphen, else after any character. Slashes come first because text extraction takes a hyphen at the end of a line
 * for hyphenation and drops it.
 */
function breakLongWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest !== '' && measure(rest) > width) {
    const chars = Array.from(rest);
    let fitting = 0;
    let used = 0;
    for (const char of chars) {
      const next = used + measure(char);
      if (next > width && fitting > 0) break;
      used = next;
      fitting += 1;
    }
    const head = chars.slice(0, fitting).join('');
    const slash = head.lastIndexOf('/');
    const hyphen = head.lastIndexOf('-');
    const soft = slash > head.length / 3 ? slash : hyphen > head.length / 3 ? hyphen : -1;
    const cut = soft === -1 ? head.length : soft + 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

export function wrapText(doc: PDFKit.PDFDocument, text: string, style: TextStyle, width: number): string[] {
  const measure = measurer(doc, style);
  const usable = Math.max(width - SAFETY, 1);
  const space = measure(' ');
  const lines: string[] = [];
  for (const hardLine of text.replace(/\t/g, ' ').split(/\r?\n/)) {
    const words = hardLine.split(/ +/).filter((word) => word !== '');
    let current = '';
    let currentWidth = 0;
    for (const word of words) {
      const wordWidth = measure(word);
      if (current !== '' && currentWidth + space + wordWidth <= usable) {
        current += ` ${word}`;
        currentWidth += space + wordWidth;
        continue;
      }
      if (current !== '') lines.push(current);
      if (wordWidth <= usable) {
        current = word;
        currentWidth = wordWidth;
      } else {
        const pieces = breakLongWord(word, usable, measure);
        lines.push(...pieces.slice(0, -1));
        current = pieces[pieces.length - 1] ?? '';
        currentWidth = measure(current);
      }
    }
    lines.push(current);
  }
  return lines;
}

/** Builds one column of text top to bottom: paragraphs, bullets and gaps. */
export class ColumnBuilder {
  private readonly lines: PlacedLine[] = [];
  private height = 0;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly width: number,
  ) {}

  gap(points: number): this {
    if (this.lines.length > 0) this.height += points;
    return this;
  }

  paragraph(
    text: string,
    style: TextStyle,
    options: { indent?: number; hanging?: number; bullet?: string; link?: string; align?: 'left' | 'right' } = {},
  ): this {
    const indent = options.indent ?? 0;
    const hanging = options.hanging ?? 0;
    const measure = measurer(this.doc, style);
    const first = wrapText(this.doc, text, style, this.width - indent);
    // A hanging indent re-wraps everything after the first line to the narrower width.
    const wrapped =
      hanging > 0 && first.length > 1
        ? [first[0] ?? '', ...wrapText(this.doc, first.slice(1).join(' '), style, this.width - indent - hanging)]
        : first;
    wrapped.forEach((line, index) => {
      if (index === 0 && options.bullet) {
        this.lines.push({ text: options.bullet, style, dx: Math.max(indent - 9, 0), dy: this.height });
      }
      const offset = index > 0 ? hanging : 0;
      const dx = options.align === 'right' ? Math.max(indent, this.width - measure(line) - SAFETY) : indent + offset;
      const placed: PlacedLine = { text: line, style, dx, dy: this.height };
      if (options.link) placed.link = options.link;
      this.lines.push(placed);
      this.height += style.leading;
    });
    return this;
  }

  build(): ColumnLayout {
    return { lines: [...this.lines], height: this.height };
  }
}

/** Height of the first `count` lines of a column (to keep at least that much together on a page). */
export function heightOfFirstLines(layout: ColumnLayout, count: number): number {
  const line = layout.lines[Math.min(count, layout.lines.length) - 1];
  return line ? line.dy + line.style.leading : 0;
}
