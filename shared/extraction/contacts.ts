import type { SegmentedText, Sentence } from './segment-types';
import type { Fact } from './types';
import { factFrom, firstOfEach, isNegatedBefore, matchesOf } from './sentence-facts';

const EMAIL = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?!\w)/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]]+/gi;

/** Mailboxes that exist for privacy matters, whatever the sentence around them says. */
const PRIVACY_MAILBOX =
  /^(?:privacy|dpo|data-?protection|dataprotection|gdpr|ccpa|rgpd|dsgvo|datenschutz|legal|compliance|dsar|data-?requests?|privacy-?\w*|\w*-?privacy|dpa)@/i;
/** Words that make a sentence, or its section, one about privacy matters. */
const PRIVACY_CONTEXT =
  /\bprivacy(?!\w)|\bdata protection(?!\w)|\bDPO(?!\w)|\bpersonal (?:data|information)(?!\w)|\bGDPR(?!\w)|\bCCPA(?!\w)|\bdata subjects?(?!\w)|\byour rights(?!\w)|\bexercise (?:your|these|any|those) rights(?!\w)|\berasure(?!\w)|\b(?:access|deletion) requests?(?!\w)|\bcomplaints?(?!\w)/i;
/** Words of getting in touch: a privacy link is a contact only when the reader is sent there to ask or request. */
const CONTACT_ACTION =
  /\b(?:contact\w*|e-?mail\w*|write|writing|reach|submit\w*|requests?|exercise|complain\w*|send|portal|(?:web ?)?form|get in touch|questions?|concerns?)(?!\w)/i;
/** Links that are contacts by their address: privacy portals and request forms. */
const PRIVACY_URL = /privacy|gdpr|dsar|data-?(?:subject|protection|request)|dpo|onetrust|trustarc|datagrail|transcend/i;
/** Mailboxes that serve other purposes and are not privacy contacts unless their own clause says so. */
const OTHER_MAILBOX = /^(?:support|help|sales|info|hello|marketing|press|media|careers|jobs|billing|noreply|no-reply|abuse|security|partners?)@/i;

const DPO =
  /\b(?:(?:our|the|a|its|group|company)\s+)?(?:data protection officer|DPO)(?!\w)/gi;

/** A privacy team or role named as the one to write to: "emailing our Privacy Team at", "contact the Privacy Office". */
const PRIVACY_TEAM = /\b(?:our|the)\s+(?:privacy|data protection)\s+(?:team|office|department|desk|counsel|lead|manager)(?!\w)/gi;

/** The clause around an address: the sentence segmenter may leave two short sentences joined. */
function clauseAround(text: string, index: number, length: number): string {
  const before = text.slice(0, index);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('\n')) + 1;
  const after = text.slice(index + length);
  const end = /[.?!](?:\s|$)|\n/.exec(after);
  return text.slice(start, end ? index + length + end.index : text.length);
}

function hasPrivacyContext(sentence: Sentence, clause: string): boolean {
  return PRIVACY_CONTEXT.test(clause) || (sentence.heading !== null && PRIVACY_CONTEXT.test(sentence.heading));
}

function emailFacts(sentence: Sentence): Fact[] {
  return matchesOf(sentence.text, EMAIL).flatMap((match) => {
    const address = match[0].replace(/\.$/, '');
    const clause = clauseAround(sentence.text, match.index, address.length);
    const isContact = PRIVACY_MAILBOX.test(address)
      ? true
      : OTHER_MAILBOX.test(address)
        ? PRIVACY_CONTEXT.test(clause)
        : hasPrivacyContext(sentence, clause);
    return isContact ? [factFrom(sentence, 'contact', address, address.toLowerCase())] : [];
  });
}

function urlFacts(sentence: Sentence): Fact[] {
  return matchesOf(sentence.text, URL).flatMap((match) => {
    const url = match[0].replace(/[.,;:!?]+$/, '');
    const clause = clauseAround(sentence.text, match.index, url.length);
    const isContact = CONTACT_ACTION.test(clause) && (PRIVACY_URL.test(url) || PRIVACY_CONTEXT.test(clause)) && !/\bpolicy(?!\w)/i.test(url);
    return isContact ? [factFrom(sentence, 'contact', url, url.toLowerCase())] : [];
  });
}

/** "our Data Protection Officer" named without an address in the same sentence. */
function dpoFacts(sentence: Sentence): Fact[] {
  if (matchesOf(sentence.text, EMAIL).length > 0 || matchesOf(sentence.text, URL).length > 0) return [];
  const named = matchesOf(sentence.text, DPO).find((match) => !isNegatedBefore(sentence.text, match.index, 60));
  if (!named || /\b(?:not required to|need not|no obligation to)(?!\w)/i.test(sentence.text)) return [];
  return [factFrom(sentence, 'contact', named[0], 'dpo')];
}

/** "You can raise your concern by emailing our Privacy Team at" with the address lost from the text. */
function privacyTeamFacts(sentence: Sentence): Fact[] {
  if (!CONTACT_ACTION.test(sentence.text)) return [];
  const named = matchesOf(sentence.text, PRIVACY_TEAM)[0];
  return named ? [factFrom(sentence, 'contact', named[0], 'dpo')] : [];
}

/**
 * Privacy contacts: e-mail addresses and links for privacy matters (privacy@, dpo@, a privacy request portal), and
 * the Data Protection Officer when named without an address. Other addresses and links in the text are not
 * contacts unless their sentence or section is about privacy. A privacy team named without an address is a
 * contact only when the document gives no privacy address at all: otherwise the team is reached at that address.
 */
export function extractContacts(document: SegmentedText): Fact[] {
  const facts = document.sentences.flatMap((sentence) => [...emailFacts(sentence), ...urlFacts(sentence), ...dpoFacts(sentence)]);
  const addressed = facts.some((fact) => fact.normalized !== 'dpo');
  const teams = addressed ? [] : document.sentences.flatMap((sentence) => (matchesOf(sentence.text, EMAIL).length > 0 ? [] : privacyTeamFacts(sentence)));
  return firstOfEach([...facts, ...teams]).sort((a, b) => a.evidence.start - b.evidence.start);
}
