import type { SegmentedText, Sentence } from './segment-types';
import type { Evidence } from './types';
import { sentenceRanges } from './sentence-split';

/**
 * Splits plain text into sentences and list items with exact offsets. Lines are grouped into blocks first (a
 * paragraph, a list item, a heading); a line wrapped mid-sentence, as PDF text often is, joins the block above.
 */

interface Line {
  /** Offsets of the trimmed content, after any list marker. */
  start: number;
  end: number;
  kind: 'blank' | 'text' | 'bullet' | 'numbered' | 'markdown-heading';
}

const BULLET = /^(?:[•·◦▪▫‣⁃○●■□►▸✓✔]|[-*+–—](?=\s))\s*/u;
const NUMBERED = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,2}(?:\.\d{1,3})+|\(\d{1,3}\)|\(?[a-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))\s+/;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const MARKERS: [RegExp, Line['kind']][] = [
  [MARKDOWN_HEADING, 'markdown-heading'],
  [BULLET, 'bullet'],
  [NUMBERED, 'numbered'],
];
const SPACE = /[\s\u00a0\u200b\ufeff]/;
const TERMINAL_END = /[.!?;:…]["”’')\]]*$/;
/** Words a wrapped line can end with but a heading cannot. */
const DANGLING_END = /(?:[,(–-]|\b(?:the|a|an|of|to|in|on|at|by|for|from|with|and|or|nor|as|that|which|who|our|your|its|their|is|are|be|such|including|via|under|per|than)(?!\w))$/i;
const MAX_HEADING_WORDS = 12;
/** Numbered titles ("Step 3: Assess whether …", "4.2 Transfers of …") run longer than plain ones. */
const MAX_NUMBERED_HEADING_WORDS = 20;
const LABELLED_TITLE = /^(?:Step|Section|Part|Chapter|Article|Annex|Schedule|Appendix|Exhibit)\s+[\dIVX]+[A-Za-z]?\s*[:.)–-]/;
const MAX_HEADING_LENGTH = 100;
const MAX_QUESTION_HEADING_WORDS = 15;
const TABLE_ROW = /^\||\s\|\s.*\s\|\s/;
const ADDRESS = /@|https?:\/\/|www\./;

function readLines(source: string): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(source)) !== null && match.index < source.length) {
    const raw = match[0].replace(/[\r\n]+$/, '');
    let start = match.index;
    let end = match.index + raw.length;
    while (start < end && SPACE.test(source[start]!)) start++;
    while (end > start && SPACE.test(source[end - 1]!)) end--;
    lines.push(classify(source, start, end));
    if (match[0].length === 0) break;
  }
  return lines;
}

function classify(source: string, start: number, end: number): Line {
  if (start === end) return { start, end, kind: 'blank' };
  const text = source.slice(start, end);
  for (const [pattern, kind] of MARKERS) {
    const marker = pattern.exec(text);
    if (marker && start + marker[0].length < end) {
      const contentStart = start + marker[0].length;
      const contentEnd = kind === 'markdown-heading' ? trimClosingHashes(source, contentStart, end) : end;
      return { start: contentStart, end: contentEnd, kind };
    }
  }
  return { start, end, kind: 'text' };
}

function trimClosingHashes(source: string, start: number, end: number): number {
  let cut = end;
  while (cut > start && source[cut - 1] === '#') cut--;
  while (cut > start && SPACE.test(source[cut - 1]!)) cut--;
  return cut > start ? cut : end;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Short, unpunctuated, not a lower-case fragment: the shape of a title. Bullets are items, never titles. */
function looksLikeHeading(source: string, line: Line): boolean {
  if (line.kind === 'markdown-heading') return true;
  if (line.kind !== 'text' && line.kind !== 'numbered') return false;
  const text = source.slice(line.start, line.end);
  // A tab or pipes separate table cells: a row, not a title. An address or a link is something to write to or open.
  if (!/\p{L}/u.test(text) || /^\p{Ll}/u.test(text) || text.includes('\t') || TABLE_ROW.test(text) || ADDRESS.test(text)) return false;
  const numbered = line.kind === 'numbered' || LABELLED_TITLE.test(text);
  const maxWords = numbered ? MAX_NUMBERED_HEADING_WORDS : MAX_HEADING_WORDS;
  if (text.length > (numbered ? 2 : 1) * MAX_HEADING_LENGTH || wordCount(text) > maxWords) return false;
  if ((text.match(/,/g) ?? []).length >= 2) return false;
  return !TERMINAL_END.test(text) && !/[,]$/.test(text) && !DANGLING_END.test(text);
}

function looksLikeQuestionHeading(source: string, line: Line): boolean {
  if (line.kind !== 'text' && line.kind !== 'numbered') return false;
  const text = source.slice(line.start, line.end);
  return /^\p{Lu}/u.test(text) && /\?["”’)]*$/.test(text) && wordCount(text) <= MAX_QUESTION_HEADING_WORDS;
}

/**
 * Adjacent title-shaped lines are table rows or a list without markers ("1. Name", "2. E-mail"), not headings;
 * a pair is still read as title and subtitle.
 */
function headingLines(source: string, lines: Line[]): Set<number> {
  const headings = new Set<number>();
  let runStart = 0;
  const closeRun = (runEnd: number): void => {
    if (runEnd - runStart <= 2) for (let index = runStart; index < runEnd; index++) headings.add(index);
    else for (let index = runStart; index < runEnd; index++) if (lines[index]!.kind === 'markdown-heading') headings.add(index);
  };
  for (let index = 0; index <= lines.length; index++) {
    const line = lines[index];
    const candidate =
      line !== undefined &&
      looksLikeHeading(source, line) &&
      !continuesFrom(source, lines, index) &&
      !continuesFrom(source, lines, index + 1);
    if (!candidate) {
      closeRun(index);
      runStart = index + 1;
    }
  }
  return headings;
}

/** A line continues the block above when the line above stops mid-sentence (typical of text taken from PDFs). */
function continuesFrom(source: string, lines: Line[], index: number): boolean {
  const line = lines[index];
  const previous = lines[index - 1];
  if (!line || !previous || line.kind !== 'text' || previous.kind === 'blank' || previous.kind === 'markdown-heading') return false;
  const previousText = source.slice(previous.start, previous.end);
  if (TERMINAL_END.test(previousText)) return false;
  const text = source.slice(line.start, line.end);
  return /^[\p{Ll}(]/u.test(text) || DANGLING_END.test(previousText);
}

interface Block {
  start: number;
  end: number;
  heading: boolean;
  question: boolean;
}

function readBlocks(source: string): Block[] {
  const lines = readLines(source);
  const headings = headingLines(source, lines);
  // A title heads what follows it: the last line of a text, with nothing under it, is text ("Contact: …").
  const lastLine = lines.findLastIndex((line) => line.kind !== 'blank');
  if (lastLine >= 0 && lines[lastLine]!.kind !== 'markdown-heading') headings.delete(lastLine);
  const blocks: Block[] = [];
  lines.forEach((line, index) => {
    if (line.kind === 'blank') return;
    const last = blocks[blocks.length - 1];
    if (last && !last.heading && continuesFrom(source, lines, index)) {
      last.end = line.end;
      return;
    }
    const heading = headings.has(index);
    blocks.push({ start: line.start, end: line.end, heading, question: !heading && looksLikeQuestionHeading(source, line) });
  });
  return blocks;
}

export function segment(source: string): SegmentedText {
  const sentences: Sentence[] = [];
  let heading: string | null = null;
  for (const block of readBlocks(source)) {
    if (block.heading) {
      heading = source.slice(block.start, block.end);
      continue;
    }
    for (const [start, end] of sentenceRanges(source, block.start, block.end)) {
      sentences.push({ text: source.slice(start, end), start, end, heading });
    }
    // An FAQ question is both something the document says and the title of the answer below it.
    if (block.question) heading = source.slice(block.start, block.end);
  }
  return { source, sentences };
}

/** The evidence of a fact read from a sentence: the whole sentence, with its offsets. */
export function evidenceOf(sentence: Sentence): Evidence {
  return { text: sentence.text, start: sentence.start, end: sentence.end };
}
