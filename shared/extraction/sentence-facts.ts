import type { SegmentedText, Sentence } from './segment-types';
import type { Fact, FactType } from './types';

/*
 * Helpers the extractors share. Their patterns end a word with (?!\w) rather than \b: after a letter both mean the
 * same, and V8 compiles the lookahead into far less code. Compiling the extractors' few hundred patterns is most of
 * what the first extraction in a fresh process costs.
 */

/** A fact whose evidence is the whole sentence it was read from. */
export function factFrom(
  sentence: Sentence,
  type: FactType,
  value: string,
  normalized: string,
  extra: Pick<Fact, 'qualifier' | 'countries' | 'purpose'> = {},
): Fact {
  return {
    type,
    value,
    normalized,
    evidence: { text: sentence.text, start: sentence.start, end: sentence.end },
    ...extra,
  };
}

/** Keeps the first fact of each (type, normalized): a document that repeats itself states one fact, not five. */
export function firstOfEach(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    const key = `${fact.type}\u0000${fact.normalized}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Where the clause holding `index` starts: the last sentence-internal break before it. */
export function clauseStart(text: string, index: number): number {
  const before = text.slice(0, index);
  const breaks = /[;:!?]|\.(?=\s)|\s[–—]\s|\b(?:but|however|whereas|except|although|while)(?!\w)/gi;
  let start = 0;
  for (let match = breaks.exec(before); match; match = breaks.exec(before)) start = match.index + match[0].length;
  return start;
}

const NEGATION = /\b(?:not|never|no|none|nor|neither|without|cannot)(?!\w)|n['’]t(?!\w)/i;

/**
 * Whether the words just before `index`, within the same clause, deny what follows
 * ("we do not store card numbers", "is not encrypted at rest").
 */
export function isNegatedBefore(text: string, index: number, windowChars = 48): boolean {
  const from = Math.max(clauseStart(text, index), index - windowChars);
  return NEGATION.test(text.slice(from, index));
}

/** All matches of a global regular expression, with their offsets within the sentence. */
export function matchesOf(text: string, pattern: RegExp): RegExpExecArray[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  global.lastIndex = 0;
  const found: RegExpExecArray[] = [];
  for (let match = global.exec(text); match; match = global.exec(text)) {
    found.push(match);
    if (match[0].length === 0) global.lastIndex += 1;
  }
  return found;
}

/** A bullet, a number or a letter at the start of a line: the line is an item of a list. */
const ITEM_MARKER = /^[ \t]*(?:[-–—•*·▪◦‣○●■□►▸✓✔]|\d{1,3}(?:\.\d{1,3})*[.)]|\(?[a-z][.)])\s/u;
/** How far back an item may be from the sentence that introduces its list. */
const MAX_ITEMS = 40;

/** Whether a sentence is (part of) a list item or a table row: its line starts with a marker or it holds cells. */
export function isListItem(document: SegmentedText, sentence: Sentence): boolean {
  if (sentence.text.includes('\t')) return true;
  const lineStart = document.source.lastIndexOf('\n', sentence.start - 1) + 1;
  return ITEM_MARKER.test(document.source.slice(lineStart, Math.min(sentence.end, lineStart + 12)));
}

/**
 * The sentence that introduces the list an item belongs to ("Our main providers are:", "Other sub-processors:"):
 * items take their meaning from it as much as from a heading. Null for a sentence that is not a list item.
 */
export function leadInOf(document: SegmentedText, index: number): Sentence | null {
  const sentence = document.sentences[index];
  if (!sentence || !isListItem(document, sentence)) return null;
  for (let back = index - 1; back >= Math.max(0, index - MAX_ITEMS); back--) {
    const previous = document.sentences[back]!;
    if (previous.heading !== sentence.heading) return null;
    if (isListItem(document, previous)) continue;
    return /:\s*$/.test(previous.text) ? previous : null;
  }
  return null;
}
