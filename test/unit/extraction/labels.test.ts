import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_CATEGORIES } from '../../../shared/extraction/data-categories';
import { GOVERNMENT_ACCESS_STATEMENTS } from '../../../shared/extraction/government-access';
import {
  LABELLED_DATA_CATEGORIES,
  LABELLED_GOVERNMENT_ACCESS,
  LABELLED_SECURITY_MEASURES,
  labelledDocumentSchema,
} from '../../../shared/extraction/labels';
import { SECURITY_MEASURES } from '../../../shared/extraction/security';
import type { FactType, GapId, LabelledDocument } from '../../../shared/extraction/types';
import { loadLabelledCorpus } from '../../fixtures/extraction-corpus';

const corpus = loadLabelledCorpus();

/** The gap that must be labelled exactly when the document has no labelled fact of these types (LABELLING.md). */
const GAP_EVIDENCE: Record<GapId, FactType[]> = {
  'no-destination-country': ['country'],
  'no-transfer-tool': ['mechanism'],
  'no-subprocessor-list': ['subprocessor'],
  'no-government-access': ['government_access', 'requests_reported'],
  'no-security-measures': ['security'],
  'no-retention': ['retention'],
  'no-role': ['role'],
  'no-contact': ['contact'],
};

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function shingles(text: string, size: number): Set<string> {
  const list = words(text);
  const result = new Set<string>();
  for (let i = 0; i + size <= list.length; i++) result.add(list.slice(i, i + size).join(' '));
  return result;
}

describe('labelled extraction corpus', () => {
  it('labels the five seeds and at least four held-out documents', () => {
    expect(corpus.filter((entry) => entry.set === 'seeds').map((entry) => entry.labels.document)).toEqual([
      '000_dac82eb4ce5db20e.txt',
      '001_0e2383ff3c06b88f.txt',
      '002_7c90d0f1a853ce8b.txt',
      '003_dd5531d24f9e349b.txt',
      '004_dd27f6e47548c1c9.txt',
    ]);
    expect(corpus.filter((entry) => entry.set === 'held-out').length).toBeGreaterThanOrEqual(4);
  });

  describe.each(corpus.map((entry) => [entry.labels.document, entry] as const))('%s', (_name, entry) => {
    it('names an existing document next to its labels', () => {
      expect(existsSync(entry.documentPath)).toBe(true);
      expect(entry.labelsPath.replace(/\.labels\.json$/, '.txt').endsWith(entry.labels.document)).toBe(true);
    });

    it('copies every evidence phrase verbatim from the document', () => {
      const missing = entry.labels.facts.filter((fact) => !entry.text.includes(fact.evidence));
      expect(missing).toEqual([]);
    });

    it('labels a gap exactly when no fact of its kind is labelled', () => {
      for (const [gap, types] of Object.entries(GAP_EVIDENCE) as [GapId, FactType[]][]) {
        const hasFact = entry.labels.facts.some((fact) => types.includes(fact.type));
        expect({ gap, labelled: entry.labels.gaps.includes(gap) }).toEqual({ gap, labelled: !hasFact });
      }
    });
  });

  it('keeps held-out documents between 600 and 2,500 words and copies no passage of a seed', () => {
    const seedShingles = corpus.filter((entry) => entry.set === 'seeds').map((entry) => shingles(entry.text, 10));
    for (const entry of corpus.filter((candidate) => candidate.set === 'held-out')) {
      const count = words(entry.text).length;
      expect(count, entry.labels.document).toBeGreaterThanOrEqual(600);
      expect(count, entry.labels.document).toBeLessThanOrEqual(2500);
      const copied = [...shingles(entry.text, 10)].filter((shingle) => seedShingles.some((seed) => seed.has(shingle)));
      expect(copied, entry.labels.document).toEqual([]);
    }
  });
});

describe('labelledDocumentSchema', () => {
  const valid: LabelledDocument = {
    document: 'example.txt',
    vendor: 'Example',
    facts: [
      { type: 'country', normalized: 'US', evidence: 'hosted in the United States' },
      { type: 'country', normalized: 'EEA', evidence: 'stored in the EEA' },
      { type: 'retention', normalized: 'P30D', evidence: 'deleted after 30 days' },
      { type: 'requests_reported', normalized: 'none-received', evidence: 'never received a request' },
    ],
    gaps: ['no-role'],
  };
  const withFact = (fact: LabelledDocument['facts'][number]) => ({ ...valid, facts: [...valid.facts, fact] });

  it('accepts labels in the documented vocabulary', () => {
    expect(labelledDocumentSchema.safeParse(valid).success).toBe(true);
  });

  it('rejects values outside the vocabulary of their fact type', () => {
    expect(labelledDocumentSchema.safeParse(withFact({ type: 'country', normalized: 'us', evidence: 'in the US' })).success).toBe(false);
    expect(labelledDocumentSchema.safeParse(withFact({ type: 'country', normalized: 'Europe', evidence: 'in Europe' })).success).toBe(false);
    expect(labelledDocumentSchema.safeParse(withFact({ type: 'mechanism', normalized: 'SCCs', evidence: 'the SCCs' })).success).toBe(false);
    expect(labelledDocumentSchema.safeParse(withFact({ type: 'security', normalized: 'ISO 27001', evidence: 'ISO 27001' })).success).toBe(false);
    expect(labelledDocumentSchema.safeParse(withFact({ type: 'retention', normalized: '30 days', evidence: 'for 30 days' })).success).toBe(false);
    expect(labelledDocumentSchema.safeParse(withFact({ type: 'requests_reported', normalized: 'eleven', evidence: 'eleven requests' })).success).toBe(false);
    expect(labelledDocumentSchema.safeParse(withFact({ type: 'contact', normalized: 'Privacy@X.example', evidence: 'Privacy@X.example' })).success).toBe(false);
  });

  it('uses the ids the extractors can produce, so that no label is unreachable by construction', () => {
    expect([...LABELLED_DATA_CATEGORIES].sort()).toEqual([...DATA_CATEGORIES].sort());
    expect([...LABELLED_SECURITY_MEASURES].sort()).toEqual([...SECURITY_MEASURES].sort());
    expect([...LABELLED_GOVERNMENT_ACCESS].sort()).toEqual([...GOVERNMENT_ACCESS_STATEMENTS].sort());
  });

  it('rejects a fact labelled twice, an unknown gap and a document path', () => {
    expect(labelledDocumentSchema.safeParse(withFact({ type: 'country', normalized: 'US', evidence: 'servers in the US' })).success).toBe(false);
    expect(labelledDocumentSchema.safeParse({ ...valid, gaps: ['no-dpo'] }).success).toBe(false);
    expect(labelledDocumentSchema.safeParse({ ...valid, document: 'held-out/example.txt' }).success).toBe(false);
  });
});
