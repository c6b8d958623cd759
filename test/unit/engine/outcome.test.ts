import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../shared/domain/assessment';
import { evaluateAssessment } from '../../../shared/engine/evaluate';
import { EO_12333, FISA_702, singleTransferAssessment, testLibrary, usSaasAssessment, withLaw, withMeasures, withScenarios } from './factories';

const library = testLibrary();
const today = '2026-07-01';
const outcomeOf = (a: Assessment) => evaluateAssessment(a, library, today).outcome;
const keys = (reasons: { key: string }[]) => reasons.map((r) => r.key);

/** The US SaaS chain with both US laws and their scenarios; `clearText` decides use case 6. */
function assessed(options: { clearText: boolean; fisaReadable: 'yes' | 'no'; measures?: string[] }): Assessment {
  const a = usSaasAssessment(
    options.clearText
      ? { needsClearText: true, format: 'clear', accessType: 'storage' }
      : { needsClearText: false, format: 'encrypted', keyHolder: 'importer', accessType: 'storage' },
  );
  withLaw(a, FISA_702, { ecsp: 'yes', 'clear-text': options.fisaReadable, requests: 'no' });
  withLaw(a, EO_12333, { 'transit-encrypted': 'yes' });
  withScenarios(a, FISA_702);
  withScenarios(a, EO_12333);
  withMeasures(a, ...(options.measures ?? []));
  return a;
}

describe('the proposed outcome', () => {
  it('proposes no TIA when the pre-checks say so', () => {
    const a = singleTransferAssessment('JP');
    a.map.transfers[0]!.tool.tool = 'adequacy';
    const outcome = outcomeOf(a);
    expect(outcome.outcome).toBe('no-tia-required');
    expect(outcome.reasons[0]?.key).toBe('engine.outcome.noTiaRequired.adequacy');
  });

  it('proposes no TIA when every uncovered transfer relies on Art. 49, repeating the warnings', () => {
    const a = singleTransferAssessment('IN', { frequency: 'one-off' });
    a.map.transfers[0]!.tool = { ...a.map.transfers[0]!.tool, tool: 'art49', art49Derogation: 'explicit-consent' };
    expect(outcomeOf(a).outcome).toBe('no-tia-required');
  });

  it('may proceed with measures: exporter-held keys keep FISA 702 data unreadable, residual risk below the limit', () => {
    const outcome = outcomeOf(assessed({ clearText: false, fisaReadable: 'yes', measures: ['encrypted-storage-exporter-keys'] }));
    expect(outcome.outcome).toBe('proceed-with-measures');
    expect(outcome.blockers).toEqual([]);
    expect(outcome.reasons[0]?.key).toBe('engine.outcome.proceedWithMeasures');
    expect(outcome.reasons[1]).toMatchObject({ key: 'engine.outcome.residualBelowLimit', params: { horizon: 5, limit: '10' } });
    expect(outcome.reasons).toContainEqual({ key: 'engine.outcome.law.no-reason-to-believe', params: { law: 'FISA Section 702' } });
    expect(outcome.reasons).toContainEqual({ key: 'engine.laws.notReadableByMeasure', params: { measureId: 'encrypted-storage-exporter-keys' } });
  });

  it('may proceed without measures when no law will be applied and the risk is below the limit', () => {
    const outcome = outcomeOf(assessed({ clearText: false, fisaReadable: 'no' }));
    expect(outcome.outcome).toBe('proceed');
    expect(keys(outcome.reasons)).toEqual(expect.arrayContaining(['engine.outcome.proceed', 'engine.outcome.residualBelowLimit', 'engine.laws.notReadableByAnswer']));
  });

  it('must not proceed where a law will be applied and the recipient needs the data in clear (use case 6)', () => {
    const outcome = outcomeOf(assessed({ clearText: true, fisaReadable: 'yes', measures: ['notify-requests', 'challenge-orders'] }));
    expect(outcome.outcome).toBe('do-not-proceed');
    expect(outcome.reasons[0]).toEqual({ key: 'engine.outcome.doNotProceedClearText', params: { laws: 'FISA Section 702' } });
    expect(keys(outcome.reasons)).toEqual(expect.arrayContaining(['engine.measures.noEffectiveTechnicalMeasure', 'engine.measures.complementaryInsufficient']));
  });

  it('must not proceed where a law will be applied and no measure keeps the data unreadable', () => {
    const outcome = outcomeOf(assessed({ clearText: false, fisaReadable: 'yes' }));
    expect(outcome.outcome).toBe('do-not-proceed');
    expect(keys(outcome.reasons)).toEqual(expect.arrayContaining(['engine.outcome.doNotProceedNoMeasure', 'engine.outcome.figureNotEnough']));
  });

  it('recognises exporter-held keys recorded on the map, without the measure being listed', () => {
    const a = assessed({ clearText: false, fisaReadable: 'yes' });
    for (const t of a.map.transfers) t.keyHolder = 'exporter';
    const evaluation = evaluateAssessment(a, library, today);
    expect(evaluation.laws[0]?.proposed).toBe('no-reason-to-believe');
    expect(keys(evaluation.laws[0]?.reasons ?? [])).toContain('engine.laws.notReadableByMap');
    expect(evaluation.outcome.outcome).toBe('proceed-with-measures');
  });

  it('may proceed with an effective technical measure of the EDPB use cases, e.g. pseudonymisation', () => {
    const outcome = outcomeOf(assessed({ clearText: false, fisaReadable: 'yes', measures: ['pseudonymisation'] }));
    expect(outcome.outcome).toBe('proceed-with-measures');
    expect(keys(outcome.reasons)).toContain('engine.useCases.uc2');
  });

  it('must not proceed when the residual risk exceeds the limit', () => {
    const a = assessed({ clearText: false, fisaReadable: 'no' });
    const scenario = a.step3.risk.scenarios[0]!;
    scenario.annualTrigger = { ...scenario.annualTrigger, probability: 1, reason: 'Importer reports frequent directives.' };
    const outcome = outcomeOf(a);
    expect(outcome.outcome).toBe('do-not-proceed');
    expect(outcome.reasons[0]?.key).toBe('engine.outcome.doNotProceedRisk');
  });

  it('proposes with measures when measures bring the risk below the limit', () => {
    const a = assessed({ clearText: false, fisaReadable: 'no', measures: ['encrypted-storage-exporter-keys'] });
    const scenario = a.step3.risk.scenarios[0]!;
    scenario.annualTrigger = { ...scenario.annualTrigger, probability: 1, reason: 'Importer reports frequent directives.' };
    const evaluation = evaluateAssessment(a, library, today);
    expect(evaluation.risk.withinLimitBefore).toBe(false);
    expect(evaluation.risk.withinLimitAfter).toBe(true);
    expect(evaluation.outcome.outcome).toBe('proceed-with-measures');
  });

  it('proposes nothing while something essential is missing, and says what', () => {
    const a = usSaasAssessment();
    a.map.transfers[1]!.tool.tool = '';
    const outcome = outcomeOf(a);
    expect(outcome.outcome).toBeNull();
    expect(keys(outcome.blockers)).toEqual(['engine.outcome.blocker.noTool', 'engine.outcome.blocker.noLaws', 'engine.outcome.blocker.noScenarios']);
  });

  it('blocks on an undetermined verdict, an override without reason and a changed factor without reason', () => {
    const a = assessed({ clearText: false, fisaReadable: 'no' });
    a.step3.laws[0]!.answers = a.step3.laws[0]!.answers.map((x) => ({ ...x, answer: '' }));
    a.step3.laws[1]!.verdictOverride = 'reason-to-believe';
    a.step3.risk.scenarios[0]!.preconditions[0]!.probability = 0.1;
    expect(outcomeOf(a).blockers).toEqual([
      { key: 'engine.outcome.blocker.lawUndetermined', params: { law: 'FISA Section 702' } },
      { key: 'engine.outcome.blocker.lawOverrideWithoutReason', params: { law: 'Executive Order 12333' } },
      { key: 'engine.outcome.blocker.factorWithoutReason', params: { scenario: 'FISA 702 directive to the importer', factor: 'The importer is an ECSP and cannot resist' } },
    ]);
  });

  it('blocks while the pre-checks cannot tell whether a TIA is needed', () => {
    const outcome = outcomeOf(singleTransferAssessment(''));
    expect(outcome.outcome).toBeNull();
    expect(keys(outcome.blockers)).toContain('engine.outcome.blocker.prechecksOpen');
  });
});

describe('reasons of the proposal', () => {
  it('says a sentence once even when two transfers between the same parties give it', () => {
    const library = testLibrary();
    const a = usSaasAssessment({ format: 'clear', keyHolder: '', needsClearText: true });
    a.map.transfers[1] = { ...a.map.transfers[0]!, id: 't1-copy' };
    withLaw(a, FISA_702, { ecsp: 'yes', 'clear-text': 'yes' });
    withScenarios(a, FISA_702);
    const { outcome } = evaluateAssessment(a, library, '2026-11-22');
    expect(outcome.outcome).toBe('do-not-proceed');
    const signatures = outcome.reasons.map((r) => JSON.stringify([r.key, r.params ?? {}]));
    expect(new Set(signatures).size).toBe(signatures.length);
  });
});
