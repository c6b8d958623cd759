import { describe, expect, it } from 'vitest';
import { comparisonKey, ratios, scoreCorpus, scoreDocument } from '../../../shared/extraction/score';
import type { ExtractionResult, Fact, FactType, GapId, LabelledDocument } from '../../../shared/extraction/types';

const SOURCE = 'Data is hosted in the United States. We use AWS.';

function fact(type: FactType, normalized: string): Fact {
  return { type, value: normalized, normalized, evidence: { text: SOURCE.slice(0, 36), start: 0, end: 36 } };
}

function result(facts: Fact[], gaps: GapId[] = []): ExtractionResult {
  return { vendor: null, facts, gaps: gaps.map((id) => ({ id, question: `${id}?` })) };
}

function labels(facts: [FactType, string][], gaps: GapId[] = []): LabelledDocument {
  return { document: 'doc.txt', vendor: 'Doc', facts: facts.map(([type, normalized]) => ({ type, normalized, evidence: 'hosted' })), gaps };
}

describe('scoreDocument', () => {
  it('counts true positives, false positives and false negatives per fact type', () => {
    const score = scoreDocument(
      result([fact('country', 'US'), fact('country', 'DE'), fact('mechanism', 'SCC')]),
      labels([['country', 'US'], ['country', 'IE'], ['mechanism', 'SCC'], ['mechanism', 'DPF']]),
    );
    expect(score.byType.country).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5 });
    expect(score.byType.mechanism).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 1, precision: 1, recall: 0.5 });
    expect(score.overall).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 2 });
  });

  it('counts a fact found in several sentences once', () => {
    const score = scoreDocument(result([fact('country', 'US'), fact('country', 'US'), fact('country', 'US')]), labels([['country', 'US']]));
    expect(score.byType.country).toMatchObject({ truePositives: 1, falsePositives: 0, precision: 1, recall: 1 });
  });

  it('does not match the same value under another fact type', () => {
    const score = scoreDocument(result([fact('contact', 'dpo')]), labels([['role', 'dpo' as string]]));
    expect(score.byType.contact.falsePositives).toBe(1);
    expect(score.byType.role.falseNegatives).toBe(1);
  });

  it('lists every error with the cited sentence or the labelled phrase', () => {
    const score = scoreDocument(result([fact('country', 'DE')]), labels([['country', 'US']]));
    expect(score.errors).toEqual([
      { kind: 'false-positive', type: 'country', normalized: 'DE', evidence: 'Data is hosted in the United States.' },
      { kind: 'false-negative', type: 'country', normalized: 'US', evidence: 'hosted' },
    ]);
  });

  it('gives precision 1 and recall 1 for a type nothing was predicted or labelled for', () => {
    const score = scoreDocument(result([]), labels([]));
    expect(score.byType.security).toMatchObject({ precision: 1, recall: 1 });
  });

  it('gives precision 0 when nothing was predicted but something was labelled, and recall 1 when nothing was labelled', () => {
    const score = scoreDocument(result([fact('retention', 'P30D')]), labels([['security', 'tls']]));
    expect(score.byType.security).toMatchObject({ precision: 0, recall: 0 });
    expect(score.byType.retention).toMatchObject({ precision: 0, recall: 1 });
  });

  it('compares gaps as a decision per gap id', () => {
    const score = scoreDocument(result([], ['no-role', 'no-contact']), labels([], ['no-role', 'no-retention']));
    expect(score.gaps).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, agreed: 6, decisions: 8, agreement: 0.75 });
    expect(score.errors).toContainEqual({ kind: 'false-positive', type: 'gap', normalized: 'no-contact', evidence: '' });
  });
});

describe('comparisonKey', () => {
  it('compares recipients without case, legal form or parenthesised detail', () => {
    const key = (name: string) => comparisonKey('subprocessor', name);
    expect(key('Zendesk, Inc.')).toBe(key('Zendesk'));
    expect(key('Equinix (Germany) GmbH')).toBe(key('Equinix'));
    expect(key('Nordlicht Cloud Sp. z o.o. (affiliate)')).toBe(key('Nordlicht Cloud'));
    expect(key('Amazon Web Services')).toBe(key('amazon web services'));
    expect(key('Amazon Web Services')).not.toBe(key('Amazon'));
    expect(key('Mailjet SAS')).toBe('mailjet');
  });

  it('leaves a name that is only a legal-form word intact', () => {
    expect(comparisonKey('subprocessor', 'SE')).toBe('se');
  });

  it('only folds case and spaces for other fact types', () => {
    expect(comparisonKey('country', ' US ')).toBe('us');
    expect(comparisonKey('contact', 'Privacy@Example.com')).toBe('privacy@example.com');
    expect(comparisonKey('government_access', 'fisa-702')).toBe('fisa-702');
  });
});

describe('scoreCorpus', () => {
  it('sums the counts of all documents before taking the ratios (micro-average)', () => {
    const big = scoreDocument(result([fact('country', 'US'), fact('country', 'DE'), fact('country', 'FR'), fact('country', 'IE')]), labels([['country', 'US'], ['country', 'DE'], ['country', 'FR'], ['country', 'IE']]));
    const small = scoreDocument(result([fact('country', 'CA')]), labels([['country', 'AU']]));
    const corpus = scoreCorpus([big, small]);
    expect(corpus.documents).toBe(2);
    expect(corpus.byType.country).toEqual({ truePositives: 4, falsePositives: 1, falseNegatives: 1, precision: 0.8, recall: 0.8 });
    expect(corpus.overall).toMatchObject({ truePositives: 4, falsePositives: 1, falseNegatives: 1 });
    expect(corpus.gaps).toMatchObject({ agreed: 16, decisions: 16, agreement: 1 });
  });

  it('scores an empty corpus as nothing to find', () => {
    expect(scoreCorpus([]).overall).toEqual(ratios({ truePositives: 0, falsePositives: 0, falseNegatives: 0 }));
    expect(scoreCorpus([]).gaps.agreement).toBe(1);
  });
});
