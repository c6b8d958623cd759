import type { SegmentedText, Sentence } from './segment-types';
import type { Fact } from './types';
import { numberFrom } from './durations';
import { factFrom, firstOfEach, isNegatedBefore, matchesOf } from './sentence-facts';

export const GOVERNMENT_ACCESS_STATEMENTS = [
  'fisa-702',
  'eo-12333',
  'cloud-act',
  'eo-14086',
  'challenge-requests',
  'notify-customer',
  'transparency-report',
  'law-enforcement-requests',
] as const;
export type GovernmentAccessStatement = (typeof GOVERNMENT_ACCESS_STATEMENTS)[number];

/** A request or order of a public authority, as documents name one. */
const AUTHORITY_REQUEST =
  /\b(?:(?:government(?:al)?|law enforcement|public|(?:public |government )?authorit(?:y|ies)|intelligence|national security|legal|court|disclosure)\s+(?:(?:authority|agency)\s+)?(?:access\s+)?(?:requests?|demands?|orders?|process)|subpoenas?|search warrants?|court orders?|national security letters?|requests? (?:for|of) (?:government |governmental )?(?:access|disclosure|data)|(?:overbroad|unlawful|invalid|inappropriate|such) (?:requests?|demands?|orders?|prohibitions?)|(?:requests?|demands?|orders?) (?:that|which) (?:are|is|it considers|we consider) (?:overbroad|unlawful|invalid|inappropriate|excessive))(?!\w)/i;

interface StatementRule {
  pattern: RegExp;
  /** Something else the sentence or its heading must say. */
  requires?: RegExp;
  /** What the sentence must not be about. */
  excludes?: RegExp;
  /** Whether "we do not …" before the match takes the statement back. */
  negatable?: boolean;
  /** A commitment or practice, which a question ("How do you handle government requests?") does not state. */
  practice?: boolean;
}

const RULES: Record<GovernmentAccessStatement, StatementRule> = {
  'fisa-702': { pattern: /\bFISA(?!\w)|\bSection 702(?!\w)|\bForeign Intelligence Surveillance (?:Act|Amendments Act)(?!\w)/g },
  'eo-12333': { pattern: /\b(?:Executive Order|E\.?O\.?)\s*(?:No\.\s*)?12,?333(?!\w)/g },
  'cloud-act': { pattern: /\bCLOUD Act(?!\w)|\bClarifying Lawful Overseas Use of Data(?!\w)/gi },
  'eo-14086': {
    pattern: /\b(?:Executive Order|E\.?O\.?)\s*(?:No\.\s*)?14,?086(?!\w)|\bData Protection Review Court(?!\w)|\bEnhancing Safeguards for United States Signals Intelligence(?!\w)/g,
  },
  'challenge-requests': {
    pattern:
      /\b(?:challeng(?:e|es|ed|ing)|contest(?:s|ed|ing)?|resist(?:s|ed|ing)?|push(?:es)? back (?:on|against)|seek(?:s|ing)? to (?:quash|narrow|limit)|narrow(?:s|ed|ing)?(?= (?:the scope of )?(?:(?:such|these|those|any|the|a|each) )?(?:requests?|demands?|orders?)(?!\w)))\b/gi,
    requires: AUTHORITY_REQUEST,
    negatable: true,
    practice: true,
  },
  'notify-customer': {
    pattern: /\b(?:notif(?:y|ies|ied|ying|ication)|inform(?:s|ed|ing)?|tell|alert|(?:give|provide)s? (?:\w+ )?notice)(?!\w)/gi,
    requires: /\b(?:customers?|you|users?|clients?|data exporters?|controllers?)(?!\w)[\s\S]*\b(?:government(?:al)?|law enforcement|public authorit|authorit(?:y|ies)|subpoenas?|warrants?|court orders?|legal process|national security|(?:disclosure|access) requests?|requests? for (?:government )?(?:access|disclosure|data))|\b(?:government(?:al)?|law enforcement|public authorit|authorit(?:y|ies)|subpoenas?|warrants?|court orders?|legal process|national security)(?!\w)[\s\S]*\b(?:customers?|you|users?|clients?|data exporters?|controllers?)(?!\w)/i,
    excludes: /\bbreach\w*|\bincidents?(?!\w)/i,
    negatable: true,
    practice: true,
  },
  'transparency-report': { pattern: /\btransparency reports?(?!\w)/gi, negatable: true, practice: true },
  'law-enforcement-requests': {
    practice: true,
    // "We may disclose data where required by law, e.g. to comply with a court order" says nothing on handling.
    excludes: /\b(?:may|might|can)\s+(?:also\s+)?(?:need\s+to\s+)?(?:disclose|share|release|provide|transfer)(?!\w)(?![^.]*\b(?:only|review\w*|challeng\w*|valid|written|polic(?:y|ies)|guidelines?|guidance|narrow\w*|minimum|scrutini[sz]\w*|legal team)(?!\w))[^.]*\b(?:required|compelled|obliged|necessary)(?!\w)/i,
    pattern:
      /\blaw enforcement(?!\w)|\blegal process(?!\w)|\bsubpoenas?(?!\w)|\bcourt orders?(?!\w)|\b(?:search|valid) warrants?(?!\w)|\bgovernment(?:al)? (?:authorit(?:y|ies)|agenc(?:y|ies)|requests?|access|bodies|officials)(?!\w)|\bpublic authorit(?:y|ies)(?!\w)|\bnational security (?:requests?|letters?)(?!\w)|\blawful (?:requests?|access|demands?)(?!\w)|\bdisclos\w*(?!\w)[^.]{0,80}\b(?:authorities|regulators|courts|police)(?!\w)/gi,
  },
};

/**
 * The sentence read with its section heading and the sentences before it in its paragraph: "We challenge overbroad
 * requests" under "Government Requests", "We inform the customer before disclosing anything." after a sentence on
 * authorities' requests. A question ("How do you handle government requests?") states no practice.
 */
function statementIn(sentence: Sentence, rule: StatementRule, context: SentenceContext): RegExpExecArray | null {
  const text = sentence.text;
  if (rule.practice && /\?["”’)]*$/.test(text)) return null;
  const match = matchesOf(text, rule.pattern).find((found) => !(rule.negatable && isNegatedBefore(text, found.index)));
  if (!match || rule.excludes?.test(text)) return null;
  return !rule.requires || rule.requires.test(`${contextText(context)}\n${text}`) ? match : null;
}

/** A sentence's heading and the sentences before it, joined only when a rule needs them. */
interface SentenceContext {
  document: SegmentedText;
  index: number;
  text?: string;
}

function contextText(context: SentenceContext): string {
  const sentence = context.document.sentences[context.index]!;
  context.text ??= [sentence.heading, ...sentencesBefore(context.document, context.index)].filter((part) => part != null).join('\n');
  return context.text;
}

const MAX_CONTEXT_SENTENCES = 4;

/** The sentences before one in its paragraph, or the one sentence before it under the same heading. */
function sentencesBefore(document: SegmentedText, index: number): string[] {
  const texts: string[] = [];
  for (let back = index - 1; back >= Math.max(0, index - MAX_CONTEXT_SENTENCES); back--) {
    const previous = document.sentences[back]!;
    const next = document.sentences[back + 1]!;
    if (previous.heading !== next.heading) break;
    const sameParagraph = !document.source.slice(previous.end, next.start).includes('\n');
    if (!sameParagraph && back < index - 1) break;
    texts.unshift(previous.text);
    if (!sameParagraph) break;
  }
  return texts;
}

/** Statements on access by public authorities: the laws named, and what the vendor does when a request comes. */
export function extractGovernmentAccess(document: SegmentedText): Fact[] {
  const facts: Fact[] = [];
  document.sentences.forEach((sentence, index) => {
    const context: SentenceContext = { document, index };
    for (const statement of GOVERNMENT_ACCESS_STATEMENTS) {
      const match = statementIn(sentence, RULES[statement], context);
      if (match) facts.push(factFrom(sentence, 'government_access', match[0], statement));
    }
  });
  return firstOfEach(facts);
}

const REQUEST_WORD = /\b(?:requests?|orders?|demands?|subpoenas?|warrants?|national security letters?|NSLs?)(?!\w)/i;
const AUTHORITY_CONTEXT =
  /\b(?:government(?:al)?|law enforcement|FISA|Section 702|national security|intelligence|authorit(?:y|ies)|surveillance|12333|CLOUD Act|police|courts?|legal process|subpoenas?|warrants?)(?!\w)/i;
const NONE_RECEIVED =
  /\b(?:(?:has|have|had)\s+(?:never|not)\s+(?:yet\s+|to date\s+|ever\s+)?(?:received|been (?:subject to|served with))|(?:has|have)\s+received\s+no(?!\w)|not received any(?!\w)|received no(?!\w)|no (?:such )?(?:\w+\s+){0,3}?(?:requests?|orders?|demands?)\s+(?:have|has)\s+(?:ever\s+)?been\s+(?:received|made|served))/gi;
const COUNT_WORDS = 'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const RECEIVED_COUNT = new RegExp(
  String.raw`\breceived\s+(?:a total of\s+|approximately\s+|about\s+|over\s+|more than\s+|fewer than\s+)?(\d[\d,]*|${COUNT_WORDS})\s+(?:[\w-]+\s+){0,4}?(?:requests?|orders?|demands?|subpoenas?|warrants?|NSLs?)(?!\w)|\b(\d[\d,]*|${COUNT_WORDS})\s+(?:[\w-]+\s+){0,4}?(?:requests?|orders?|demands?)\s+(?:were|was|have been|had been)\s+received(?!\w)|\brequests?\s+received\s*[:–—-]\s*(\d[\d,]*)`,
  'gi',
);

const CELL_SEPARATOR = /\t|\s\|\s/;
/** A column of requests received, not of those complied with or of data disclosed. */
const REQUEST_COLUMN = /\b(?:requests?|orders?|demands?|subpoenas?|warrants?|NSLs?)(?!\w)/i;
const OUTCOME_COLUMN = /\b(?:disclos\w*|complied|compl(?:y|iance)|produced|provided|granted|rejected|refused|withdrawn|challenged|percentage)(?!\w)|%/i;
const MAX_TABLE_ROWS = 30;

const cellsOf = (text: string): string[] => text.split(CELL_SEPARATOR).map((cell) => cell.trim().replace(/^\|\s*|\s*\|$/g, ''));

/**
 * Figures in a table of requests ("Year | Law enforcement requests | Requests where data was disclosed", then
 * "2022 | 3 | 1"): the cells under a column of requests received, read with the table's header row.
 */
function tableFigures(document: SegmentedText, index: number): Fact[] {
  const row = document.sentences[index]!;
  if (!CELL_SEPARATOR.test(row.text)) return [];
  const cells = cellsOf(row.text);
  for (let back = index - 1; back >= Math.max(0, index - MAX_TABLE_ROWS); back--) {
    const previous = document.sentences[back]!;
    if (previous.heading !== row.heading || !CELL_SEPARATOR.test(previous.text)) return [];
    const header = cellsOf(previous.text);
    if (header.slice(1).some((cell) => /^\d[\d,]*$/.test(cell))) continue;
    if (header.length !== cells.length || !AUTHORITY_CONTEXT.test(`${row.heading ?? ''}\n${previous.text}`)) return [];
    return header.flatMap((title, column) => {
      const cell = cells[column]!;
      if (column === 0 || !REQUEST_COLUMN.test(title) || OUTCOME_COLUMN.test(title) || !/^\d[\d,]*$/.test(cell)) return [];
      return [factFrom(row, 'requests_reported', cell, String(numberFrom(cell)))];
    });
  }
  return [];
}

/** Figures of requests received: "received 1,234 law enforcement requests" → '1234', "has never received" → 'none-received'. */
export function extractRequestsReported(document: SegmentedText): Fact[] {
  const facts: Fact[] = [];
  for (const [index, sentence] of document.sentences.entries()) {
    facts.push(...tableFigures(document, index));
    const text = sentence.text;
    if (!REQUEST_WORD.test(text) || !(AUTHORITY_CONTEXT.test(text) || AUTHORITY_CONTEXT.test(contextText({ document, index })))) continue;
    for (const match of matchesOf(text, RECEIVED_COUNT)) {
      const written = match[1] ?? match[2] ?? match[3]!;
      const count = numberFrom(written.toLowerCase() === 'zero' ? '0' : written);
      if (count !== null && !(match[0].toLowerCase().startsWith('received') && isNegatedBefore(text, match.index, 24))) {
        facts.push(factFrom(sentence, 'requests_reported', match[0], String(count)));
      }
    }
    const none = matchesOf(text, NONE_RECEIVED)[0];
    if (none) facts.push(factFrom(sentence, 'requests_reported', none[0], 'none-received'));
  }
  return firstOfEach(facts);
}
