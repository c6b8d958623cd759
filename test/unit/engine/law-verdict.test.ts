import { describe, expect, it } from 'vitest';
import { lawsForMap, scenariosFromLibrary } from '../../../shared/engine/from-library';
import { evaluateLaw, type LawVerdictContext } from '../../../shared/engine/law-verdict';
import { evaluateRisk } from '../../../shared/engine/risk';
import { EO_14086, FISA_702, IT_ACT_69, emptyTestAssessment, party, singleTransferAssessment, testLibrary, transfer, usSaasAssessment, withLaw } from './factories';

const library = testLibrary();
const none: LawVerdictContext = { measureIds: [], clearTextCountries: new Set() };
const keys = (reasons: { key: string }[]) => reasons.map((r) => r.key);

function fisa(answers: Record<string, 'yes' | 'no' | 'unknown'>, context = none) {
  const row = withLaw(emptyTestAssessment(), FISA_702, answers);
  return { row, result: evaluateLaw(row, library, context) };
}

describe('law verdicts under the "no reason to believe" test', () => {
  it('does not apply when a scope answer excludes the importer', () => {
    const { result } = fisa({ ecsp: 'no', 'clear-text': 'yes' });
    expect(result.proposed).toBe('not-applicable');
    expect(result.reasons[0]).toEqual({
      key: 'engine.laws.outOfScope',
      params: { law: 'FISA Section 702', question: FISA_702.questionnaire[0]!.text, answer: 'no' },
    });
  });

  it('gives reason to believe when the importer is in scope and holds the data readably', () => {
    const { result } = fisa({ ecsp: 'yes', 'clear-text': 'yes' });
    expect(result.proposed).toBe('reason-to-believe');
    expect(keys(result.reasons)).toEqual(expect.arrayContaining(['engine.laws.inScope', 'engine.laws.readable', 'engine.laws.reasonToBelieve']));
  });

  it('gives no reason to believe when the data is not readable, by answer or by exporter-held keys', () => {
    expect(fisa({ ecsp: 'yes', 'clear-text': 'no' }).result.proposed).toBe('no-reason-to-believe');
    const byMeasure = fisa({ ecsp: 'yes', 'clear-text': 'yes' }, { measureIds: ['encrypted-storage-exporter-keys'], clearTextCountries: new Set() }).result;
    expect(byMeasure.proposed).toBe('no-reason-to-believe');
    expect(byMeasure.reasons).toContainEqual({ key: 'engine.laws.notReadableByMeasure', params: { measureId: 'encrypted-storage-exporter-keys' } });
  });

  it('does not count exporter-held keys where a transfer to that country needs the data in clear', () => {
    const result = fisa({ ecsp: 'yes', 'clear-text': 'yes' }, { measureIds: ['encrypted-storage-exporter-keys'], clearTextCountries: new Set(['US']) }).result;
    expect(result.proposed).toBe('reason-to-believe');
    expect(keys(result.reasons)).toContain('engine.laws.measureDefeatedByClearText');
  });

  it('notes practice answers but never lets them decide alone (EDPB para. 47)', () => {
    const { result } = fisa({ ecsp: 'yes', 'clear-text': 'yes', requests: 'no', challenge: 'yes' });
    expect(result.proposed).toBe('reason-to-believe');
    expect(keys(result.reasons)).toEqual(expect.arrayContaining(['engine.laws.practiceNoted', 'engine.laws.practiceNotAlone', 'engine.laws.safeguardNoted']));
    expect(fisa({ requests: 'no' }).result.proposed).toBe('undetermined');
  });

  it('stays undetermined and says which questions are open', () => {
    const { result } = fisa({ ecsp: 'unknown' });
    expect(result.proposed).toBe('undetermined');
    const missing = result.reasons.find((r) => r.key === 'engine.laws.missingAnswers');
    expect(missing?.params?.count).toBe(2);
    expect(String(missing?.params?.questions)).toContain('ECSP');
  });

  it('lets the user override, and flags an override without a reason', () => {
    const { row } = fisa({ ecsp: 'yes', 'clear-text': 'yes' });
    row.verdictOverride = 'no-reason-to-believe';
    const lacking = evaluateLaw(row, library, none);
    expect(lacking).toMatchObject({ proposed: 'reason-to-believe', effective: 'no-reason-to-believe', overridden: true, overrideLacksReason: true });
    row.verdictOverrideReason = 'The importer only stores encrypted backups.';
    expect(evaluateLaw(row, library, none).overrideLacksReason).toBe(false);
  });

  it('carries the library’s confidence, caveat and re-check note', () => {
    const { result } = fisa({});
    expect(result).toMatchObject({ unconfirmed: true, caveat: FISA_702.caveat, citation: FISA_702.citation });
    expect(keys(result.reasons)).toEqual(expect.arrayContaining(['engine.laws.unconfirmed', 'engine.laws.recheck']));
  });

  it('treats a safeguard entry as not applicable, and the user’s own law as undetermined until they decide', () => {
    expect(evaluateLaw(withLaw(emptyTestAssessment(), EO_14086), library, none).proposed).toBe('not-applicable');
    const own = { ...withLaw(emptyTestAssessment(), FISA_702), lawId: null, name: 'Local decree' };
    expect(evaluateLaw(own, library, none)).toMatchObject({ proposed: 'undetermined', name: 'Local decree' });
  });

  it('takes a law without scope or readability questions to reach readable data', () => {
    const result = evaluateLaw(withLaw(emptyTestAssessment(), IT_ACT_69, { demands: 'no' }), library, none);
    expect(result.proposed).toBe('reason-to-believe');
    expect(keys(result.reasons)).toEqual(expect.arrayContaining(['engine.laws.noScopeQuestions', 'engine.laws.readableAssumed', 'engine.laws.practiceNotAlone']));
  });
});

describe('laws and scenarios offered from the library', () => {
  it('offers the access laws of every restricted destination, importers and sub-processors alike', () => {
    const a = singleTransferAssessment('JP');
    a.map.parties.push(party('sub', 'sub-processor', 'processor', 'IN', 'Sub'), party('us', 'sub-processor', 'processor', 'US', 'US host'));
    a.map.transfers.push(transfer('t2', 'importer', 'sub'), transfer('t3', 'sub', 'us'));
    expect(lawsForMap(a, library).map((l) => l.id)).toEqual(['us-fisa-702', 'us-eo-12333', 'in-it-act-69']);
    expect(lawsForMap(singleTransferAssessment('FR'), library)).toEqual([]);
  });

  it('instantiates scenarios at their defaults, once per template', () => {
    const a = usSaasAssessment();
    const scenarios = scenariosFromLibrary(a, library);
    expect(scenarios.map((s) => [s.id, s.templateId, s.lawId])).toEqual([
      ['fisa-702-directive', 'fisa-702-directive', 'us-fisa-702'],
      ['eo-12333-transit', 'eo-12333-transit', 'us-eo-12333'],
    ]);
    expect(scenarios[0]?.preconditions.every((f) => f.reason === '')).toBe(true);
    a.step3.risk.scenarios = scenarios.slice(0, 1);
    expect(scenariosFromLibrary(a, library).map((s) => s.templateId)).toEqual(['eo-12333-transit']);
    // Scenarios at their defaults need no reasons.
    const risk = evaluateRisk({ ...a.step3.risk, scenarios }, [], library);
    expect(risk.scenarios.flatMap((s) => s.factors).some((f) => f.lacksReason || f.changedFromDefault)).toBe(false);
  });
});
