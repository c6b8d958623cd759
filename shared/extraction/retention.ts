import type { SegmentedText, Sentence } from './segment-types';
import type { Fact } from './types';
import { DURATION_PATTERN, isoDuration } from './durations';
import { clauseStart, factFrom, firstOfEach, matchesOf } from './sentence-facts';

/** Verbs and nouns of keeping and deleting data. */
const RETENTION_CUE =
  /\b(?:retain\w*|retention|keep|keeps|kept|stor(?:e|es|ed|ing)|hold|holds|held|delet\w*|eras(?:e|es|ed|ure)|purg(?:e|es|ed|ing)|destroy\w*|remov(?:e|es|ed)|archiv\w*|maintain(?:s|ed)?|anonymi[sz]\w*|expir\w*)(?!\w)/i;
/** Section headings of retention clauses ("Data Retention", "How long do we keep your data?"). */
const RETENTION_HEADING = /\bretention(?!\w)|\bretain(?!\w)|\bhow long(?!\w)|\bstorage (?:period|limitation)(?!\w)|\bdeletion(?!\w)/i;
/** Periods that are deadlines for something else: answering a request, reporting a breach, paying an invoice. */
const OTHER_DEADLINE = /\b(?:respond\w*|repl(?:y|ies)|answer\w*|notif\w*|inform(?:s|ed|ing)?|breach\w*|refund\w*|trial|payable|payment terms|effective|updated|notice period)(?!\w)/i;
/** An age, not a period: "under the age of 16 years", "13 years old". */
const AGE_BEFORE = /\b(?:age of|aged|under|over|older than|younger than)\s*$/i;
const AGE_AFTER = /^\s*(?:old|of age)(?!\w)/i;
/** A frequency, not a period: "keys are rotated every 90 days", "reviewed once every 12 months". */
const FREQUENCY_BEFORE = /\b(?:every|each|once|twice|per)\s+$/i;

/** Retention stated without a period: tied to a purpose, an account or a contract. */
const STATED =
  /\b(?:(?:for )?as long as (?:(?:is |are |it is |reasonably |strictly )*(?:necessary|needed|required)|your account|you (?:have|maintain|use|remain|keep)|we (?:have|need|provide|are required))|for (?:the )?(?:duration|life|lifetime|term|length) of|until (?:you|your|the|such|we|it|they|deletion|termination)|indefinitely|no longer than (?:is )?(?:necessary|needed|required)|for (?:the|a) period (?:of time )?(?:necessary|required|needed|reasonably)|in accordance with (?:our|its|the) (?:data )?retention (?:policy|policies|schedule)|(?:upon|after|following|on) (?:the )?(?:termination|expiry|expiration|closure|cancellation|deletion) of)(?!\w)/gi;

function clauseAround(text: string, index: number): string {
  const end = /[;.!?](?:\s|$)/.exec(text.slice(index));
  return text.slice(clauseStart(text, index), end ? index + end.index : text.length);
}

function isAboutRetention(sentence: Sentence): boolean {
  return RETENTION_CUE.test(sentence.text) || (sentence.heading !== null && RETENTION_HEADING.test(sentence.heading));
}

function periodFacts(sentence: Sentence): Fact[] {
  const facts: Fact[] = [];
  for (const match of matchesOf(sentence.text, DURATION_PATTERN)) {
    const text = sentence.text;
    const before = text.slice(0, match.index);
    if (AGE_BEFORE.test(before) || FREQUENCY_BEFORE.test(before) || AGE_AFTER.test(text.slice(match.index + match[0].length))) continue;
    const clause = clauseAround(text, match.index);
    if (OTHER_DEADLINE.test(clause)) continue;
    if (!RETENTION_CUE.test(clause) && !(sentence.heading && RETENTION_HEADING.test(sentence.heading))) continue;
    const duration = isoDuration(match[1]!, match[2], match[3]!);
    if (duration) facts.push(factFrom(sentence, 'retention', match[0], duration));
  }
  return facts;
}

/**
 * Retention periods ("we retain call logs for 30 days" → P30D, "kept for seven years" → P7Y, "24 hours" → PT24H),
 * and retention stated without a period ("as long as necessary", "for the duration of your account") → 'stated'.
 */
export function extractRetention(document: SegmentedText): Fact[] {
  const facts: Fact[] = [];
  for (const sentence of document.sentences) {
    if (!isAboutRetention(sentence)) continue;
    const periods = periodFacts(sentence);
    facts.push(...periods);
    if (periods.length > 0) continue;
    const stated = matchesOf(sentence.text, STATED).find((match) => !OTHER_DEADLINE.test(clauseAround(sentence.text, match.index)));
    if (stated) facts.push(factFrom(sentence, 'retention', stated[0], 'stated'));
  }
  return firstOfEach(facts);
}
