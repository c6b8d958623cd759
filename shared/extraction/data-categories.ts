import type { SegmentedText, Sentence } from './segment-types';
import { selfNames } from './self-names';
import { detectVendor } from './vendor';
import type { Fact } from './types';
import { clauseStart, factFrom, firstOfEach, matchesOf } from './sentence-facts';

export const DATA_CATEGORIES = [
  'contact',
  'identification',
  'account',
  'billing',
  'payment-card',
  'financial',
  'communications-content',
  'communications-metadata',
  'call-recordings',
  'location',
  'device-online-identifiers',
  'usage',
  'employment',
  'special-categories',
  'children',
  'biometric',
  'government-id',
  'marketing-preferences',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/**
 * The phrases documents use for each category. Phrases are specific on purpose: "cookies" alone says too little, a
 * bare "name" counts only as an item of a list, and "data location" is not location data. Some categories have
 * several patterns: V8 compiles one alternation of unlike phrases into a program several times their total size.
 */
const PHRASES: Record<DataCategory, RegExp | RegExp[]> = {
  contact:
    /\b(?:e-?mail address(?:es)?|(?:tele)?phone numbers?|mobile (?:phone )?numbers?|postal address(?:es)?|mailing address(?:es)?|home address(?:es)?|contact (?:details|information|data|lists?)|business contact)(?!\w)/gi,
  // A person's name: "your name", "customers' names", or "name" as an item of a list ("(name, e-mail address, …)",
  // "Account data: Name, …"); "company name", "domain name" and "the name of the event" are not a person's.
  identification: [
    /\b(?:full names?|first and last names?|first names?|last names?|surnames?|dates? of birth|birth ?dates?|gender|nationality|identity (?:data|information)|identification (?:data|information)|photographs? of you|job applicant)(?!\w)/gi,
    /\b(?:your|their|his or her|(?:users|customers|contacts|individuals|recipients|senders|callers|employees|visitors)['’])\s+(?:(?:full|first|given|family|legal|real)\s+)?names?(?!\w)/gi,
    /(?<=(?:^|[(:;,]|\band)\s*)names?(?=\s*(?:[,;)]|\band(?!\w)|\bor(?!\w)|$))/gi,
    // "the names and e-mail addresses of members", "the names of your contacts"
    /\bnames?(?= (?:and|or) (?:e-?mail|phone|contact|postal|job)|,? (?:e-?mail|phone)| of (?:(?:your|our|their|the) )?(?:customers?|users?|end users|contacts?|employees|staff|recipients|members|individuals|people|visitors|participants|attendees)(?!\w))/gi,
  ],
  account:
    /\b(?:(?<!bank )account (?:data|information|details|credentials|IDs?|identifiers?|names?)|customer account data|user ?names?|login credentials|log-?in (?:details|information)|passwords?|API (?:keys?|credentials)|auth(?:entication)? tokens?)(?!\w)/gi,
  billing:
    /\b(?:billing (?:data|information|details|address(?:es)?|records?|history)|invoic(?:e|ing) (?:data|details|history|information|records)|payment (?:status|history|information|details|records)|purchase history|transaction (?:history|data|records)|subscription (?:tier|plan|details|information))(?!\w)/gi,
  'payment-card':
    /\b(?:(?:credit|debit|payment|bank) card (?:numbers?|details|information|data)|credit card|debit card|card (?:details|numbers?|information|data)|cardholder data|CVV2?|CVC|primary account numbers?)(?!\w)/gi,
  financial:
    /\b(?:bank account (?:numbers?|details|information)|bank details|IBANs?|financial (?:data|information|details|records)|credit (?:history|score|reports?)|income|tax (?:identification )?numbers?)(?!\w)/gi,
  // Also what people send described by its form: "the text, images and attachments you send", "support ticket contents".
  'communications-content': [
    /\b(?:contents? of (?:(?:the|those|these|such|any|their|its|your)\s+)*(?:communications?|messages?|calls?|e-?mails?|conversations?|faxes|(?:support )?tickets?|support requests?)|(?:message|e-?mail|call|SMS|chat|conversation|ticket) (?:contents?|bod(?:y|ies)|text|transcripts?)|customer content|conversation data|messages sent and received|voicemails?|transcripts? of (?:calls|conversations))(?!\w)/gi,
    /\b(?:texts?|images?|photos?|videos?|attachments?|files?|media|voice notes|messages?)(?:(?:,|,? and|,? or) \w+(?: notes)?)* (?:that )?you (?:send|share|upload|post|exchange|receive)(?!\w)/gi,
  ],
  'communications-metadata': [
    /\b(?:call detail records?|message detail records?|CDRs?|MDRs?|detail records?|communications? metadata|(?:call|message|SMS|messaging|communications?) (?:logs?|records?|history|metadata)|traffic data|routing (?:data|information)|caller ID|delivery (?:receipts|status))(?!\w)/gi,
    /\b(?:sender|recipient|caller|callee)s?(?: and (?:sender|recipient|caller|callee)s?)? (?:numbers?|IDs?|identifiers?)(?!\w)/gi,
  ],
  'call-recordings':
    /\b(?:call recordings?|recordings? of (?:your |the )?(?:calls|conversations|meetings)|recorded (?:calls|conversations)|voice recordings?|call recording files)(?!\w)/gi,
  // Coarse location counts too: "approximate location", "a coarse location (country and region) derived from the IP".
  location:
    /\b(?:(?:precise |approximate |geographic |physical |device )?location (?:data|information)|(?:coarse|approximate|general|precise|rough|imprecise|city[- ]level|country[- ]level)\s+(?:geo-?)?location|location(?!\w)[^.;:]{0,40}\b(?:derived|inferred|determined|estimated)\s+from|geo-?location(?: data)?|GPS (?:data|coordinates|location))(?!\w)/gi,
  'device-online-identifiers':
    /\b(?:IP address(?:es)?|cookie (?:identifiers?|IDs?)|device (?:identifiers?|IDs?|tokens?|information|data)|online identifiers?|advertising (?:identifiers?|IDs?)|MAC address(?:es)?|IMEI|IMSI|browser type|user[- ]agent|operating system (?:and|version))(?!\w)/gi,
  // Also described: "event data", "we record how you use it".
  usage: [
    /\b(?:usage (?:data|information|statistics)|log (?:data|files?)|pages? (?:visited|viewed)|feature interactions?|clickstream(?: data)?|browsing (?:history|activity)|analytics data|interaction data|(?:app|product|analytics|behaviou?ral) events|event data|activity (?:data|logs?)|how you (?:use|interact with) (?:the|our)|(?:record|collect|log|track|monitor|measure|analy[sz]e|information about|data about)\s+(?:\w+\s+){0,2}?how you (?:use|interact|navigate|engage))(?!\w)/gi,
    // How people engage with e-mails a vendor sends for its customers: "which links were clicked", "open rates".
    /\b(?:links? (?:were |was |you )?clicked|click-through (?:data|rates?)|open (?:and click )?rates?|whether (?:the |an |your )?e-?mails? (?:was|were) opened|e-?mail opens)(?!\w)/gi,
  ],
  employment:
    /\b(?:job titles?|employer (?:name|information)|employment (?:history|information|details|data)|professional (?:information|details)|work history|salary|compensation data|employee (?:data|records|information))(?!\w)/gi,
  'special-categories':
    /\b(?:special categor(?:y|ies) of (?:personal )?(?:data|information)|sensitive personal (?:data|information)|health (?:data|information)|protected health information|PHI|medical (?:data|information|records)|racial or ethnic origin|political opinions|religious (?:or philosophical )?beliefs|trade union membership|genetic data|sex life|sexual orientation)(?!\w)/gi,
  children:
    /\b(?:children['’]s (?:personal )?(?:data|information)|(?:personal )?(?:data|information) (?:of|from|about) (?:children|minors)|minors['’] (?:data|information)|student data)(?!\w)/gi,
  biometric:
    /\b(?:biometric (?:data|information|identifiers?|templates?)|fingerprints?|facial (?:recognition|geometry|images?)|face ?prints?|voice ?prints?|iris scans?)(?!\w)/gi,
  'government-id':
    /\b(?:passports?(?: numbers?)?|driver['’]?s licen[cs]es?|national (?:ID|identity|identification) (?:cards?|numbers?)|social security numbers?|SSNs?|government[- ]issued (?:ID|identification|identity)|identity documents?|ID cards?)(?!\w)/gi,
  'marketing-preferences':
    /\b(?:marketing (?:preferences|choices|consents?)|(?:communication|e-?mail|newsletter) preferences|(?:e-?mail )?subscription preferences|opt-?(?:in|out) (?:status|preferences|choices))(?!\w)/gi,
};

/** Categories that a phrase names only in a sentence about communications: "timestamps" of messages, not of events. */
const IN_COMMUNICATIONS: Partial<Record<DataCategory, RegExp>> = {
  'communications-metadata': /\btime ?stamps?(?!\w)|\btimes? (?:sent|delivered|received)(?!\w)/gi,
};
const COMMUNICATIONS =
  /\b(?:messages?|messaging|SMS|MMS|e-?mails?|communications?|chats?|conversations?|faxes|(?:phone|voice|video|telephone) calls?)(?!\w)/i;

/**
 * A clause that denies collecting or receiving what follows ("we do not knowingly collect personal data from
 * minors", "our contract forbids them to send … special category data", "events without names or message content").
 * Not selling, sharing or storing data still means it passes through the service.
 */
const NOT_COLLECTED =
  /\b(?:not|never|no longer)\s+(?:\w+\s+){0,2}?(?:collect|process|request|receive|ask for|have access to|upload|submit|enter)\w*(?!\w)|\b(?:forbid|prohibit|disallow)\w*(?!\w)|\b(?:must|may|shall|should) not\s+(?:\w+\s+){0,2}?(?:send|upload|submit|provide|include|store)(?!\w)|\bnot (?:allowed|permitted)(?!\w)|\brejects?(?!\w)/i;
/** "without names, contact details or message content", but not "without limiting the above, we collect …". */
const WITHOUT = /\bwithout\s+(?!limit|prejudice|undue|delay)(?:(?!\b(?:we|you|they|is|are)(?!\w))[^;:.]){0,80}$/i;
/** "Special categories of data: none intended", "Health data – not processed": a list entry that says no. */
const ANSWERED_NO = /^\s*[:–—-]\s*(?:none|no(?!\w)|not(?!\w)|n\/a)/i;
/** "how we handle certain types of data like children's data": a pointer to a section, not a statement. */
const POINTER = /\bhow (?:we|to) (?:handle|treat|approach|deal with)(?!\w)(?:(?!\b(?:we|you)(?!\w))[^;:.]){0,80}$/i;
/** "message logs stored within your Twilio account": data another provider keeps for the user. */
const KEPT_BY_ANOTHER =
  /\b(?:stored|kept|held|saved|remains?)\s+(?:with)?in\s+your\s+(?:own\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+(?:account|workspace|instance|tenant|drive|mailbox)(?!\w)/;

/** A sentence about the vendor's or its users' data, or a section about data; not a standard's description. */
const DATA_SENTENCE = /\b(?:we|our|us|you|your|personal|customers?|users?|end users?|collect\w*|process\w*|stor(?:e|ed|es|ing)|receiv\w*|shar(?:e|ed|es|ing))(?!\w)/i;
const DATA_HEADING = /\b(?:data|information|collect\w*|process\w*)(?!\w)/i;
/** A category the document defines by name: (“Usage Data”), ("Customer Content"). */
const DEFINED_TERM = /[(“"]\s*["“]?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:Data|Content|Information)["”]/;

function isDenied(text: string, index: number, end: number, self: ReadonlySet<string>): boolean {
  const clause = clauseStart(text, index);
  const before = text.slice(clause, index);
  if (NOT_COLLECTED.test(before) || WITHOUT.test(before) || POINTER.test(before) || ANSWERED_NO.test(text.slice(end, end + 20))) return true;
  const rest = text.slice(index, end + 80).split(/[;.!?](?:\s|$)/, 1)[0]!;
  const keeper = KEPT_BY_ANOTHER.exec(rest)?.[1];
  return keeper !== undefined && !self.has(keeper.toLowerCase()) && !self.has(keeper.split(/\s+/)[0]!.toLowerCase());
}

function isAboutData(sentence: Sentence): boolean {
  if (DATA_SENTENCE.test(sentence.text) || DEFINED_TERM.test(sentence.text)) return true;
  return sentence.heading !== null && DATA_HEADING.test(sentence.heading);
}

/** The first phrase of the sentence that names the category without denying it; a category may have several patterns. */
function statedMatch(sentence: Sentence, patterns: RegExp | RegExp[], self: ReadonlySet<string>): RegExpExecArray | undefined {
  const stated = (Array.isArray(patterns) ? patterns : [patterns]).map((pattern) =>
    matchesOf(sentence.text, pattern).find((match) => !isDenied(sentence.text, match.index, match.index + match[0].length, self)),
  );
  return stated.reduce<RegExpExecArray | undefined>((first, match) => (match && (!first || match.index < first.index) ? match : first), undefined);
}

function describedInCommunications(sentence: Sentence, category: DataCategory, self: ReadonlySet<string>): RegExpExecArray | undefined {
  const described = IN_COMMUNICATIONS[category];
  const match = described && statedMatch(sentence, described, self);
  return match && COMMUNICATIONS.test(sentence.text) ? match : undefined;
}

/** Data categories the document says it collects or processes, with the phrase that names each. */
export function extractDataCategories(document: SegmentedText): Fact[] {
  const self = selfNames(document, detectVendor(document)?.name ?? null);
  const facts: Fact[] = [];
  for (const sentence of document.sentences) {
    if (!isAboutData(sentence)) continue;
    for (const category of DATA_CATEGORIES) {
      const stated = statedMatch(sentence, PHRASES[category], self) ?? describedInCommunications(sentence, category, self);
      if (stated) facts.push(factFrom(sentence, 'data_category', stated[0], category));
    }
  }
  return firstOfEach(facts);
}
