import { describe, expect, it } from 'vitest';
import { emptyRiskModel } from '../../../shared/domain/assessment';
import { addMonths, wholeMonthsBetween } from '../../../shared/engine/dates';
import { evaluateLaw } from '../../../shared/engine/law-verdict';
import { proposeReview } from '../../../shared/engine/review';
import { evaluateRisk } from '../../../shared/engine/risk';
import { scenarioFromTemplate } from '../../../shared/engine/from-library';
import { EO_12333, FISA_702, IT_ACT_69, emptyTestAssessment, testLibrary, withLaw } from './factories';

const library = testLibrary();
const today = '2026-07-31';

function riskAt(trigger: number) {
  const scenario = scenarioFromTemplate(EO_12333.scenarios[0]!, EO_12333.id, 'eo');
  scenario.annualTrigger = { ...scenario.annualTrigger, probability: trigger, reason: 'test' };
  return evaluateRisk({ ...emptyRiskModel(), scenarios: [scenario] }, [], library);
}
const noLaws = { laws: [], library, libraryAgeInMonths: 1, today };

describe('dates', () => {
  it('adds months and clamps to the end of shorter months', () => {
    expect(addMonths('2026-07-31', 3)).toBe('2026-10-31');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 24)).toBe('2028-11-15');
  });

  it('counts whole months between dates', () => {
    expect(wholeMonthsBetween('2025-07-01', '2026-07-01')).toBe(12);
    expect(wholeMonthsBetween('2025-07-02', '2026-07-01')).toBe(11);
    expect(wholeMonthsBetween('', '2026-07-01')).toBeNull();
  });
});

describe('the proposed review date (DTIA Studio policy)', () => {
  it('is 24 months below half the limit, 12 from half, 6 at or above the limit', () => {
    // readable 0.1 → annual = trigger × 0.1; over 5 years: 0.04 → 1.99 %, 0.12 → 5.8 %, 0.3 → 14 %.
    expect(proposeReview({ ...noLaws, risk: riskAt(0.04) })).toMatchObject({ months: 24, date: '2028-07-31' });
    expect(proposeReview({ ...noLaws, risk: riskAt(0.12) })).toMatchObject({ months: 12, date: '2027-07-31' });
    expect(proposeReview({ ...noLaws, risk: riskAt(0.3) })).toMatchObject({ months: 6, date: '2027-01-31' });
  });

  it('defaults to 12 months without a risk model', () => {
    const review = proposeReview({ ...noLaws, risk: evaluateRisk(emptyRiskModel(), [], library) });
    expect(review.months).toBe(12);
    expect(review.reasons[0]?.key).toBe('engine.review.noRiskModel');
  });

  it('shortens to 3 months for a law whose status must be re-checked, naming it', () => {
    const law = evaluateLaw(withLaw(emptyTestAssessment(), FISA_702), library, { measureIds: [], clearTextCountries: new Set() });
    const review = proposeReview({ ...noLaws, laws: [law], risk: riskAt(0.04) });
    expect(review).toMatchObject({ months: 3, date: '2026-10-31' });
    expect(review.reasons).toContainEqual({ key: 'engine.review.lawRecheck', params: { law: 'FISA Section 702', recheck: FISA_702.recheck! } });
  });

  it('shortens to 3 months for conflicting facts and for an outdated library', () => {
    const law = evaluateLaw(withLaw(emptyTestAssessment(), IT_ACT_69), library, { measureIds: [], clearTextCountries: new Set() });
    expect(proposeReview({ ...noLaws, laws: [law], risk: riskAt(0.04) }).months).toBe(3);
    const outdated = proposeReview({ ...noLaws, libraryAgeInMonths: 13, risk: riskAt(0.04) });
    expect(outdated.months).toBe(3);
    expect(outdated.reasons.map((r) => r.key)).toContain('engine.review.libraryOutdated');
    expect(proposeReview({ ...noLaws, libraryAgeInMonths: 12, risk: riskAt(0.04) }).months).toBe(24);
  });
});
