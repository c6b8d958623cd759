import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS, extractFacts } from '../../../shared/extraction/extract';
import { htmlToText } from '../../../shared/extraction/html-text';
import { FACT_TYPES, GAP_IDS, type ExtractionResult, type FactType } from '../../../shared/extraction/types';

const fixtures = join(__dirname, '../../fixtures');
const seeds = readdirSync(fixtures).filter((name) => /^\d{3}_.*\.txt$/.test(name));
const distinct = (result: ExtractionResult, type: FactType): string[] => [
  ...new Set(result.facts.filter((fact) => fact.type === type).map((fact) => fact.normalized)),
];

/** A document of our own making, in the style of a SaaS vendor's DPA and sub-processor page. */
const HELD_OUT = `# Brightdesk Data Processing Addendum

Brightdesk Software Ltd ("Brightdesk", "we", "us") provides a customer support platform.

## Roles of the parties
With respect to Customer Personal Data, Brightdesk acts as a processor on behalf of the Customer. For Account Data, we are an independent controller.
A controller is the entity that determines the purposes and means of the processing.

## Data location
Customer Personal Data is hosted in AWS data centres in Frankfurt, Germany and Dublin, Ireland. Our support engineers in India and the Philippines may access Customer Personal Data to resolve tickets.
California residents have additional rights under the CCPA. This Addendum is governed by the laws of England and Wales.

## International transfers
Where Customer Personal Data is transferred from the EEA to a country that is not subject to an adequacy decision, the parties rely on the Standard Contractual Clauses (Commission Implementing Decision (EU) 2021/914). For transfers from the United Kingdom, the UK Addendum applies.
Brightdesk no longer relies on the EU-U.S. Privacy Shield.
`;

describe('extractFacts', () => {
  it('has one extractor per fact type', () => {
    expect(Object.keys(EXTRACTORS).sort()).toEqual([...FACT_TYPES].sort());
  });

  it.each(seeds)('cites exact, sorted, distinct evidence on seed %s', (name) => {
    const source = readFileSync(join(fixtures, name), 'utf8');
    const result = extractFacts(source);
    expect(result.facts.length).toBeGreaterThan(0);
    const keys = new Set<string>();
    let previousStart = 0;
    for (const fact of result.facts) {
      expect(source.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.text);
      expect(fact.evidence.text.length).toBeGreaterThan(0);
      expect(FACT_TYPES).toContain(fact.type);
      expect(fact.evidence.start).toBeGreaterThanOrEqual(previousStart);
      previousStart = fact.evidence.start;
      const key = `${fact.type}|${fact.normalized}|${fact.evidence.start}`;
      expect(keys.has(key)).toBe(false);
      keys.add(key);
    }
    for (const gap of result.gaps) expect(GAP_IDS).toContain(gap.id);
    if (result.vendor?.evidence) {
      expect(source.slice(result.vendor.evidence.start, result.vendor.evidence.end)).toBe(result.vendor.evidence.text);
    }
  });

  it('reads the Telnyx seed: storage and processing countries, SCCs, its processor role', () => {
    const result = extractFacts(readFileSync(join(fixtures, '002_7c90d0f1a853ce8b.txt'), 'utf8'));
    expect(result.vendor?.name).toBe('Telnyx');
    expect(distinct(result, 'country')).toEqual(expect.arrayContaining(['US', 'DE', 'CA', 'EU', 'AU', 'SG']));
    expect(distinct(result, 'country')).not.toContain('GB');
    expect(distinct(result, 'mechanism')).toEqual(['SCC']);
    expect(distinct(result, 'role')).toEqual(['processor']);
    expect(result.gaps.map((gap) => gap.id)).not.toContain('no-destination-country');
  });

  it('reads the Twilio seed: United States, BCRs and SCCs, controller and processor roles', () => {
    const result = extractFacts(readFileSync(join(fixtures, '004_dd27f6e47548c1c9.txt'), 'utf8'));
    expect(result.vendor).toMatchObject({ name: 'Twilio', legalEntity: 'Twilio Inc.' });
    expect(distinct(result, 'country')).toEqual(expect.arrayContaining(['US', 'IE']));
    expect(distinct(result, 'mechanism').sort()).toEqual(['BCR', 'SCC']);
    expect(distinct(result, 'role').sort()).toEqual(['controller', 'processor']);
  });

  it('asks for the destination and the transfer tool when a policy names neither', () => {
    const result = extractFacts(readFileSync(join(fixtures, '001_0e2383ff3c06b88f.txt'), 'utf8'));
    expect(distinct(result, 'country')).toEqual([]);
    expect(distinct(result, 'mechanism')).toEqual([]);
    expect(result.gaps.map((gap) => gap.id)).toEqual(expect.arrayContaining(['no-destination-country', 'no-transfer-tool']));
  });

  it('reads a held-out DPA of our own making', () => {
    const result = extractFacts(HELD_OUT);
    expect(result.vendor).toMatchObject({ name: 'Brightdesk', legalEntity: 'Brightdesk Software Ltd' });
    expect(distinct(result, 'country').sort()).toEqual(['DE', 'IE', 'IN', 'PH']);
    // "not subject to an adequacy decision" names adequacy only to say it is missing.
    expect(distinct(result, 'mechanism').sort()).toEqual(['SCC', 'UK_ADDENDUM']);
    const roles = result.facts.filter((fact) => fact.type === 'role').map((fact) => [fact.normalized, fact.qualifier]);
    expect(roles).toEqual([
      ['processor', 'Customer Personal Data'],
      ['controller', 'Account Data'],
    ]);
    expect(result.gaps.map((gap) => gap.id)).not.toContain('no-transfer-tool');
  });

  it('reads the same facts from the HTML form of a document', () => {
    const html =
      '<html><head><title>Acme</title></head><body><h1>Acme Privacy Notice</h1>' +
      '<p>Acme Inc. (&ldquo;we&rdquo;) stores customer data in the United&nbsp;States.</p>' +
      '<ul><li>We rely on the Standard Contractual Clauses.</li><li>We act as a processor.</li></ul></body></html>';
    const result = extractFacts(htmlToText(html));
    expect(result.vendor?.name).toBe('Acme');
    expect(distinct(result, 'country')).toEqual(['US']);
    expect(distinct(result, 'mechanism')).toEqual(['SCC']);
    expect(distinct(result, 'role')).toEqual(['processor']);
  });

  it('returns no facts, no vendor and every gap for an empty text', () => {
    expect(extractFacts('')).toEqual({ vendor: null, facts: [], gaps: expect.any(Array) });
    expect(extractFacts('').gaps).toHaveLength(GAP_IDS.length);
  });
});
