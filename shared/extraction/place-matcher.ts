import { isCountryCode } from '../domain/countries';
import { AMBIGUOUS_NAMES, COUNTRY_ADJECTIVES, COUNTRY_NAMES, NOT_PLACES, REGION_NAMES } from './country-names';

/** A country or region named in a text: `code` is an ISO alpha-2 code or a Region. */
export interface PlaceMention {
  start: number;
  end: number;
  value: string;
  code: string;
  region: boolean;
}

interface Entry {
  code: string | null;
  region: boolean;
  adjective: boolean;
  ambiguous: boolean;
}

/**
 * What a nationality adjective must describe to name a place, right after it or after one more word: "German data
 * centres", "an Irish entity", "US-based", "American cloud providers". A word lookup, not one large alternation.
 */
const LOCATION_NOUNS = new Set(
  (
    'server servers cloud hosting hosted infrastructure facility facilities region entity entities subsidiary ' +
    'subsidiaries affiliate affiliates parent company companies corporation office offices headquarters provider ' +
    'providers subprocessor subprocessors processor processors vendor vendors supplier suppliers support team teams ' +
    'staff employees personnel engineers operations soil territory location locations site sites premises based ' +
    'datacenter datacenters datacentre datacentres'
  ).split(' '),
);
const WORDS_AFTER = /^[\s-]+([a-z]+(?:[\s-]+[a-z]+){0,2})/;

function isLocationNounAt(words: string[], index: number): boolean {
  const word = words[index] ?? '';
  return LOCATION_NOUNS.has(word) || (word === 'data' && /^cent(?:er|re)s?$/.test(words[index + 1] ?? ''));
}

function describesLocation(after: string): boolean {
  const words = WORDS_AFTER.exec(after)?.[1]!.split(/[\s-]+/) ?? [];
  return isLocationNounAt(words, 0) || isLocationNounAt(words, 1);
}
const LIST_GAP = /^(?:[\s,;/&()"“”]|\band\/or(?!\w)|\band(?!\w)|\bor(?!\w)|\bthe(?!\w)|\bas well as(?!\w))*$/;
const PLACE_PREPOSITION = /\b(?:in|to|from|into|within|throughout|across)\s+(?:the\s+)?$/;
/** "Georgia" is as often the US state: only a list of other countries makes it the country. */
const LIST_ONLY = new Set(['Georgia']);

function buildLexicon(): Map<string, Entry> {
  const lexicon = new Map<string, Entry>();
  const add = (phrase: string, entry: Entry): void => {
    if (lexicon.has(phrase)) return;
    lexicon.set(phrase, entry);
    // Headings and contract clauses are sometimes set in capitals; short upper-case forms ("US") are already there.
    const upper = phrase.toUpperCase();
    if (phrase.length >= 4 && upper !== phrase && !lexicon.has(upper)) lexicon.set(upper, entry);
  };
  for (const phrase of NOT_PLACES) add(phrase, { code: null, region: false, adjective: false, ambiguous: false });
  for (const [code, names] of Object.entries(COUNTRY_NAMES)) {
    if (!isCountryCode(code)) throw new Error(`Not an ISO 3166-1 code: ${code}`);
    for (const name of names) add(name, { code, region: false, adjective: false, ambiguous: AMBIGUOUS_NAMES.has(name) });
  }
  for (const [code, names] of Object.entries(REGION_NAMES)) {
    for (const name of names) add(name, { code, region: true, adjective: false, ambiguous: false });
  }
  for (const [code, adjectives] of Object.entries(COUNTRY_ADJECTIVES)) {
    for (const adjective of adjectives) add(adjective, { code, region: false, adjective: true, ambiguous: false });
  }
  return lexicon;
}

/**
 * The lexicon as a trie of tokens (runs of letters and digits, or single other characters), so that one pass over
 * the text finds the longest name at each word; a key starts with a space when the name has one before the token.
 * A single regular expression of all the names is far slower in V8 once it holds several hundred alternatives.
 */
interface TrieNode {
  next: Map<string, TrieNode>;
  entry: Entry | null;
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

function tokensOf(text: string): { key: string; start: number; end: number }[] {
  const tokens: { key: string; start: number; end: number }[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(TOKEN)) {
    const spaced = previousEnd >= 0 && match.index > previousEnd;
    tokens.push({ key: (spaced ? ' ' : '') + match[0], start: match.index, end: match.index + match[0].length });
    previousEnd = match.index + match[0].length;
  }
  return tokens;
}

function buildTrie(lexicon: Map<string, Entry>): TrieNode {
  const root: TrieNode = { next: new Map(), entry: null };
  for (const [phrase, entry] of lexicon) {
    let node = root;
    tokensOf(phrase).forEach((token, index) => {
      const key = index === 0 ? token.key.trimStart() : token.key;
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), entry: null }));
      node = child;
    });
    node.entry ??= entry;
  }
  return root;
}

const TRIE = buildTrie(buildLexicon());

/** Every name in the lexicon starts with a capital: only tokens that do can start a match. */
const CAPITAL_AT_TOKEN_START = /(?<![\p{L}\p{N}])\p{Lu}/gu;
const TOKEN_AT = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/uy;
const SPACES_AT = /\s*/y;

/** The trie key of the token after `from`: ' ' before it when spaces come first, as buildTrie writes it. */
function tokenAfter(text: string, from: number): { key: string; end: number } | null {
  SPACES_AT.lastIndex = from;
  const start = from + SPACES_AT.exec(text)![0].length;
  TOKEN_AT.lastIndex = start;
  const token = TOKEN_AT.exec(text);
  return token ? { key: (start > from ? ' ' : '') + token[0], end: start + token[0].length } : null;
}

/**
 * The longest lexicon phrases in the text, left to right, without overlaps. The text is read token by token only
 * from capitals on, rather than cut into tokens as a whole.
 */
function lexiconMatches(text: string): { start: number; end: number; entry: Entry }[] {
  const matches: { start: number; end: number; entry: Entry }[] = [];
  CAPITAL_AT_TOKEN_START.lastIndex = 0;
  for (let capital = CAPITAL_AT_TOKEN_START.exec(text); capital; capital = CAPITAL_AT_TOKEN_START.exec(text)) {
    const first = tokenAfter(text, capital.index)!;
    let node = TRIE.next.get(first.key);
    let longest: { end: number; entry: Entry } | null = null;
    let end = first.end;
    while (node) {
      if (node.entry) longest = { end, entry: node.entry };
      const next = tokenAfter(text, end);
      node = next ? node.next.get(next.key) : undefined;
      if (next) end = next.end;
    }
    if (!longest) continue;
    matches.push({ start: capital.index, end: longest.end, entry: longest.entry });
    CAPITAL_AT_TOKEN_START.lastIndex = longest.end;
  }
  return matches;
}

function isListed(text: string, mention: PlaceMention, others: PlaceMention[]): boolean {
  return others.some((other) => {
    if (other === mention) return false;
    const gap = other.end <= mention.start ? text.slice(other.end, mention.start) : text.slice(mention.end, other.start);
    return (other.end <= mention.start || mention.end <= other.start) && gap.length <= 12 && LIST_GAP.test(gap);
  });
}

/**
 * Every country and region named in `text`, with institution and law names ("Court of Justice of the European
 * Union", "EU-U.S. Data Privacy Framework") left out. Says nothing about whether data is there: see countries.ts.
 */
export function findPlaceMentions(text: string): PlaceMention[] {
  const found: { mention: PlaceMention; entry: Entry }[] = [];
  for (const { start, end, entry } of lexiconMatches(text)) {
    if (!entry.code) continue;
    if (entry.adjective && !describesLocation(text.slice(end, end + 40))) continue;
    found.push({ mention: { start, end, value: text.slice(start, end), code: entry.code, region: entry.region }, entry });
  }
  const plain = found.filter(({ entry }) => !entry.ambiguous).map(({ mention }) => mention);
  return found
    .filter(({ mention, entry }) => {
      if (!entry.ambiguous) return true;
      if (isListed(text, mention, plain)) return true;
      if (LIST_ONLY.has(mention.value)) return false;
      const followedByName = /^\s+\p{Lu}/u.test(text.slice(mention.end, mention.end + 3));
      return PLACE_PREPOSITION.test(text.slice(Math.max(0, mention.start - 20), mention.start)) && !followedByName;
    })
    .map(({ mention }) => mention);
}
