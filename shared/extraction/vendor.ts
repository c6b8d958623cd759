import { COUNTRY_NAMES } from './country-names';
import { evidenceOf } from './segment';
import type { SegmentedText, Sentence } from './segment-types';
import type { ExtractedVendor } from './types';

/**
 * The vendor a document speaks for: the capitalised name it uses most as the subject of its own statements
 * ("Twilio processes…", "Telnyx commits…"), with a strong preference for the name it defines as "we".
 */

const NAME = String.raw`\p{Lu}[\p{L}\d]*(?:[-&][\p{L}\d]+)*`;
const CANDIDATE = new RegExp(String.raw`(?<![\p{L}\d@./-])${NAME}(?![\p{L}\d@-]|\.[\p{L}\d])`, 'gu');

/** Capitalised words that are not brand names: sentence openers, headings, laws, document words. */
const NOT_NAMES = new Set(
  (
    'We Our Ours Us The This That These Those You Your If When Where What Which Who Whom How Why For In To As At By On ' +
    'Of From With Without And Or But Any All Each Every Some Such It Its They Their Them There Here Please Yes No Not ' +
    'Further Furthermore However Also Additionally Therefore Instead Today Now Then Once While Whenever Unless Although ' +
    'Data Personal Privacy Policy Statement Notice Customer Customers Client Clients Services Service Product Products ' +
    'Account Content Usage Security Section Step Part Legal Terms Agreement Addendum Information Contact Contacts ' +
    'Processing Processor Processors Controller Controllers Subprocessors Sub-processors Company Team Support Sales ' +
    'Standard Contractual Clauses Binding Corporate Rules European American Commission Court Executive Order Act ' +
    'Board Union Regulation Framework Shield Last Updated Published Coming Learn Compliance Europe Welcome Overview ' +
    'Introduction Summary Annex Appendix Schedule Exhibit Article Chapter Table Note Example Important Q A ' +
    'January February March April May June July August September October November December Monday Tuesday ' +
    'Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Dr Inc Ltd LLC GmbH Limited Corporation Group Holdings ' +
    'Platform App Apps Website Site Portal Documentation Docs Cookies Cookie Rights Children Changes Retention ' +
    'Transfers Transfer International Third-Party Third Parties Party Partners Vendors Vendor Users User End Dear Hi ' +
    'Read View See Click Visit Check Review Email E-mail Phone Address Name Names Message Messages Messaging Voice ' +
    'Encryption Access Deletion Portability Objection Rectification Opt-in Opt-out Reply Depending Broadly Interested ' +
    'Looking Details Regarding Whenever Whether Holders Most Many Both Either Neither Other Another Several'
  ).split(' '),
);
const PLACE_WORDS = new Set(Object.values(COUNTRY_NAMES).flat());

/** "Qliento (“we”, “us”)", "Zoom Video Communications, Inc. (“Zoom”, “we”)": the party the document calls "we". */
const QUOTED_NAME = String.raw`(?:the\s+)?["“'‘]([^"”'’()]{1,40})["”'’]`;
const WE_PARENTHESIS = new RegExp(
  String.raw`\(\s*(?:together\s+with\s+[^)]{0,40}?|collectively\s+|hereinafter\s+|referred\s+to\s+as\s+)*(?:${QUOTED_NAME}\s*,?\s*(?:or\s+|and\s+)?)?(?:the\s+)?["“'‘]?(?:we|us|our|Company|Provider|Supplier)\b`,
  'g',
);
/** The capitalised words just before the parenthesis: "Acme Cloud GmbH", "At TelBuddy". */
const NAME_BEFORE = new RegExp(String.raw`((?:${NAME}[\s,]+){0,4}?(?:${NAME}|Inc\.|Ltd\.))\s*$`, 'u');
const TITLE = /\b(?:privacy|data protection|cookie|security)\s+(?:policy|statement|notice|center|centre|whitepaper)\b|\bdata processing (?:agreement|addendum)\b|\bsub-?processors?\b|\btrust center\b/i;
const SUBJECT_VERB = /^(?:['’]s\s+)?\s*(?:is|are|was|has|will|may|can|shall|must|does|did|might|would|could|uses|processes|collects|stores|offers|provides|commits|operates|relies|employs|understands|continues|follows|considers|shares|acts|takes|maintains|keeps|retains|receives|transfers|hosts|protects|complies|ensures|requires|encrypts|also|only|never|respects|works|helps|believes|partners|participates)\b/;
const LEGAL_SUFFIX = String.raw`(?:Inc\.?|Incorporated|L\.L\.C\.|LLC|LLP|L\.P\.|Ltd\.?|Limited|GmbH(?: & Co\. KG)?|AG|SE|S\.A\.S\.|SAS|S\.A\.|SA|S\.p\.A\.|B\.V\.|BV|N\.V\.|NV|Corp\.?|Corporation|PLC|plc|Pty\.? Ltd\.?|Pte\.? Ltd\.?|Oy|AB|A/S|ApS|S\.r\.l\.|Srl|SRL|S\.L\.|SARL|S\.à r\.l\.|K\.K\.|Co\.,? Ltd\.?|ULC|UG|KG|DAC|Unlimited Company)`;
const MIN_SCORE = 2;
/** "Acme Cloud GmbH", "Zoom Video Communications, Inc.": a name followed by a legal form is a company's name. */
const LEGAL_FORM_AFTER = new RegExp(String.raw`^(?:[\s,]+${NAME}){0,2},?\s+${LEGAL_SUFFIX}(?![\p{L}\d])`, 'u');

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function isCandidate(word: string): boolean {
  if (NOT_NAMES.has(word) || PLACE_WORDS.has(word) || word.length < 2 || !/^\p{Lu}/u.test(word)) return false;
  // Acronyms (GDPR, API, DPA) are far more often laws and technical terms than the vendor.
  return !/^[\p{Lu}\d&-]+$/u.test(word);
}

function scoreCandidates(document: SegmentedText, aliases: { name: string }[]): Map<string, number> {
  const scores = new Map<string, number>();
  const add = (name: string, points: number): void => void scores.set(name, (scores.get(name) ?? 0) + points);
  document.sentences.forEach((sentence, index) => {
    const titled = index < 3 && TITLE.test(sentence.text);
    for (const match of sentence.text.matchAll(CANDIDATE)) {
      const word = match[0];
      if (!isCandidate(word)) continue;
      const after = sentence.text.slice(match.index + word.length, match.index + word.length + 40);
      const subject = SUBJECT_VERB.test(after) ? 1 : 0;
      const possessive = /^['’]s\b/.test(after) ? 0.5 : 0;
      const incorporated = LEGAL_FORM_AFTER.test(after) ? 2 : 0;
      add(word, 0.25 + subject + possessive + incorporated + (titled ? 2 : 0));
    }
  });
  const headings = new Set(document.sentences.map((sentence) => sentence.heading).filter((heading) => heading !== null));
  for (const heading of headings) {
    if (!TITLE.test(heading)) continue;
    for (const match of heading.matchAll(CANDIDATE)) if (isCandidate(match[0])) add(match[0], 2);
  }
  for (const alias of aliases) add(alias.name, 20);
  return scores;
}

function aliasDefinitions(source: string): { name: string; index: number }[] {
  const aliases: { name: string; index: number }[] = [];
  for (const match of source.matchAll(WE_PARENTHESIS)) {
    const quoted = (match[1] ?? '').split(/\s+/).find(isCandidate);
    const before = source.slice(Math.max(0, match.index - 120), match.index);
    const chunk = NAME_BEFORE.exec(before);
    const name = quoted ?? (chunk?.[1] ?? '').split(/[\s,]+/).find(isCandidate);
    if (!name) continue;
    const named = source.lastIndexOf(name, match.index + match[0].length);
    aliases.push({ name, index: named >= 0 ? named : match.index });
  }
  return aliases;
}

function sentenceAt(document: SegmentedText, offset: number): Sentence | undefined {
  return document.sentences.find((sentence) => sentence.start <= offset && offset < sentence.end);
}

/** The legal entity with the fewest words between the name and its suffix ("Twilio Inc." before "Twilio Ireland Limited"). */
function legalEntity(document: SegmentedText, name: string): { text: string; index: number } | null {
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\d])${escape(name)}((?:[\s,]+(?:${NAME}|of|and|&)){0,3}?),?\s+${LEGAL_SUFFIX}(?![\p{L}\d])`,
    'gu',
  );
  let best: { text: string; index: number; words: number } | null = null;
  for (const match of document.source.matchAll(pattern)) {
    const words = (match[1] ?? '').split(/[\s,]+/).filter(Boolean).length;
    if (!best || words < best.words) best = { text: match[0], index: match.index, words };
  }
  return best && { text: best.text, index: best.index };
}

/** Several extractors need the vendor of the same document; it is found once per segmented text. */
const detected = new WeakMap<SegmentedText, ExtractedVendor | null>();

export function detectVendor(document: SegmentedText): ExtractedVendor | null {
  if (!detected.has(document)) detected.set(document, findVendor(document));
  return detected.get(document) ?? null;
}

const TRADING_AS = /(?:d\/b\/a|\bdba|doing\s+business\s+as|trading\s+as|t\/a)\s/i;

/** "The Rocket Science Group LLC d/b/a Mailchimp": the legal entity trading under the name. */
function tradingEntity(document: SegmentedText, name: string): { text: string; index: number } | null {
  if (!TRADING_AS.test(document.source)) return null;
  const pattern = new RegExp(
    String.raw`((?:${NAME}[\s,]+){1,5}?${LEGAL_SUFFIX})\s*,?\s*\(?(?:d\/b\/a|dba|doing\s+business\s+as|trading\s+as|t\/a)\s+${escape(name)}(?![\p{L}\d])`,
    'u',
  );
  const match = pattern.exec(document.source);
  return match?.[1] ? { text: match[1], index: match.index } : null;
}

function findVendor(document: SegmentedText): ExtractedVendor | null {
  const aliases = aliasDefinitions(document.source);
  const ranked = [...scoreCandidates(document, aliases)].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (!top || top[1] < MIN_SCORE) return null;
  const name = top[0];
  const entity = legalEntity(document, name) ?? tradingEntity(document, name);
  const alias = aliases.find((definition) => definition.name === name);
  const named = new RegExp(String.raw`(?<![\p{L}\d])${escape(name)}(?![\p{L}\d])`, 'u');
  const asSubject = new RegExp(`${named.source}(?=${SUBJECT_VERB.source.slice(1)})`, 'u');
  const evidenceSentence =
    (entity && sentenceAt(document, entity.index)) ??
    (alias && sentenceAt(document, alias.index)) ??
    document.sentences.find((sentence) => asSubject.test(sentence.text)) ??
    document.sentences.find((sentence) => named.test(sentence.text));
  return {
    name,
    legalEntity: entity?.text ?? null,
    evidence: evidenceSentence ? evidenceOf(evidenceSentence) : null,
  };
}
