/**
 * A PDF page holds positioned runs of text, not lines or paragraphs. This puts the runs back together the way the
 * page shows them: runs on one baseline form a line, lines a paragraph while they are evenly spaced and the line
 * above runs to the right margin (it was wrapped), so that a sentence broken over lines reads as one again.
 */

/** One run of text on a page, in PDF units with y growing upwards. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size as drawn. */
  size: number;
  /** The PDF marks the end of a line after this run. */
  endsLine: boolean;
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

/** Runs closer than this share a baseline (in font sizes). */
const SAME_BASELINE = 0.5;
/** A horizontal gap wider than this between runs is a space the PDF did not write out (in font sizes). */
const WORD_GAP = 0.15;
/** A line ending further than this from the right margin was not wrapped (in font sizes). */
const SHORT_LINE = 8;
/** Lines further apart than this times the usual line distance belong to different paragraphs. */
const PARAGRAPH_GAP = 1.3;
const LIST_MARKER = /^(?:[•·◦▪‣○●■□►▸✓✔–—-]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s)/u;

function readLines(runs: readonly TextRun[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let breakBefore = false;
  for (const run of runs) {
    const size = run.size > 0 ? run.size : 10;
    const sameLine =
      current !== null && !breakBefore && Math.abs(run.y - current.y) <= SAME_BASELINE * Math.max(size, current.size);
    if (current !== null && sameLine) {
      const gap = run.x - current.right;
      const spaced = /\s$/u.test(current.text) || /^\s/u.test(run.text);
      if (!spaced && gap > WORD_GAP * size) current.text += ' ';
      current.text += run.text;
      current.right = Math.max(current.right, run.x + run.width);
      current.size = Math.max(current.size, size);
    } else if (run.text.trim() !== '') {
      current = { text: run.text, left: run.x, right: run.x + run.width, y: run.y, size };
      lines.push(current);
    }
    breakBefore = run.endsLine;
  }
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+$/u, '').replace(/^\s+/u, '') }))
    .filter((line) => line.text !== '');
}

const sizeKey = (size: number): number => Math.round(size * 2) / 2;

/**
 * The distance of two lines of one paragraph, for each font size on the page (body text, tables and footnotes are
 * spaced apart differently): the smallest distance between consecutive lines of that size that do not overlap. Not the
 * median or any other share: on a page of short paragraphs most distances are paragraph gaps, and a single paragraph
 * wrapped over two lines is what shows the line distance.
 */
function lineDistances(lines: readonly Line[]): Map<number, number> {
  const distances = new Map<number, number>();
  for (let index = 1; index < lines.length; index++) {
    const previous = lines[index - 1]!;
    const line = lines[index]!;
    const key = sizeKey(line.size);
    const distance = previous.y - line.y;
    // Lines closer than their font size would overlap: rows of a table, or runs the baseline test kept apart.
    if (sizeKey(previous.size) !== key || distance < 0.95 * line.size || distance >= 3 * line.size) continue;
    distances.set(key, Math.min(distances.get(key) ?? Infinity, distance));
  }
  return distances;
}

/** What goes between two lines of a page: nothing but a space within a paragraph, a line break or a blank line. */
function separator(previous: Line, line: Line, lineDistance: number | undefined, rightMargin: number): string {
  const distance = previous.y - line.y;
  const paragraphDistance = (lineDistance ?? 1.2 * previous.size) * PARAGRAPH_GAP;
  if (distance <= 0 || distance > paragraphDistance) return '\n\n';
  if (Math.abs(line.size - previous.size) > 0.15 * previous.size) return '\n';
  if (LIST_MARKER.test(line.text)) return '\n';
  if (previous.right < rightMargin - SHORT_LINE * previous.size) return '\n';
  // A word hyphenated at the margin ("sub-" / "processors") keeps its hyphen: it may be part of the word.
  if (/\p{L}-$/u.test(previous.text) && /^\p{Ll}/u.test(line.text)) return '';
  return ' ';
}

/** The text of one page, its paragraphs separated by blank lines. */
export function pageText(runs: readonly TextRun[]): string {
  const lines = readLines(runs);
  if (lines.length === 0) return '';
  const distances = lineDistances(lines);
  const rightMargin = Math.max(...lines.map((line) => line.right));
  let text = lines[0]!.text;
  for (let index = 1; index < lines.length; index++) {
    const previous = lines[index - 1]!;
    text += separator(previous, lines[index]!, distances.get(sizeKey(previous.size)), rightMargin) + lines[index]!.text;
  }
  return text;
}

/**
 * The pages one after another. A single line break between them lets a sentence that runs on to the next page be
 * read as one, while a page ending with a full stop still ends its paragraph there.
 */
export function joinPages(pages: readonly string[]): string {
  return pages.filter((page) => page !== '').join('\n');
}
