import { evidenceOf } from './segment';
import type { Extractor, SegmentedText } from './segment-types';
import type { Fact } from './types';
import { selfNames } from './self-names';
import { detectVendor } from './vendor';

/**
 * The roles the vendor claims for itself: "we act as a processor", "Telnyx is the data controller of Account Data",
 * "acting as a data processor on behalf of our customers". Only the vendor ("we" or its name) can be the subject,
 * so definitions ("A controller decides why and how…") and the customer's role are not read as the vendor's.
 *
 * Each role word is found with a small pattern and the words before it are read back to the subject in code: one
 * pattern of subject, verbs and determiners compiles, in V8, into a program of tens of thousands of instructions.
 */

const ROLE_WORD = /\b(?:sub-?|co-?|joint[\s-]+)?(?:controller|processor)s?(?!\w)/gi;
/** Words that may stand between the subject and the role without changing who has it; "not" is deliberately absent. */
const LINKING_WORDS = new Set(
  (
    'is are am be being been was were act acts acting serve serves serving operate operates operating function ' +
    'functions will may might can could would shall should also generally typically usually primarily mainly normally ' +
    'only solely itself ourselves remain remains qualify qualifies as considered deemed regarded treated both then ' +
    'likely each'
  ).split(' '),
);
const DETERMINER_WORDS = new Set(
  "a an the your its their our customers customers' customers’ data independent separate sole".split(' '),
);
/** The CCPA, HIPAA or SCC role named alongside: "a service provider and processor", "a data importer and processor". */
const ALONGSIDE = /(?:service\s+provider|business\s+associate|data\s+importer|contractor)\s*(?:and|or|\/)\s*$/i;
const GENERIC_SUBJECTS = ['we', 'the company', 'the provider', 'the supplier', 'the service provider', 'the vendor'];
/** "the Twilio entity with whom you are contracting": the vendor named with the entity it acts through. */
const ENTITY_TAIL = /\s+(?:entity|entities|group|company|affiliates?)(?:\s+(?:with\s+whom|that|which|who)(?!\w)[^,.;]{0,60})?$/i;
/** The last words of a text, up to four, that may name the subject. */
const LAST_WORDS = /(?:^|[^\w&'’.-])([A-Za-z][\w&'’.-]*(?:\s+[A-Za-z][\w&'’.-]*){0,3})$/;
const FIRST_WORDS = /^\s*,\s*([A-Za-z][\w&'’.-]*(?:\s+[A-Za-z][\w&'’.-]*){0,3})/;
/** "Telnyx processes personal data … as a data processor": the role stated for what the vendor processes. */
const PROCESSES_AS = /(?:^|[^\w&'’.-])([A-Za-z][\w&'’.-]*(?:\s+[A-Za-z][\w&'’.-]*){0,3}?)\s+process(?:es)?\s+([^.;,]{3,100}?)$/i;
const CAPACITY = /\b(?:in|with)\s+(?:our|its)\s+(?:role|capacity)$/i;
const SENTENCE_START = /(?:^|[.;:])\s*$/;
const ON_BEHALF = /^\s+on\s+behalf\s+of\s+(?:our|its|the)\s+(?:customers?|clients?)(?!\w)/i;
const JOINT = /^(?:co-?|joint[\s-]+)controllers?$/i;
const LEAD_IN_CLAUSE = /\b(?:when|where|whenever|if|to the extent(?: that)?)\s+([A-Za-z][\w&'’.-]*(?:\s+[A-Za-z][\w&'’.-]*){0,2}?)\s+process(?:es)?\s+([^,;]{3,80}?)\s*,/gi;
const LEAD_IN_TOPIC = /(?:^|[,;]\s*)(?:for|with respect to|in respect of|in relation to|regarding|as (?:regards|to))\s+([^,;]{3,80}?),/gi;
const AFTER_ROLE = /^\s+(?:of|for|with respect to|in respect of|in relation to|regarding)\s+([^,.;()]{3,80}?)(?=\s*(?:[,.;()]|\band(?!\w)|\bbut(?!\w)|\bwhen(?!\w)|\bwhere(?!\w)|\bwhich(?!\w)|\bunder(?!\w)|\bin\s+(?:many|some|other|most|certain)(?!\w)|$))/i;

function normalizeRole(words: string): string {
  const lower = words.toLowerCase();
  if (/sub-?processor/.test(lower)) return 'sub-processor';
  if (/joint[\s-]+controller|co-?controller/.test(lower)) return 'joint-controller';
  return /controller/.test(lower) ? 'controller' : 'processor';
}

function cleanQualifier(text: string): string | undefined {
  const cleaned = text
    .trim()
    .replace(/^(?:the\s+processing\s+of\s+)?(?:(?:your|our|the|any|all|such|that|this|these|those|certain)\s+)+/i, '')
    .trim();
  return cleaned.length >= 3 ? cleaned : undefined;
}

/** How many characters at the end (or start) of `words` name the vendor; 0 when none of its names ends (starts) them. */
function vendorNameLength(words: string, subjects: ReadonlySet<string>, from: 'end' | 'start'): number {
  const parts = words.split(/\s+/);
  for (let count = parts.length; count >= 1; count--) {
    const phrase = (from === 'end' ? parts.slice(-count) : parts.slice(0, count)).join(' ');
    if (subjects.has(phrase.toLowerCase().replace(/[.,]+$/, ''))) return phrase.length;
  }
  return 0;
}

/** Where the vendor's name ends `text` (after an entity tail, if any), or -1. */
function vendorNameBefore(text: string, subjects: ReadonlySet<string>): number {
  const named = text.replace(ENTITY_TAIL, '');
  const words = LAST_WORDS.exec(named)?.[1];
  const length = words ? vendorNameLength(words, subjects, 'end') : 0;
  return length > 0 ? named.length - length : -1;
}

/**
 * The verbs and determiners just before a role ("is the data", "act as a service provider and"), read back from it:
 * where they start, and whether a verb of being or acting is among them.
 */
function linkBefore(prefix: string): { start: number; linked: boolean } {
  let start = prefix.length;
  let linked = false;
  for (;;) {
    const alongside = ALONGSIDE.exec(prefix.slice(0, start));
    if (alongside) {
      start = alongside.index;
      continue;
    }
    const word = /([\w'’]+)\s+$/.exec(prefix.slice(0, start));
    const lower = word?.[1]!.toLowerCase();
    if (!word || !lower || !(LINKING_WORDS.has(lower) || DETERMINER_WORDS.has(lower))) return { start, linked };
    linked ||= LINKING_WORDS.has(lower);
    start = word.index;
  }
}

interface RoleStatement {
  /** Where the words that state the role start, from the vendor's name on. */
  start: number;
  end: number;
  role: string;
  qualifier?: string;
}

/** Whether and how the text around one role word gives that role to the vendor. */
function statementAt(text: string, role: RegExpExecArray, subjects: ReadonlySet<string>): RoleStatement | null {
  const end = role.index + role[0].length;
  const prefix = text.slice(0, role.index);
  const { start: linkStart, linked } = linkBefore(prefix);
  if (linkStart === role.index) return null;
  const before = prefix.slice(0, linkStart).trimEnd();
  const link = prefix.slice(linkStart);
  const found = (start: number, qualifier?: string): RoleStatement => ({ start, end, role: role[0], ...(qualifier ? { qualifier } : {}) });
  // "Telnyx is the data controller", "the Qualyon entity with whom you are contracting is acting as a controller"
  const subject = linked ? vendorNameBefore(before, subjects) : -1;
  if (subject >= 0) return found(subject);
  // "Where Telnyx processes personal data … as a data processor"
  const processes = /\bas\s/i.test(link) ? PROCESSES_AS.exec(before) : null;
  const processor = processes ? vendorNameLength(processes[1]!, subjects, 'end') : 0;
  if (processes && processor > 0) {
    const subjectEnd = processes.index + processes[0].indexOf(processes[1]!) + processes[1]!.length;
    return found(subjectEnd - processor, processes[2]);
  }
  if (CAPACITY.test(before)) return found(CAPACITY.exec(before)!.index);
  // "As a processor, we only process Customer Data on your instructions."
  const named = SENTENCE_START.test(before) && /^as\s/i.test(link) ? FIRST_WORDS.exec(text.slice(end)) : null;
  if (named) {
    const length = vendorNameLength(named[1]!, subjects, 'start');
    if (length > 0) return { ...found(linkStart), end: end + named[0].length - named[1]!.length + length };
  }
  // "We, as a processor, notify you"
  const appositive = before.endsWith(',') && /^(?:acting\s+)?as\s/i.test(link) ? vendorNameBefore(before.slice(0, -1), subjects) : -1;
  if (appositive >= 0) return found(appositive);
  // "Acme and the Customer are joint controllers"
  const and = before.lastIndexOf(' and ');
  const partner = linked && JOINT.test(role[0]) && and > 0 && before.length - and <= 55 ? vendorNameBefore(before.slice(0, and), subjects) : -1;
  if (partner >= 0) return found(partner);
  // "a company acting as a data processor on behalf of our customers"
  const acting = link.search(/\bacting\s/i);
  if (acting >= 0 && ON_BEHALF.test(text.slice(end))) return found(linkStart + acting);
  return null;
}

function leadInQualifier(prefix: string, subjects: ReadonlySet<string>): string | undefined {
  const clauses = [...prefix.matchAll(LEAD_IN_CLAUSE)].filter((match) => subjects.has(match[1]!.toLowerCase()));
  const topics = [...prefix.matchAll(LEAD_IN_TOPIC)].map((match) => ({ index: match.index, words: match[1]! }));
  const candidates = [...clauses.map((match) => ({ index: match.index, words: match[2]! })), ...topics].sort((a, b) => b.index - a.index);
  return candidates[0] === undefined ? undefined : cleanQualifier(candidates[0].words);
}

/** The vendor as the document names itself ("we", its detected name, the names it defines as "we" or uses in its title). */
function subjectsOf(document: SegmentedText): ReadonlySet<string> {
  return new Set([...GENERIC_SUBJECTS, ...selfNames(document, detectVendor(document)?.name ?? null)]);
}

/** Only sentences naming one of the roles can state one. */
const mayStateRole = (text: string): boolean => {
  const lower = text.toLowerCase();
  return lower.includes('controller') || lower.includes('processor');
};

export const extractRoles: Extractor = (document) => {
  const subjects = subjectsOf(document);
  const facts: Fact[] = [];
  for (const sentence of document.sentences) {
    if (!mayStateRole(sentence.text)) continue;
    const seen = new Set<string>();
    for (const role of sentence.text.matchAll(ROLE_WORD)) {
      const statement = statementAt(sentence.text, role, subjects);
      if (!statement) continue;
      const normalized = normalizeRole(statement.role);
      if (seen.has(normalized)) continue;
      seen.add(normalized);
      const stated = statement.qualifier !== undefined ? cleanQualifier(statement.qualifier) : undefined;
      const after = AFTER_ROLE.exec(sentence.text.slice(statement.end));
      const qualifier =
        stated ?? (after?.[1] ? cleanQualifier(after[1]) : undefined) ?? leadInQualifier(sentence.text.slice(0, statement.start), subjects);
      const value = sentence.text.slice(statement.start, statement.end);
      const fact: Fact = { type: 'role', value, normalized, evidence: evidenceOf(sentence) };
      if (qualifier) fact.qualifier = qualifier;
      facts.push(fact);
    }
  }
  return facts;
};
