import type { SegmentedText, Sentence } from './segment-types';
import type { Fact } from './types';
import { LEGAL_FORM, annotationsAfter, legalEntityNames, rowName, type Annotations, type CountryOf, type NameFound } from './recipient-names';
import { COUNTRY_NAMES, REGION_NAMES } from './country-names';
import { RECIPIENT_NAME_PATTERN, recipientByAlias, type RecipientEntry } from './recipients';
import { factFrom, isNegatedBefore, leadInOf, matchesOf } from './sentence-facts';
import { selfNames } from './self-names';

export interface SubprocessorOptions {
  /** The vendor whose document this is: it and its own brands are not its sub-processors. */
  vendorName?: string | null;
  /** The vendor's own legal entity ("Kestrel Analytics Ltd"): a group company named otherwise can be a recipient. */
  vendorLegalEntity?: string | null;
  /** Reads country names next to a recipient ("Hosting, Germany"); the country gazetteer unless given. */
  countryOf?: CountryOf;
}

/** Country and region names of the country gazetteer, lower case, for cells that are a place and nothing else. */
const PLACE_BY_NAME = new Map<string, string>(
  [...Object.entries(COUNTRY_NAMES), ...Object.entries(REGION_NAMES)].flatMap(([code, names]) =>
    names.map((name) => [name.toLowerCase(), code] as const),
  ),
);

/** A cell or list part that is a country or region ("United States", "the EU"); a lookup, not a search. */
const countryOfPhrase: CountryOf = (phrase) => PLACE_BY_NAME.get(phrase.trim().replace(/^the\s+/i, '').toLowerCase()) ?? null;

/** Words that make a sentence, or its section, one about recipients of data. */
const STRONG_CUE =
  /\b(?:sub-?processors?|service providers?|(?:cloud|hosting|infrastructure|payment|AI|third[- ]party) (?:providers?|processors?|services?|gateways?)|providers?|third[- ]part(?:y|ies)|vendors?|suppliers?|partners?|recipients?|hosted|hosting|data cent(?:er|re)s?|integrat(?:es|ed|ions?) with|powered by|shar(?:e|es|ed|ing)(?!\w)[^.]{0,60}\bwith|disclos(?:e|es|ed|ure) to|transmit(?:s|ted)? to)(?!\w)/i;
const WEAK_CUE =
  /\b(?:processors?|cloud|infrastructure|servers?|stor(?:e|ed|es|ing|age)|integrat\w*|shar(?:e|es|ed|ing)|disclos\w*|transmit\w*|transfer\w*|sen[dt]s? to|pass(?:ed|es)? to|processed by|handled by|uses?|used|using|rel(?:y|ies) on|engage[sd]?|outsourc\w*|analytics|payments?|billing|gateways?|carriers?|via|through|API)(?!\w)/i;
/** Sentences that name companies for other reasons: customers, competitors, investors. */
const NOT_RECIPIENTS = /\b(?:customers?|clients?) (?:include|such as|like)(?!\w)|\btrusted by(?!\w)|\bcompetitors?(?!\w)|\binvest(?:ors?|ed)(?!\w)/i;
/** Names of ordinary words that must not be read as the company: "Meta data", "Meta tags". */
const ORDINARY_FOLLOWER = /^[\s-]?(?:data|tags?|descriptions?|information|titles?|keywords?|fields?|level|in|out)(?!\w)/i;
/** Names that are also prefixes written as words ("Meta data", "Meta tags"), capitalised mid-sentence in titles. */
const PREFIX_WORDS = new Set(['Meta']);
/** Consumer products named after a provider, which say where users get an app rather than who receives data. */
const CONSUMER_PRODUCT_AFTER = /^ (?:Play|Chrome|Maps|Store|Translate|Scholar|Pay)(?!\w)/;
/** The rest of a company's name after a known name, up to a list separator ("Intercom| R&D Unlimited Company| – …"). */
const NAME_TAIL = new RegExp(String.raw`^(?:\s+[A-Z][\w&.'’-]*){0,4}?(?:${LEGAL_FORM.source})?(?=\s*(?:\t|\|\s|[—–-]\s|:\s|\(|,\s|$))`);
const BULLET = /^\s*(?:[-–—•*·▪◦]|\d{1,2}[.)]|[a-z][.)])\s+/;
/** A recipient the list itself says belongs to the vendor's group. */
const AFFILIATE = /\b(?:affiliates?|subsidiar(?:y|ies)|group compan(?:y|ies)|intra-?group)(?!\w)/i;
/** The group company named right after its name: "(affiliate)", "— affiliate —", ", our wholly owned subsidiary". */
const AFFILIATE_MARK =
  /^\s*(?:\(\s*(?:an?\s+|our\s+)?(?:affiliate|subsidiary|group company)\s*\)|(?:\t|\s?\|\s|\s?[—–-]\s)\s*(?:affiliate|subsidiary|group company)(?!\w)|,\s+(?:our|a|an|its)\s+(?:(?:wholly[\s-]owned|indirect|direct|local|[A-Z][\w-]*)\s+){0,2}(?:subsidiary|affiliate|group company|sister company))/;
/** A group company counts as a recipient where the text says it does something with the data. */
const HANDLES_DATA =
  /\b(?:process\w*|access\w*|stor(?:e|es|ed|ing)|host\w*|handl\w*|support\w*|operat\w*|maintain\w*|receiv\w*|view\w*|query\w*)(?!\w)/i;

/** A sentence with what frames it: its section heading and, for a list item, the sentence introducing the list. */
interface InContext {
  sentence: Sentence;
  /** Heading and lead-in, or null. */
  frame: string | null;
}

function hasCue({ sentence, frame }: InContext, cue: RegExp, without: string): boolean {
  return cue.test(sentence.text.replace(without, ' ')) || (frame !== null && cue.test(frame));
}

function isSentenceStart(text: string, index: number): boolean {
  const bullet = BULLET.exec(text)?.[0].length ?? 0;
  return text.slice(bullet, index).trim() === '';
}

/** Whether a gazetteer name, where it stands, is a recipient of the data and not a word or the vendor itself. */
function isRecipientMention(item: InContext, alias: string, index: number, recipient: RecipientEntry, annotations: Annotations): boolean {
  const text = item.sentence.text;
  const after = text.slice(index + alias.length);
  if (isNegatedBefore(text, index) || CONSUMER_PRODUCT_AFTER.test(after)) return false;
  if (recipient.productNames.includes(alias)) return hasCue(item, STRONG_CUE, alias);
  if (!recipient.ordinaryWords.includes(alias)) return hasCue(item, WEAK_CUE, alias) || hasCue(item, STRONG_CUE, alias);
  if (ORDINARY_FOLLOWER.test(after)) return false;
  if (isSentenceStart(text, index)) {
    const listed = (item.frame !== null && STRONG_CUE.test(item.frame)) || annotations.countries !== undefined;
    return NAME_TAIL.test(after) && listed;
  }
  // Capitalised inside a sentence about handing data on, the word is the company ("sent to Sentry").
  if (PREFIX_WORDS.has(alias)) return hasCue(item, STRONG_CUE, alias);
  return hasCue(item, STRONG_CUE, alias) || WEAK_CUE.test(text.replace(alias, ' '));
}

/** How plainly a sentence is about recipients, to show the plainest of several mentions as evidence. */
function cueStrength({ sentence, frame }: InContext, name: string): number {
  if (STRONG_CUE.test(sentence.text.replace(name, ' '))) return 2;
  return frame !== null && STRONG_CUE.test(frame) ? 1 : 0;
}

interface Mention {
  fact: Fact;
  strength: number;
  /** Where the name, with the rest of the company's name after it, stands in its sentence. */
  index: number;
  end: number;
}

function isSelf(name: string, self: ReadonlySet<string>): boolean {
  const lower = name.toLowerCase();
  const firstWord = lower.split(/\s+/)[0] ?? lower;
  return self.has(lower) || self.has(firstWord);
}

function gazetteerMentions(item: InContext, self: ReadonlySet<string>, countryOf: CountryOf): Mention[] {
  const { sentence } = item;
  const mentions: Mention[] = [];
  for (const match of matchesOf(sentence.text, RECIPIENT_NAME_PATTERN)) {
    const alias = match[0];
    const recipient = recipientByAlias(alias);
    if (!recipient || isSelf(alias, self) || isSelf(recipient.canonical, self)) continue;
    const after = sentence.text.slice(match.index + alias.length);
    const tail = NAME_TAIL.exec(after)?.[0].length ?? 0;
    const annotations = annotationsAfter(after.slice(tail), countryOf);
    if (!isRecipientMention(item, alias, match.index, recipient, annotations)) continue;
    const fact = factFrom(sentence, 'subprocessor', alias, recipient.canonical, annotations);
    mentions.push({ fact, strength: cueStrength(item, alias), index: match.index, end: match.index + alias.length + tail });
  }
  return mentions;
}

function containsGazetteerName(name: string): boolean {
  return matchesOf(name, RECIPIENT_NAME_PATTERN).length > 0;
}

/**
 * A row "Company Ltd – Purpose – Country" is a list of recipients or group companies even where the list's heading
 * was not recognised; group companies are left out by the caller.
 */
function isCompanyRowWithPlace(text: string, row: NameFound, countryOf: CountryOf): boolean {
  return LEGAL_FORM.test(row.value) && annotationsAfter(text.slice(row.end), countryOf).countries !== undefined;
}

/** The vendor's own group company that the text names as handling data: a recipient unless it is the vendor's own entity. */
function isGroupRecipient(item: InContext, name: NameFound, vendor: VendorIdentity, inRecipientSection: boolean): boolean {
  if (!AFFILIATE_MARK.test(item.sentence.text.slice(name.end, name.end + 60)) || !LEGAL_FORM.test(name.value)) return false;
  if (vendor.legalEntity === null) return !isSelf(name.name, vendor.self);
  if (comparable(name.value) === vendor.legalEntity) return false;
  return inRecipientSection || HANDLES_DATA.test(item.sentence.text) || (item.frame !== null && HANDLES_DATA.test(item.frame));
}

const comparable = (legalName: string): string => legalName.toLowerCase().replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();

interface VendorIdentity {
  self: ReadonlySet<string>;
  /** The vendor's legal entity in comparable form, or null when the document does not give it. */
  legalEntity: string | null;
}

/** Names outside the gazetteer: rows of a sub-processor list, and companies named with their legal form. */
function patternMentions(item: InContext, vendor: VendorIdentity, countryOf: CountryOf): Mention[] {
  const { sentence } = item;
  const self = vendor.self;
  const inRecipientSection = item.frame !== null && STRONG_CUE.test(item.frame);
  const inGroupSection = sentence.heading !== null && AFFILIATE.test(sentence.heading) && !inRecipientSection;
  const candidates: { name: NameFound; row: boolean }[] = [];
  const row = rowName(sentence.text);
  if (row && (inRecipientSection || isCompanyRowWithPlace(sentence.text, row, countryOf))) candidates.push({ name: row, row: true });
  const aboutRecipients = inRecipientSection || STRONG_CUE.test(sentence.text);
  for (const name of legalEntityNames(sentence.text)) {
    const marked = AFFILIATE_MARK.test(sentence.text.slice(name.end, name.end + 60));
    if ((aboutRecipients || marked) && !candidates.some((known) => known.name.index === name.index)) candidates.push({ name, row: false });
  }
  const mentions: Mention[] = [];
  for (const { name, row: isRow } of candidates) {
    if (containsGazetteerName(name.value) || isNegatedBefore(sentence.text, name.index)) continue;
    const after = sentence.text.slice(name.end);
    const groupRecipient = isGroupRecipient(item, name, vendor, inRecipientSection);
    if (!groupRecipient && (inGroupSection || isSelf(name.name, self) || AFFILIATE.test(after.slice(0, 80)))) continue;
    const annotations = annotationsAfter(after.replace(AFFILIATE_MARK, ''), countryOf);
    // A row of a list names a recipient when it says what for or where ("Acme — Hosting — Germany"), or is nothing
    // but a company name; "Business Transfers: If we merge …" is a paragraph with a title, not a row.
    const rowSaysNothing = isRow && after.trim() !== '' && !annotations.purpose && !annotations.countries;
    if (rowSaysNothing && !LEGAL_FORM.test(name.value)) continue;
    const fact = factFrom(sentence, 'subprocessor', name.value, name.name, annotations);
    mentions.push({ fact, strength: cueStrength(item, name.value), index: name.index, end: name.end });
  }
  return mentions;
}

/**
 * "Microsoft Azure (Microsoft Ireland Operations Limited)", "Postmark (ActiveCampaign, LLC)": a company named in
 * brackets right after a recipient is that recipient's legal entity, not a recipient of its own. The other way round,
 * "Microsoft Ireland Operations Limited (Azure)" names the service in brackets: the more specific name is kept.
 */
function withoutLegalEntitiesInBrackets(text: string, mentions: Mention[]): Mention[] {
  const dropped = new Set<Mention>();
  for (const outer of mentions) {
    const bracket = /^\s*\([^()]*\)/.exec(text.slice(outer.end));
    if (!bracket) continue;
    for (const inner of mentions) {
      if (inner === outer || inner.index <= outer.end || inner.end > outer.end + bracket[0].length) continue;
      const specific = inner.fact.normalized.toLowerCase().startsWith(`${outer.fact.normalized.toLowerCase()} `);
      dropped.add(specific ? outer : inner);
      if (specific) {
        inner.fact.purpose ??= outer.fact.purpose;
        inner.fact.countries ??= outer.fact.countries;
      }
    }
  }
  return mentions.filter((mention) => !dropped.has(mention));
}

/**
 * One fact per recipient: the evidence is the mention that is most plainly about recipients (the first of those),
 * with the countries and purpose stated at any mention.
 */
function mergeByRecipient(mentions: Mention[]): Fact[] {
  const byName = new Map<string, Mention>();
  for (const mention of mentions) {
    const key = mention.fact.normalized.toLowerCase();
    const kept = byName.get(key);
    if (!kept) {
      byName.set(key, mention);
      continue;
    }
    const [best, other] = mention.strength > kept.strength ? [mention, kept] : [kept, mention];
    if (!best.fact.purpose && other.fact.purpose) best.fact.purpose = other.fact.purpose;
    const countries = [...(best.fact.countries ?? []), ...(other.fact.countries ?? [])];
    if (countries.length > 0) best.fact.countries = [...new Set(countries)];
    byName.set(key, best);
  }
  return [...byName.values()].map((mention) => mention.fact);
}

/**
 * Sub-processors and other named recipients (hosting, AI, payments, carriers, analytics). The vendor and its own
 * brands are left out: the name passed in `options.vendorName` (extract.ts passes the vendor it found) and the names
 * self-names.ts reads from the document; so are rows a list marks as affiliates.
 */
export function extractSubprocessors(document: SegmentedText, options: SubprocessorOptions = {}): Fact[] {
  const vendor: VendorIdentity = {
    self: selfNames(document, options.vendorName ?? null),
    legalEntity: options.vendorLegalEntity ? comparable(options.vendorLegalEntity) : null,
  };
  const countryOf = options.countryOf ?? countryOfPhrase;
  const mentions = document.sentences.flatMap((sentence, index) => {
    if (NOT_RECIPIENTS.test(sentence.text)) return [];
    const leadIn = leadInOf(document, index);
    const frame = [sentence.heading, leadIn?.text].filter((part) => part != null).join('\n') || null;
    const item: InContext = { sentence, frame };
    return withoutLegalEntitiesInBrackets(sentence.text, [...gazetteerMentions(item, vendor.self, countryOf), ...patternMentions(item, vendor, countryOf)]);
  });
  return mergeByRecipient(mentions);
}
