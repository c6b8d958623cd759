import { findPlaceMentions, type PlaceMention } from './place-matcher';
import { evidenceOf } from './segment';
import { isNegatedBefore } from './sentence-facts';
import type { Extractor, Sentence } from './segment-types';
import type { Fact } from './types';

/**
 * Countries and regions where the vendor says data is stored, processed, hosted, transferred or accessed, or where
 * it, its affiliates, offices or sub-processors are. A place named only for its law, its courts, its residents'
 * rights or as the origin of a transfer is not a data location.
 */

/** Words that make a sentence about where data or the vendor is. */
const LOCATION_CUE =
  /\b(?:stor(?:e|es|ed|ing|age)|host(?:s|ed|ing)?|process(?:es|ed|ing)?|transfer(?:s|red|ring)?|transmit(?:s|ted|ting)?|access(?:es|ed|ing)?|locat(?:ed|ion|ions)|based|resid(?:e|es|ency)|data[\s-]?cent(?:er|re)s?|servers?|infrastructure|facilit(?:y|ies)|offices?|headquarter(?:s|ed)?|subsidiar(?:y|ies)|affiliates?|entit(?:y|ies)|sub-?processors?|service providers?|operat(?:e|es|ed|ing)|outside|replicat(?:e|ed|ion)|back(?:ed)?[\s-]?up|cloud regions?|regions?|support (?:centers?|centres?|teams?|staff)|employees|personnel|contractors|routed?|(?:data|processing) locations?)(?!\w)/i;

/**
 * Nouns after a place that make it a legal or personal attribute rather than a location ("US laws", "EU citizens",
 * "UK federal courts", "EU data subjects"). Looked up word by word rather than as one alternation of them all, which
 * V8 compiles into a very large program.
 */
const NOT_LOCATION_WORDS = new Set(
  (
    'law laws legislation legal government governmental governments authority authorities court courts judicial ' +
    'intelligence surveillance citizen citizens resident residents national nationals person persons people consumer ' +
    'consumers individuals user users customer customers regulator regulators regulation regulations regulatory ' +
    'supervisory gdpr fadp dpf scc sccs addendum idta extension representative nsa department commission congress ' +
    'senate jurisdiction privacy ico'
  ).split(' '),
);
const NOT_LOCATION_PHRASES = new Set([
  'data subject', 'data subjects', 'personal data', 'member state', 'member states', 'data privacy framework',
  'standard contractual clauses', 'model clauses', 'national security', 'supreme court', 'data protection act',
  'data protection authority', 'data protection authorities', 'data protection commission', 'data protection commissioner',
  'data protection law', 'data protection laws', 'data protection legislation', 'information commissioner',
  'international data transfer',
]);
/** Words that may stand before such a noun: "US federal law", "EU public authorities". */
const ATTRIBUTE_PREFIXES = new Set(['federal', 'national', 'state', 'public']);
/** The words right after a place, on the same side of a tab: a table's next cell is another column. */
const FOLLOWING_WORDS = /^(?:['’]s)?(?:[^\S\t]|-)*([a-z]+(?:[^\S\t]+[a-z]+){0,3})/i;

function isLegalAttribute(after: string): boolean {
  const words = FOLLOWING_WORDS.exec(after)?.[1]!.toLowerCase().split(/\s+/) ?? [];
  const readings = ATTRIBUTE_PREFIXES.has(words[0] ?? '') ? [words, words.slice(1)] : [words];
  return readings.some(
    (reading) =>
      NOT_LOCATION_WORDS.has(reading[0] ?? '') ||
      NOT_LOCATION_PHRASES.has(reading.slice(0, 2).join(' ')) ||
      NOT_LOCATION_PHRASES.has(reading.slice(0, 3).join(' ')),
  );
}

/** "Regulation (EU) 2016/679", "Implementing Decision (EU) 2021/914": a citation of a legal act, not a place. */
const LEGAL_ACT_AFTER = /^\)?\s*(?:No\.?\s*)?\d{2,4}\/\d+/;

/** Words before a place that make it a legal or personal attribute ("laws of Ireland", "residents of California"). */
const NOT_LOCATION_BEFORE =
  /(?:\b(?:laws?|courts?|government|authorit(?:y|ies)|jurisdiction|legislation|residents|citizens|nationals|individuals|consumers|users|customers|visitors|people|persons|data subjects|regulators|representatives?)\s+(?:(?:located|residing|based|who\s+are)\s+)?(?:of|in|from)\s+(?:the\s+)?(?:State\s+of\s+)?|\b(?:you|users?|visitors?|individuals?)\s+(?:are\s+|were\s+)?(?:(?:located|based|resident|residing|reside|resides|live|lives|living)\s+)?(?:in|outside(?:\s+of)?)\s+(?:the\s+)?|\bnon-|\b(?:jurisdictions?|countries),?\s+(?:like|such\s+as|including)\s+(?:the\s+)?|\b(?:laws?|regulations?|legislation|requirements)\s+)$/i;

/**
 * The people or businesses a place is where they are, not where their data goes: "customers established in the
 * EEA", "users located outside the UK", "clients based in the EU".
 */
const PARTY_BEFORE =
  /\b(?:customers?|clients?|end[\s-]users|data exporters?|controllers?|organi[sz]ations|businesses|companies|merchants|subscribers|account holders)\s+(?:(?:who|that)\s+)?(?:(?:are|is|were|may\s+be)\s+)?(?:(?:located|based|established|resident|residing|domiciled|operating)\s+)?(?:in|within|outside(?:\s+of)?)\s+(?:the\s+)?$/i;

/**
 * "Outside the EEA" says data leaves a place without saying where it goes, unless the clause denies it ("no data
 * is stored outside the UK and Ireland").
 */
const OUTSIDE_BEFORE = /\boutside(?:\s+of)?\s+(?:the\s+)?$/i;
/** A place named as the reason in a table cell ("not applicable (EU)"), or as the law a text is adapted for. */
const REASON_BEFORE = /(?:\b(?:not applicable|n\/a|none|not required)\s*\(\s*|\b(?:adapt\w*|amend\w*|modif\w*|required|specific|applicable|supplement\w*|addend(?:um|a)|version)\s+for\s+(?:the\s+)?)$/i;
/** "RelayWave is not a US electronic communication service provider": a place denied as an attribute. */
const DENIED_BEFORE = /\bnot\s+an?\s+$/i;
/** A region that names the scope of an office or role: "our EEA headquarters", "our EU representative". */
const REGION_ROLE_AFTER = /^\s+(?:headquarters|head\s+office|HQ|main\s+establishment|representative)(?!\w)/i;

/** A transfer *from* a place names where data comes from, not where it goes ("transfers from the EEA to the US"). */
const ORIGIN_BEFORE = /\b(?:from|originat(?:es|ing)\s+(?:in|from))\s+(?:the\s+)?$/i;
const TRANSFER_WORDS = /\b(?:transfer|originat|export)/i;
const ACCESS_WORDS = /\baccess/i;

const WORLDWIDE =
  /\b(?:(?:around|across)\s+the\s+(?:world|globe)|anywhere\s+in\s+the\s+world|(?:world|globe)-?wide(?=\t|\s*(?:[.,;:)|]|$|and(?!\w)|or(?!\w))|\s+(?:may|can|will|are|is|have|who|that|to)(?!\w)))/gi;
/** "Customers worldwide", "support worldwide": the market served, not a place where data is. */
const MARKET_BEFORE =
  /\b(?:customers?|users?|clients?|businesses|compan(?:y|ies)|organi[sz]ations|consumers|people|individuals|support|services?|sales|marketing|brands?)\s+(?:(?:are|is)\s+)?(?:(?:located|based|established|found)\s+)?$/i;

/** Consecutive places separated only by commas and conjunctions: one list, read in one context. */
const LIST_GAP = /^(?:[\s,;/&()"“”]|\band\/or(?!\w)|\band(?!\w)|\bor(?!\w)|\bthe(?!\w)|\bas well as(?!\w))*$/i;

function groups(text: string, mentions: PlaceMention[]): PlaceMention[][] {
  const result: PlaceMention[][] = [];
  for (const mention of mentions) {
    const last = result[result.length - 1];
    const previous = last?.[last.length - 1];
    if (last && previous && LIST_GAP.test(text.slice(previous.end, mention.start))) last.push(mention);
    else result.push([mention]);
  }
  return result;
}

function worldwideMentions(text: string): PlaceMention[] {
  const mentions = [...text.matchAll(WORLDWIDE)].filter((match) => !MARKET_BEFORE.test(text.slice(Math.max(0, match.index - 50), match.index)));
  return mentions.map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    value: match[0],
    code: 'WORLDWIDE',
    region: true,
  }));
}

function isDataLocation(text: string, group: PlaceMention[]): boolean {
  const first = group[0]!;
  const before = text.slice(Math.max(0, first.start - 80), first.start);
  if (NOT_LOCATION_BEFORE.test(before) || PARTY_BEFORE.test(before) || REASON_BEFORE.test(before) || DENIED_BEFORE.test(before)) return false;
  if (OUTSIDE_BEFORE.test(before) && !isNegatedBefore(text, first.start - (before.length - before.search(OUTSIDE_BEFORE)))) return false;
  for (const mention of group) {
    const after = text.slice(mention.end, mention.end + 40);
    if ((mention.region && REGION_ROLE_AFTER.test(after)) || isLegalAttribute(after) || LEGAL_ACT_AFTER.test(after)) return false;
  }
  const origin = ORIGIN_BEFORE.test(before) && TRANSFER_WORDS.test(text) && !ACCESS_WORDS.test(text);
  return !origin;
}

/** A table row or list item without a verb ("Customer support USA, Canada") takes its meaning from its lead-in. */
const CLAUSE_WORD = /\b(?:is|are|was|were|be|been|will|may|can|shall|we|our|you|your|has|have|do|does)(?!\w)/i;
const MAX_LEAD_IN_DISTANCE = 12;

function hasLocationCue(sentences: Sentence[], index: number): boolean {
  const sentence = sentences[index]!;
  if (LOCATION_CUE.test(sentence.text) || (sentence.heading !== null && LOCATION_CUE.test(sentence.heading))) return true;
  if (CLAUSE_WORD.test(sentence.text)) return false;
  for (let back = index - 1; back >= Math.max(0, index - MAX_LEAD_IN_DISTANCE); back--) {
    const previous = sentences[back]!;
    if (previous.heading !== sentence.heading) return false;
    if (CLAUSE_WORD.test(previous.text) || back === index - MAX_LEAD_IN_DISTANCE) return LOCATION_CUE.test(previous.text);
  }
  return false;
}

/** Data locations named in one sentence, each code once, in order of appearance. */
export function dataLocationsIn(text: string): PlaceMention[] {
  const mentions = [...findPlaceMentions(text), ...worldwideMentions(text)].sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const kept: PlaceMention[] = [];
  for (const group of groups(text, mentions)) {
    if (!isDataLocation(text, group)) continue;
    for (const mention of group) {
      if (seen.has(mention.code)) continue;
      seen.add(mention.code);
      kept.push(mention);
    }
  }
  return kept;
}

export const extractCountries: Extractor = (document) => {
  const facts: Fact[] = [];
  document.sentences.forEach((sentence, index) => {
    const mentions = dataLocationsIn(sentence.text);
    if (mentions.length === 0 || !hasLocationCue(document.sentences, index)) return;
    for (const mention of mentions) {
      facts.push({ type: 'country', value: mention.value, normalized: mention.code, evidence: evidenceOf(sentence) });
    }
  });
  return facts;
};
