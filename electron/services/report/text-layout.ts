import type { StructureRole } from './tagging';
import type { TextStyle } from './theme';
import type { Typesetter } from './typesetter';

/**
 * Line breaking done here rather than by pdfkit, so that every line's place is known before anything is drawn:
 * that is what lets tables repeat their header rows, keeps headings with what follows them, and reserves the pages
 * of the table of contents before the sections are laid out.
 */

export interface PlacedLine {
  text: string;
  style: TextStyle;
  /** Offset from the column's left edge. */
  dx: number;
  /** Offset of the line's top from the column's top. */
  dy: number;
  /** The paragraph (part) of the column the line belongs to. */
  part: number;
  /** The bullet of a list item, as opposed to its text. */
  bullet?: true;
  /** The line was broken at a space, which is set (invisibly) at its end so that extracted text keeps the words apart. */
  soft?: true;
  link?: string;
}

/**
 * What a paragraph of a column is in the document's structure. `null`: its text belongs directly to the element
 * that holds the column (a table cell, a label). 'LI': an item of a list (consecutive items form one list).
 * 'Link': a web address, linked, inside the paragraph before it.
 */
export type PartRole = Extract<StructureRole, 'P' | 'H1' | 'H2' | 'H3' | 'Caption' | 'LI' | 'Link'> | null;

export interface ColumnPart {
  role: PartRole;
  /** Index of the part's last line. */
  lastLine: number;
}

export interface ColumnLayout {
  lines: PlacedLine[];
  parts: ColumnPart[];
  height: number;
}

/** Kerning makes a line a hair wider than the sum of its words; keep that hair inside the column. */
const SAFETY = 0.6;
const NON_ASCII = /[^\x20-\x7e]/;

/** Composed characters are single glyphs in the fonts; decomposed ones would be set as a letter and a loose accent. */
export function normalise(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFC') : text;
}

const LETTER = /\p{L}/u;
const DIGIT = /\d/;
const VOWEL = /[aeiouyäöüàáâãéèêëíìîïóòôõúùûąęåæøœ]/i;

/**
 * Where a word too wide for the column (a URL, a long compound) may break: after a slash if one fits, else after a
 * hyphen, else after any character. Slashes come first because text extraction takes a hyphen at the end of a line
 * for hyphenation and drops it. A word of letters broken between two letters gets a hyphen, as a reader expects;
 * codes and addresses (with digits or punctuation at the break) break without one, since a hyphen would change them.
 */
function breakLongWord(word: string, width: number, measure: (text: string) => number): string[] {
  const pieces: string[] = [];
  const hyphenWidth = measure('-');
  const spelled = !DIGIT.test(word);
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
    const soft = slash >= head.length / 4 ? slash : hyphen >= head.length / 4 ? hyphen : -1;
    if (soft !== -1) {
      pieces.push(rest.slice(0, soft + 1));
      rest = rest.slice(soft + 1);
      continue;
    }
    // Between two letters: leave room for the hyphen, taking back as many letters as it needs.
    let cut = fitting;
    const between = (at: number) => spelled && at > 1 && LETTER.test(chars[at - 1] ?? '') && LETTER.test(chars[at] ?? '');
    if (between(cut)) {
      let room = width - used;
      while (cut > 2 && room < hyphenWidth) {
        cut -= 1;
        room += measure(chars[cut] ?? '');
      }
      // A few letters back, a break between two consonants before a vowel ("Auftrags-verarbeiter") reads better.
      const consonant = (at: number) => LETTER.test(chars[at] ?? '') && !VOWEL.test(chars[at] ?? '');
      for (let back = cut; back > cut - 7 && back > 2; back--) {
        if (between(back) && consonant(back - 1) && consonant(back) && VOWEL.test(chars[back + 1] ?? '')) {
          cut = back;
          break;
        }
      }
    }
    const piece = chars.slice(0, cut).join('');
    pieces.push(between(cut) ? `${piece}-` : piece);
    rest = chars.slice(cut).join('');
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

interface WrappedLine {
  text: string;
  /** The line ends where a space was: the word after it starts the next line. */
  soft: boolean;
}

function wrap(type: Typesetter, text: string, style: TextStyle, width: number): WrappedLine[] {
  const metrics = type.metrics(style.font);
  const scale = style.size / 1000;
  const measure = (piece: string) => metrics.width(piece) * scale;
  const usable = Math.max(width - SAFETY, 1);
  const space = measure(' ');
  const lines: WrappedLine[] = [];
  const hardLines = normalise(text).replace(/\t/g, ' ').split(/\r?\n/);
  hardLines.forEach((hardLine, hardIndex) => {
    const words = hardLine.split(' ');
    let current = '';
    let currentWidth = 0;
    for (const word of words) {
      if (word === '') continue;
      const wordWidth = measure(word);
      if (current !== '' && currentWidth + space + wordWidth <= usable) {
        current += ` ${word}`;
        currentWidth += space + wordWidth;
        continue;
      }
      if (current !== '') lines.push({ text: current, soft: true });
      if (wordWidth <= usable) {
        current = word;
        currentWidth = wordWidth;
      } else {
        const pieces = breakLongWord(word, usable, measure);
        for (const piece of pieces.slice(0, -1)) lines.push({ text: piece, soft: false });
        current = pieces[pieces.length - 1] ?? '';
        currentWidth = measure(current);
      }
    }
    // A line break within the text separates words as a space does.
    lines.push({ text: current, soft: hardIndex < hardLines.length - 1 });
  });
  return lines;
}

export function wrapText(type: Typesetter, text: string, style: TextStyle, width: number): string[] {
  return wrap(type, text, style, width).map((line) => line.text);
}

export interface ParagraphOptions {
  indent?: number;
  hanging?: number;
  bullet?: string;
  link?: string;
  align?: 'left' | 'right';
  /** The paragraph's structure role; 'P' unless a bullet ('LI') or a link ('Link') says otherwise. */
  role?: PartRole;
}

/** Builds one column of text top to bottom: paragraphs, bullets and gaps. */
export class ColumnBuilder {
  private readonly lines: PlacedLine[] = [];
  private readonly parts: ColumnPart[] = [];
  private height = 0;

  constructor(
    private readonly type: Typesetter,
    readonly width: number,
  ) {}

  gap(points: number): this {
    if (this.lines.length > 0) this.height += points;
    return this;
  }

  paragraph(text: string, style: TextStyle, options: ParagraphOptions = {}): this {
    const indent = options.indent ?? 0;
    const hanging = options.hanging ?? 0;
    const first = wrap(this.type, text, style, this.width - indent);
    // A hanging indent re-wraps everything after the first line to the narrower width.
    const wrapped =
      hanging > 0 && first.length > 1
        ? [first[0] as WrappedLine, ...wrap(this.type, first.slice(1).map((line) => line.text).join(' '), style, this.width - indent - hanging)]
        : first;
    const part = this.parts.length;
    const role: PartRole = options.role !== undefined ? options.role : options.bullet ? 'LI' : options.link ? 'Link' : 'P';
    wrapped.forEach(({ text: line, soft }, index) => {
      if (index === 0 && options.bullet) {
        this.lines.push({ text: options.bullet, style, dx: Math.max(indent - 9, 0), dy: this.height, part, bullet: true, soft: true });
      }
      const offset = index > 0 ? hanging : 0;
      const dx = options.align === 'right' ? Math.max(indent, this.width - this.type.width(line, style) - SAFETY) : indent + offset;
      const placed: PlacedLine = { text: line, style, dx, dy: this.height, part };
      if (soft) placed.soft = true;
      if (options.link) placed.link = options.link;
      this.lines.push(placed);
      this.height += style.leading;
    });
    this.parts.push({ role, lastLine: this.lines.length - 1 });
    return this;
  }

  build(): ColumnLayout {
    return { lines: [...this.lines], parts: [...this.parts], height: this.height };
  }
}

/** A column of one paragraph. */
export function textColumn(type: Typesetter, text: string, style: TextStyle, width: number, options: ParagraphOptions = {}): ColumnLayout {
  return new ColumnBuilder(type, width).paragraph(text, style, options).build();
}

/** Height of the first `count` lines of a column (to keep at least that much together on a page). */
export function heightOfFirstLines(layout: ColumnLayout, count: number): number {
  const line = layout.lines[Math.min(count, layout.lines.length) - 1];
  return line ? line.dy + line.style.leading : 0;
}
