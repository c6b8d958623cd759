import type { SegmentedText } from './segment-types';
import { RECIPIENT_NAME_PATTERN, recipientByAlias } from './recipients';

const NAME = String.raw`([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}?)`;
const TITLE = new RegExp(
  String.raw`^\s*(?:The\s+)?${NAME}(?:['’]s)?\s+(?:Global\s+)?(?:Privacy|Data Protection|Cookie|Data Processing)\s+(?:Policy|Statement|Notice|Addendum|Agreement)(?!\w)`,
  'g',
);
/** The same title set in capitals: "THE TWILIO PRIVACY STATEMENT". */
const CAPITALISED_TITLE = /\b([A-Z][A-Z0-9&.'’-]+)(?:['’]S)?\s+(?:PRIVACY|DATA PROTECTION|COOKIE)\s+(?:POLICY|STATEMENT|NOTICE)(?!\w)/g;
/** An opening that introduces the author: "Twilio is a cloud communications platform that …". */
const INTRODUCED = new RegExp(
  String.raw`^${NAME}(?:,? (?:Inc\.|LLC|Ltd\.?))? is an? (?:[\w-]+\s+){0,6}?(?:platform|company|provider|service|business|application|app|software|solution)(?!\w)`,
  'g',
);
const DEFINED_AS_WE = new RegExp(
  String.raw`${NAME}\s*\(\s*(?:together with [\w\s]{1,40}?,?\s*)?(?:collectively\s*,?\s*)?(?:the\s+)?(?:["“”'‘][\w\s]{1,30}["“”'‘],?\s*(?:or\s+|and\s+)?)?["“”'‘](?:[Ww]e|[Uu]s|[Oo]ur)(?!\w)`,
  'g',
);
const OWN_BRAND = new RegExp(
  String.raw`\bour\s+${NAME}\s+(?:products?|services?|brands?|business(?:es)?|offerings?|solutions?)(?!\w)`,
  'g',
);
const OWN_GROUP = new RegExp(
  String.raw`\b(?:our|other)\s+${NAME}\s+(?:companies|entities|affiliates|subsidiaries|group companies)(?!\w)|\bthe\s+${NAME}\s+(?:family|group)(?!\w)|\b${NAME}\s+group companies(?!\w)`,
  'g',
);
/** The author introducing its own list: "Vidyo Communications uses the following sub-processors". */
const USES_SUBPROCESSORS = new RegExp(
  String.raw`^${NAME}(?:,? (?:Inc\.|LLC|Ltd\.?))?\s+(?:uses|engages|may engage|relies on|works with)\s+(?:the following\s+)?(?:third[- ]party\s+)?(?:sub-?processors|service providers)(?!\w)`,
  'g',
);
const LEGAL_FORM = /,?\s+(?:Inc\.?|LLC|Ltd\.?|Limited|GmbH|AG|B\.V\.|S\.A\.|Corp\.?|Corporation|PLC|plc)$/;

/** Title lines come first; later sentences may name another company's policy ("the Twilio Privacy Policy"). */
const TITLE_WINDOW = 8;
const OPENING_LINES = 12;
/** A name the document uses this often, and far more than any other, as the subject of its sentences is its author. */
const DOMINANT_MENTIONS = 5;
const DOMINANT_SUBJECT_SENTENCES = 2;

/** Words a title may start with that are not a name ("Our Privacy Policy", "THIS PRIVACY NOTICE"). */
const NOT_NAMES = new Set(['the', 'our', 'this', 'of', 'your', 'a', 'an', 'global', 'website', 'online', 'general', 'customer']);

function addName(names: Set<string>, name: string): void {
  const bare = name.replace(/[\s,.;:]+$/, '').replace(LEGAL_FORM, '').replace(/^(?:At|The)\s+/, '').trim();
  if (bare.length < 2 || NOT_NAMES.has(bare.toLowerCase()) || NOT_NAMES.has(bare.split(/\s+/)[0]!.toLowerCase())) return;
  names.add(bare.toLowerCase());
  names.add((bare.split(/\s+/)[0] ?? bare).toLowerCase());
}

function addAll(names: Set<string>, text: string, pattern: RegExp): void {
  for (const match of text.matchAll(pattern)) {
    const name = match.slice(1).find((group) => group !== undefined);
    if (name) addName(names, name);
  }
}

/**
 * The provider the document is by when it never says so in a title or a definition of "we": a gazetteer name
 * that outnumbers every other one and starts sentences as their subject ("Telnyx commits to …").
 */
function dominantProvider(document: SegmentedText): string | null {
  const counts = new Map<string, number>();
  for (const match of document.source.matchAll(RECIPIENT_NAME_PATTERN)) {
    const canonical = recipientByAlias(match[0])?.canonical;
    if (canonical) counts.set(canonical, (counts.get(canonical) ?? 0) + 1);
  }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < DOMINANT_MENTIONS || (second && first[1] < 3 * second[1])) return null;
  const asSubject = new RegExp(`^${first[0]}(?:['’]s\\s+\\w+)?\\s+[a-z]`);
  const subjectSentences = document.sentences.filter((sentence) => asSubject.test(sentence.text)).length;
  return subjectSentences >= DOMINANT_SUBJECT_SENTENCES ? first[0] : null;
}

/** Several extractors ask for the same document's names: they are read once per segmented text and vendor. */
const computed = new WeakMap<SegmentedText, Map<string, ReadonlySet<string>>>();

/**
 * Names under which the document speaks of its own author, lower case: the vendor name given, the name in the
 * title ("Twilio Privacy Statement"), the party defined as "we" ("Qliento (“we”, “us”)"), brands and group
 * companies it calls its own ("our SendGrid products", "other Telnyx companies"), else its dominant name.
 */
export function selfNames(document: SegmentedText, vendorName: string | null): ReadonlySet<string> {
  const byVendor = computed.get(document) ?? new Map<string, ReadonlySet<string>>();
  computed.set(document, byVendor);
  const known = byVendor.get(vendorName ?? '');
  if (known) return known;
  const names = findSelfNames(document, vendorName);
  byVendor.set(vendorName ?? '', names);
  return names;
}

function findSelfNames(document: SegmentedText, vendorName: string | null): Set<string> {
  const names = new Set<string>();
  if (vendorName) addName(names, vendorName);
  const opening = document.sentences.slice(0, TITLE_WINDOW);
  const openingLines = document.source.split(/\r?\n/, OPENING_LINES * 4).filter((line) => line.trim() !== '').slice(0, OPENING_LINES);
  const titles = new Set([...openingLines, ...opening.map((sentence) => sentence.text)]);
  for (const title of titles) {
    addAll(names, title.trim(), TITLE);
    addAll(names, title, CAPITALISED_TITLE);
  }
  for (const sentence of opening.slice(0, 3)) addAll(names, sentence.text, INTRODUCED);
  for (const sentence of document.sentences) {
    addAll(names, sentence.text, DEFINED_AS_WE);
    addAll(names, sentence.text, USES_SUBPROCESSORS);
  }
  const identified = names.size > 0;
  for (const sentence of document.sentences) {
    addAll(names, sentence.text, OWN_BRAND);
    addAll(names, sentence.text, OWN_GROUP);
  }
  const dominant = identified ? null : dominantProvider(document);
  if (dominant) addName(names, dominant);
  return names;
}
