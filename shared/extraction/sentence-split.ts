/**
 * Sentence boundaries inside one block of text. A full stop ends a sentence only when whitespace and a
 * sentence-like start follow and the word before it is not an abbreviation; decimals, URLs and e-mail
 * addresses never have whitespace after their inner full stops, so they stay whole.
 */

const TERMINATORS = '.!?…';
const CLOSERS = '"”’\')]»';
const SPACE = /[\s\u00a0\u200b]/;
/**
 * What a new sentence may start with: a capital, a digit, an opening quote, a bullet. Not a bracket: "Acme, Inc.
 * (“Acme”)" goes on, and a sentence rarely opens with one.
 */
const SENTENCE_START = /[\p{Lu}\d"“‘'•¿¡]/u;

/** Words that end with a full stop without ending the sentence (lower case, without the final stop). */
const ABBREVIATIONS = new Set(
  (
    'e.g eg i.e ie cf vs viz approx incl excl esp resp al ca min max ref refs ' +
    'art arts sec secs para paras p pp ch chap fig vol no nos nr ed eds ' +
    'mr mrs ms dr prof jr sr st mt ave blvd dept gov gen est co ' +
    'jan feb apr jun jul aug sep sept oct nov dec ' +
    'u.s u.k e.u u.s.a u.s.c n.a a.m p.m ph.d e.v'
  ).split(' '),
);
/** Abbreviations that usually precede a number ("No. 5", "Art. 28"); before anything else they end a sentence. */
const BEFORE_NUMBER = new Set(['no', 'nos', 'nr', 'art', 'arts', 'sec', 'secs', 'para', 'paras', 'p', 'pp', 'ch', 'vol', 'fig']);
/** Country abbreviations end a sentence when a typical sentence opener follows ("… in the U.S. We …"). */
const DOTTED_PLACES = new Set(['u.s', 'u.k', 'e.u', 'u.s.a']);
const OPENERS = new Set(
  'We Our The This These That Those If In For You Your It Its They Their When Where Please To As All Any Each No'.split(' '),
);

function wordBefore(text: string, from: number, stop: number): string {
  let index = stop;
  while (index > from && !SPACE.test(text[index - 1]!) && !'("“‘['.includes(text[index - 1]!)) index--;
  return text.slice(index, stop);
}

function wordAt(text: string, index: number, end: number): string {
  let stop = index;
  while (stop < end && /[\p{L}\d]/u.test(text[stop]!)) stop++;
  return text.slice(index, stop);
}

/** Words a single capital follows as a label ("Annex I.", "Type 2"), not as an initial ("John F. Kennedy"). */
const LABEL_WORDS =
  /(?:^|\s)(?:Annex|Appendix|Schedule|Exhibit|Part|Section|Article|Module|Clause|Type|Level|Tier|Option|Plan|Class|Step|Phase|Group|Category|Table|Figure|Attachment)\s+$/;

/** A letter is a character with a case; enough for initials, and far cheaper than a \p{L} pattern to compile. */
const isLetter = (char: string): boolean => char.toLowerCase() !== char.toUpperCase();

/** "e.g", "U.S", "a.m": single letters joined by full stops. */
function isDottedInitials(word: string): boolean {
  if (word.length < 3 || word.length % 2 === 0) return false;
  for (let index = 0; index < word.length; index++) {
    if (index % 2 === 1 ? word[index] !== '.' : !isLetter(word[index]!)) return false;
  }
  return true;
}

function isAbbreviation(written: string, next: string, before: string): boolean {
  // In "Swiss-U.S." or "EU/U.S." the abbreviation is the last part of the compound.
  const word = written.slice(Math.max(written.lastIndexOf('-'), written.lastIndexOf('–'), written.lastIndexOf('/')) + 1) || written;
  const lower = word.toLowerCase();
  if (DOTTED_PLACES.has(lower)) return !OPENERS.has(next);
  if (BEFORE_NUMBER.has(lower)) return /^\d/.test(next);
  if (ABBREVIATIONS.has(lower)) return true;
  if (isDottedInitials(word)) return true;
  return /^\p{Lu}$/u.test(word) && !LABEL_WORDS.test(before);
}

/** "Notice.Looking": a sentence glued to the next one without a space, as text copied from web pages often is. */
function isGluedBoundary(text: string, from: number, dot: number, end: number): boolean {
  const before = wordBefore(text, from, dot);
  if (!/\p{Ll}{3}$/u.test(before) || /[.@/:]/.test(before)) return false;
  return /^\p{Lu}\p{Ll}{2,}\b/u.test(text.slice(dot + 1, Math.min(end, dot + 30)));
}

/** Trims whitespace at both ends of [start, end). */
function trimmed(text: string, start: number, end: number): [number, number] | null {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return /[\p{L}\d]/u.test(text.slice(start, end)) ? [start, end] : null;
}

function pushTrimmed(ranges: [number, number][], text: string, start: number, end: number): void {
  const range = trimmed(text, start, end);
  if (range) ranges.push(range);
}

export function sentenceRanges(text: string, start: number, end: number): [number, number][] {
  const ranges: [number, number][] = [];
  let sentenceStart = start;
  const terminator = /[.!?…]/g;
  for (let index = start; index < end; index++) {
    // Jump to the next terminator: most characters are not one, and a loop over each is slow before it is optimised.
    terminator.lastIndex = index;
    const found = terminator.exec(text);
    if (!found || found.index >= end) break;
    index = found.index;
    const char = text[index]!;
    let after = index + 1;
    while (after < end && TERMINATORS.includes(text[after]!)) after++;
    while (after < end && CLOSERS.includes(text[after]!)) after++;
    if (after >= end) break;
    if (!SPACE.test(text[after]!)) {
      if (char === '.' && after === index + 1 && isGluedBoundary(text, sentenceStart, index, end)) {
        pushTrimmed(ranges, text, sentenceStart, after);
        sentenceStart = after;
      }
      continue;
    }
    let next = after;
    while (next < end && SPACE.test(text[next]!)) next++;
    if (next >= end || !SENTENCE_START.test(text[next]!)) continue;
    const word = wordBefore(text, sentenceStart, index);
    const before = text.slice(Math.max(sentenceStart, index - word.length - 20), index - word.length);
    if (char === '.' && after === index + 1 && isAbbreviation(word, wordAt(text, next, end), before)) continue;
    pushTrimmed(ranges, text, sentenceStart, after);
    sentenceStart = next;
    index = next - 1;
  }
  pushTrimmed(ranges, text, sentenceStart, end);
  return ranges;
}
