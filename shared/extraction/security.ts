import type { SegmentedText, Sentence } from './segment-types';
import type { Fact } from './types';
import { clauseStart, factFrom, isNegatedBefore, matchesOf } from './sentence-facts';

export const SECURITY_MEASURES = [
  'encryption-in-transit',
  'encryption-at-rest',
  'end-to-end-encryption',
  'aes-256',
  'tls',
  'iso-27001',
  'iso-27017',
  'iso-27018',
  'iso-27701',
  'soc-1',
  'soc-2',
  'pci-dss',
  'hipaa',
  'csa-star',
  'mfa',
  'access-control',
  'pseudonymisation',
  'penetration-testing',
  'logging-monitoring',
] as const;
export type SecurityMeasure = (typeof SECURITY_MEASURES)[number];

interface MeasureRule {
  /** What names the measure; the match is the fact's value. */
  pattern: RegExp;
  /** Something else the sentence must say for the match to name the measure. */
  requires?: RegExp;
  /** An audit or certification: "working towards ISO 27001" does not count. */
  certification?: boolean;
}

const ENCRYPTION = /encrypt|\bTLS(?!\w)|\bSSL(?!\w)|\bHTTPS(?!\w)/i;
const ENCRYPTED = /encrypt/i;
const ISO = String.raw`\bISO(?:\s?\/\s?IEC)?[\s-]*`;
const ISO_YEAR = String.raw`(?::\s?20\d\d)?\b`;

const RULES: Record<SecurityMeasure, MeasureRule[]> = {
  'encryption-in-transit': [
    {
      pattern:
        /\b(?:in[- ]transit|in motion|during transmission|while (?:being )?transmitted|over (?:the )?(?:public )?(?:networks?|internet)|between (?:your|the) (?:browser|device|client)s? and)(?!\w)/gi,
      requires: ENCRYPTION,
    },
    { pattern: /\b(?:TLS|SSL|HTTPS)(?!\w)(?:\/(?:TLS|SSL))?\s+encryption(?!\w)|\bencrypt\w*\s+(?:\w+\s+){0,4}?(?:using|via|with|over)\s+(?:TLS|SSL|HTTPS)(?!\w)/g },
  ],
  'encryption-at-rest': [
    { pattern: /\bat[- ]rest(?!\w)/gi, requires: ENCRYPTED },
    {
      pattern:
        /\bencrypt\w*\s+(?:\w+\s+){0,3}?(?:when |while )?(?:stored|in storage|on disk)(?!\w)|\bencrypted (?:storage|databases?|disks?|volumes?|backups?)(?!\w)|\bstored\s+(?:\w+\s+){0,3}?in (?:an )?encrypted(?!\w)/gi,
    },
  ],
  'end-to-end-encryption': [{ pattern: /\bend[- ]to[- ]end[- ]encrypt\w*|\bend[- ]to[- ]end encryption(?!\w)|\bE2EE(?!\w)/gi }],
  'aes-256': [{ pattern: /\bAES[- ]?256(?:[- ]bit)?(?!\w)|\b256[- ]bit AES(?!\w)|\bAES\s?\(256[- ]bit\)/gi }],
  tls: [{ pattern: /\bTLS(?:\s?v?1\.[0-3]\+?(?: or (?:higher|above|later))?)?|\bSSL(?!\w)|\bHTTPS(?!\w)(?!:)|\bTransport Layer Security(?!\w)|\bSecure Sockets? Layer(?!\w)/g }],
  'iso-27001': [{ pattern: new RegExp(`${ISO}27001${ISO_YEAR}`, 'gi'), certification: true }],
  'iso-27017': [{ pattern: new RegExp(`${ISO}27017${ISO_YEAR}`, 'gi'), certification: true }],
  'iso-27018': [{ pattern: new RegExp(`${ISO}27018${ISO_YEAR}`, 'gi'), certification: true }],
  'iso-27701': [{ pattern: new RegExp(`${ISO}27701${ISO_YEAR}`, 'gi'), certification: true }],
  'soc-1': [{ pattern: /\bSOC[\s-]?(?:1|I)(?!\w)(?:\s+Type\s+(?:II|I|1|2)(?!\w))?/g, certification: true }],
  'soc-2': [
    { pattern: /\bSOC[\s-]?(?:2|II)(?!\w)(?:®)?(?:\s+Type\s+(?:II|I|1|2)(?!\w))?|\bService Organi[sz]ation Controls? 2(?!\w)/g, certification: true },
  ],
  'pci-dss': [{ pattern: /\bPCI[\s-]?DSS(?!\w)|\bPCI[\s-](?:compliant|compliance|certified|Level\s?1)(?!\w)|\bPayment Card Industry(?!\w)/gi, certification: true }],
  hipaa: [{ pattern: /\bHIPAA(?!\w)|\bBusiness Associate Agreements?(?!\w)|\bBAAs?(?!\w)/g }],
  'csa-star': [{ pattern: /\bCSA STAR(?!\w)|\bCloud Security Alliance(?!\w)|\bSTAR (?:Level [12]|Registry|Certification|Attestation)(?!\w)/g, certification: true }],
  mfa: [{ pattern: /\b(?:multi|two)[- ]?factor authentication(?!\w)|\b2FA(?!\w)|\bMFA(?!\w)|\b(?:two|2)[- ]step (?:verification|authentication)(?!\w)/gi }],
  'access-control': [
    {
      pattern:
        /\baccess controls?(?!\w)|\brole[- ]based access(?!\w)|\bRBAC(?!\w)|\bleast[- ]privilege(?!\w)|\bneed[- ]to[- ]know(?!\w)|\baccess (?:management|restrictions)(?!\w)|\b(?:access(?!\w)[^.]{0,60}\b(?:restricted|limited)|(?:restricted|limited) access)(?!\w)[^.]{0,60}\bauthori[sz]ed (?:personnel|employees|staff|individuals|users)(?!\w)/gi,
    },
    // Staff access described by what gates it: "production access requires a hardware key", "granted just in time".
    {
      pattern:
        /\b(?:staff|employee|personnel|administrative|admin|privileged|production|internal|engineering|support)\s+access(?!\w)(?=[^.;]{0,60}\b(?:requires?|restricted|limited|granted|approved|reviewed|controlled|gated)(?!\w))|\baccess to (?:production|(?:our |the )?(?:systems|servers|infrastructure|databases|customer data|service data|personal data))(?!\w)(?=[^.;]{0,40}\b(?:is|are) (?:strictly )?(?:limited|restricted)(?!\w))|\bjust[- ]in[- ]time(?!\w)|\b(?:single sign-on|SSO)(?!\w)/gi,
      requires: /\baccess/i,
    },
  ],
  pseudonymisation: [{ pattern: /\bpseudonymi[sz](?:e|es|ed|ing|ation)(?!\w)|\btokeni[sz](?:e|es|ed|ing|ation)(?!\w)/gi }],
  'penetration-testing': [{ pattern: /\bpenetration[- ]test(?:s|ing|ed)?(?!\w)|\bpen[- ]?test(?:s|ing)?(?!\w)|\bred[- ]team(?:ing)? exercises?(?!\w)/gi }],
  'logging-monitoring': [
    {
      pattern:
        /\bsecurity monitoring(?!\w)|\b(?:audit|security) log(?:s|ging)?(?!\w)|\b(?:access|actions?|quer(?:y|ies)|log-?ins?|sessions?|administrative activit(?:y|ies))(?!\w)[^.;]{0,120}?\b(?:is|are)\s+(?:\w+\s+)?(?:logged|recorded|audited)(?!\w)|\blogging and monitoring(?!\w)|\bmonitoring and logging(?!\w)|\bintrusion (?:detection|prevention)(?!\w)|\bSIEM(?!\w)|\b(?:24\/7|continuous(?:ly)?|real-time) (?:security )?monitor(?:ing|ed)?(?!\w)|\bmonitor(?:s|ed|ing)? (?:\w+ ){0,3}?for (?:suspicious|unauthori[sz]ed|anomalous|malicious)(?!\w)/gi,
    },
  ],
};

/** Words that say data is left unprotected, wherever they stand in the clause ("stored unencrypted at rest"). */
const UNPROTECTED = /\bunencrypted(?!\w)|\bin (?:the )?clear(?:text)?(?!\w)|\bplain ?text(?!\w)/i;
/** Words that put a certification in the future. */
const NOT_YET = /\b(?:working (?:towards?|on)|pursu(?:e|es|ing)|plan(?:s|ned|ning)? to|intend(?:s|ed)? to|in the process of|expect(?:s|ed)? to|seek(?:s|ing)?|aim(?:s|ing)? to|will (?:obtain|achieve|complete|undergo))(?!\w)/i;

function clauseOf(text: string, index: number): string {
  const start = clauseStart(text, index);
  const rest = text.slice(index);
  const end = /[;.!?](?:\s|$)|\b(?:but|however|whereas|although|while)(?!\w)/i.exec(rest);
  return text.slice(start, end ? index + end.index : text.length);
}

function states(sentence: Sentence, match: RegExpExecArray, rule: MeasureRule): boolean {
  const text = sentence.text;
  if (rule.requires && !rule.requires.test(clauseOf(text, match.index))) return false;
  if (isNegatedBefore(text, match.index) || UNPROTECTED.test(clauseOf(text, match.index))) return false;
  const encryptionWord = ENCRYPTED.exec(clauseOf(text, match.index));
  if (encryptionWord && isNegatedBefore(text, text.indexOf(encryptionWord[0], clauseStart(text, match.index)))) return false;
  return !(rule.certification && NOT_YET.test(text.slice(clauseStart(text, match.index), match.index)));
}

/**
 * Words, lower case, one of which each measure's rules need: most sentences name none and skip the measure's
 * patterns altogether.
 */
const TRIGGERS: Record<SecurityMeasure, readonly string[]> = {
  'encryption-in-transit': ['encrypt', 'tls', 'ssl', 'https'],
  'encryption-at-rest': ['encrypt'],
  'end-to-end-encryption': ['end-to-end', 'end to end', 'e2ee'],
  'aes-256': ['aes'],
  tls: ['tls', 'ssl', 'https', 'transport layer', 'secure socket'],
  'iso-27001': ['27001'],
  'iso-27017': ['27017'],
  'iso-27018': ['27018'],
  'iso-27701': ['27701'],
  'soc-1': ['soc'],
  'soc-2': ['soc', 'service organi'],
  'pci-dss': ['pci', 'payment card industry'],
  hipaa: ['hipaa', 'business associate', 'baa'],
  'csa-star': ['csa', 'cloud security alliance', 'star '],
  mfa: ['factor', '2fa', 'mfa', 'step verif', 'step auth'],
  'access-control': ['access', 'rbac', 'privilege', 'need-to-know', 'need to know'],
  pseudonymisation: ['pseudonym', 'tokeni'],
  'penetration-testing': ['penetration', 'pen test', 'pen-test', 'pentest', 'red team', 'red-team'],
  'logging-monitoring': ['monitor', 'log', 'siem', 'intrusion', 'recorded', 'audited'],
};

/**
 * Security measures and certifications the document states, one fact per measure. A measure's rules are in order
 * of plainness: "encrypted at rest" is better evidence than "encrypted and stored", wherever each stands.
 */
export function extractSecurity(document: SegmentedText): Fact[] {
  const best = new Map<SecurityMeasure, { fact: Fact; rank: number }>();
  for (const sentence of document.sentences) {
    const lower = sentence.text.toLowerCase();
    for (const measure of SECURITY_MEASURES) {
      if (!TRIGGERS[measure].some((word) => lower.includes(word))) continue;
      const rules = RULES[measure];
      const kept = best.get(measure);
      for (let rank = 0; rank < (kept ? kept.rank : rules.length); rank++) {
        const rule = rules[rank]!;
        const stated = matchesOf(sentence.text, rule.pattern).find((match) => states(sentence, match, rule));
        if (!stated) continue;
        best.set(measure, { fact: factFrom(sentence, 'security', stated[0].trim(), measure), rank });
        break;
      }
    }
  }
  return [...best.values()].map(({ fact }) => fact).sort((a, b) => a.evidence.start - b.evidence.start);
}
