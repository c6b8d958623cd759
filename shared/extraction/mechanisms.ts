import { evidenceOf } from './segment';
import type { Extractor } from './segment-types';
import type { Fact, Mechanism } from './types';

/**
 * Transfer tools a document names. The EU-U.S. Privacy Shield is deliberately not read as anything: the Court of
 * Justice invalidated it in Schrems II (C-311/18, 16 July 2020), so a document relying on it names no valid tool,
 * and the missing tool should surface as a gap rather than be hidden by a stale name.
 */

interface MechanismRule {
  mechanism: Mechanism;
  pattern: RegExp;
  /** Something else the sentence must say for the match to count. */
  requires?: RegExp;
}

const US = String.raw`U\.?S\.?A?`;
const DASH = '[-–‑ ]';

const RULES: MechanismRule[] = [
  { mechanism: 'SCC', pattern: /\bstandard (?:contractual|data protection) clauses(?!\w)/gi },
  { mechanism: 'SCC', pattern: /\bSCCs?(?!\w)/g },
  { mechanism: 'SCC', pattern: /\bmodel (?:contract(?:ual)? )?clauses(?!\w)/gi },
  { mechanism: 'SCC', pattern: /\b(?:Commission )?Implementing Decision \(EU\) 2021\/914(?!\w)|\b2021\/914(?!\w)/gi },
  { mechanism: 'SCC', pattern: /\b(?:2010\/87\/EU|2004\/915\/EC|2001\/497\/EC)(?!\w)/g },
  { mechanism: 'BCR', pattern: /\bbinding corporate rules(?!\w)/gi },
  { mechanism: 'BCR', pattern: /\bBCRs?(?:-[CP])?(?!\w)/g },
  // In lower case, "data privacy framework" is as often a vendor's own programme; only the capitalised name counts.
  { mechanism: 'DPF', pattern: /\bData Privacy Frameworks?(?!\w)/g },
  { mechanism: 'DPF', pattern: new RegExp(String.raw`\b(?:EU|Swiss|UK|Trans-Atlantic)(?:${DASH}${US})?\s+data privacy framework(?!\w)`, 'gi') },
  { mechanism: 'DPF', pattern: /\bDPF(?!\w)/g },
  { mechanism: 'SWISS', pattern: new RegExp(String.raw`\bSwiss${DASH}${US}\s+(?:Data Privacy Framework|DPF)(?!\w)`, 'gi') },
  { mechanism: 'SWISS', pattern: /\bSwiss (?:SCCs|standard contractual clauses|addendum|amendments?)(?!\w)/gi },
  { mechanism: 'SWISS', pattern: /\bFDPIC(?!\w)|\bFederal Data Protection and Information Commissioner(?!\w)/g },
  {
    mechanism: 'SWISS',
    pattern: /\b(?:adapted|amended|modified|supplemented|amendments?)\s+(?:for|to|by|under)\s+(?:the\s+)?(?:Swiss|Switzerland|FADP)(?!\w)/gi,
    requires: /\bSCCs?(?!\w)|standard contractual clauses/i,
  },
  // Switzerland's own recognition of a country as adequate (the Federal Council's list), not the EU's decision on it.
  {
    mechanism: 'SWISS',
    pattern:
      /\b(?:Swiss Federal Council|Federal Council of Switzerland|Swiss (?:government|authorities|adequacy (?:decisions?|list|recognition)))(?!\w)(?:['’]s)?(?:[^.;]{0,80}?\b(?:recogni[sz]\w*|adequa\w*))?|\b(?:recogni[sz]ed|deemed|considered|listed)\s+(?:as\s+)?(?:providing\s+)?adequate(?!\w)[^.;]{0,40}?\bby\s+(?:the\s+)?(?:Swiss|Switzerland|FDPIC)(?!\w)/g,
    requires: /adequa|recogni[sz]/i,
  },
  {
    mechanism: 'ADEQUACY',
    pattern: /\badequacy (?:decisions?|findings?|determinations?|regulations?|rulings?|status)(?!\w)|\bdecisions? (?:on|of) adequacy(?!\w)/gi,
  },
  {
    mechanism: 'ADEQUACY',
    pattern: /\badequate (?:level of )?(?:data )?protection(?!\w)/gi,
    requires: /\b(?:Commission|deemed|recogni[sz]ed|found|determined|declared|decided|Article 45|Art\. 45)(?!\w)/i,
  },
  { mechanism: 'ADEQUACY', pattern: /\b(?:Article|Art\.)\s*45(?!\w)(?=[^.]{0,20}\b(?:GDPR|UK GDPR)(?!\w))/g },
  { mechanism: 'UK_IDTA', pattern: /\bInternational Data Transfer Agreement(?!\w)|\bIDTA(?!\w)/g },
  { mechanism: 'UK_ADDENDUM', pattern: /\bInternational Data Transfer Addendum(?!\w)|\bUK Addendum(?!\w)/gi },
  {
    mechanism: 'UK_ADDENDUM',
    pattern: /\baddendum to the (?:EU )?(?:Commission(?:'s|’s)? )?(?:SCCs|standard contractual clauses)(?!\w)/gi,
    requires: /\b(?:UK|United Kingdom|ICO|Information Commissioner)(?!\w)/,
  },
];

/** A Privacy Shield name, blanked before the rules run so that its "Swiss-U.S." reads as nothing. */
const PRIVACY_SHIELD = new RegExp(
  String.raw`\b(?:(?:EU|Swiss)${DASH}${US}\s+(?:and\s+(?:EU|Swiss)${DASH}${US}\s+)?)?Privacy Shield(?:\s+Frameworks?)?(?!\w)`,
  'gi',
);

/** "We do not rely on Binding Corporate Rules", "are not currently covered by our BCRs". */
const NEGATED_BEFORE =
  /\b(?:not|no longer|never|n['’]t)\s+(?:currently\s+|yet\s+)?(?:rely|relies|use|uses|participate|participates|self-certified|certified|have|has|offer|offers|apply|applies|covered|subject|based|signed)(?!\w)[^.;,]{0,40}$/i;

const blank = (text: string): string => ' '.repeat(text.length);

/** Words, lower case, one of which every rule needs: a sentence without any of them is not run through the rules. */
const TOOL_WORDS = [
  'claus', 'scc', '914', '/87/', '/915/', '/497/', 'binding corporate', 'bcr', 'privacy framework', 'dpf', 'swiss',
  'fdpic', 'federal data protection', 'federal council', 'adequa', '45', 'idta', 'international data transfer', 'addendum',
];

/** Every transfer tool named in one sentence, each once, with the words as written. */
export function mechanismsIn(text: string): { mechanism: Mechanism; value: string; index: number }[] {
  const lower = text.toLowerCase();
  if (!TOOL_WORDS.some((word) => lower.includes(word))) return [];
  const readable = text.replace(PRIVACY_SHIELD, blank);
  const found = new Map<Mechanism, { mechanism: Mechanism; value: string; index: number }>();
  for (const rule of RULES) {
    if (rule.requires && !rule.requires.test(readable)) continue;
    for (const match of readable.matchAll(rule.pattern)) {
      if (NEGATED_BEFORE.test(readable.slice(0, match.index))) continue;
      const earlier = found.get(rule.mechanism);
      if (!earlier || match.index < earlier.index) found.set(rule.mechanism, { mechanism: rule.mechanism, value: match[0], index: match.index });
    }
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}

export const extractMechanisms: Extractor = (document) => {
  const facts: Fact[] = [];
  for (const sentence of document.sentences) {
    for (const { mechanism, value } of mechanismsIn(sentence.text)) {
      facts.push({ type: 'mechanism', value, normalized: mechanism, evidence: evidenceOf(sentence) });
    }
  }
  return facts;
};
