import { describe, expect, it } from 'vitest';
import { findGaps, GAP_QUESTIONS } from '../../../shared/extraction/gaps';
import { GAP_IDS, type Fact, type FactType } from '../../../shared/extraction/types';

const fact = (type: FactType, normalized: string): Fact => ({
  type,
  value: normalized,
  normalized,
  evidence: { text: normalized, start: 0, end: normalized.length },
});

describe('findGaps', () => {
  it('asks every question when the document says nothing, in the order of the gap ids', () => {
    const gaps = findGaps([]);
    expect(gaps.map((gap) => gap.id)).toEqual([...GAP_IDS]);
    for (const gap of gaps) {
      expect(gap.question).toBe(GAP_QUESTIONS[gap.id]);
      expect(gap.question).toMatch(/^[A-Z].+\?$/);
    }
  });

  it('closes a gap when a fact of the type answering it was found', () => {
    const facts = [fact('country', 'US'), fact('mechanism', 'SCC'), fact('role', 'processor'), fact('contact', 'dpo')];
    expect(findGaps(facts).map((gap) => gap.id)).toEqual([
      'no-subprocessor-list',
      'no-government-access',
      'no-security-measures',
      'no-retention',
    ]);
  });

  it('takes reported request figures as an answer on government access', () => {
    expect(findGaps([fact('requests_reported', 'none-received')]).map((gap) => gap.id)).not.toContain('no-government-access');
    expect(findGaps([fact('government_access', 'fisa-702')]).map((gap) => gap.id)).not.toContain('no-government-access');
  });

  it('asks concrete questions naming what a TIA needs', () => {
    expect(GAP_QUESTIONS['no-transfer-tool']).toMatch(/Standard Contractual Clauses/);
    expect(GAP_QUESTIONS['no-government-access']).toMatch(/FISA/);
    expect(GAP_QUESTIONS['no-subprocessor-list']).toMatch(/sub-processors/);
  });
});
