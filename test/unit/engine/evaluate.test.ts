import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../shared/domain/assessment';
import { lawLibrarySchema } from '../../../shared/domain/law-library';
import { evaluateAssessment } from '../../../shared/engine/evaluate';
import { lawsForMap, scenariosFromLibrary } from '../../../shared/engine/from-library';
import type { Reason } from '../../../shared/engine/types';
import { createI18n } from '../../../shared/i18n';
import { CHECKLIST_ITEMS, MEASURES, REVIEW_TRIGGERS } from '../../../shared/wizard/catalogues';
import {
  EO_12333,
  EO_14086,
  FISA_702,
  IT_ACT_69,
  party,
  singleTransferAssessment,
  testLibrary,
  transfer,
  usSaasAssessment,
  withLaw,
  withMeasures,
  withScenarios,
} from './factories';

const library = testLibrary();
const today = '2026-07-01';

/** Assessments that together reach every branch that produces a reason. */
function variety(): Assessment[] {
  const clearText = usSaasAssessment({ needsClearText: true, accessType: 'remote-access', specialCategories: true, criminalData: true, retention: '' });
  withLaw(clearText, FISA_702, { ecsp: 'yes', 'clear-text': 'yes', requests: 'no', challenge: 'yes' });
  withLaw(clearText, EO_12333, {});
  withScenarios(clearText, FISA_702);
  withMeasures(clearText, 'encrypted-storage-exporter-keys', 'encryption-at-rest-importer-keys', 'challenge-orders', 'unknown-measure');
  clearText.step3.laws[0]!.verdictOverride = 'no-reason-to-believe';

  const encrypted = usSaasAssessment({ needsClearText: false, format: 'encrypted', keyHolder: 'importer', retention: 'indefinitely' });
  withLaw(encrypted, FISA_702, { ecsp: 'unknown', 'clear-text': 'no' });
  withLaw(encrypted, IT_ACT_69, { demands: 'no' });
  withLaw(encrypted, EO_12333, { 'transit-encrypted': 'yes' }).verdictOverride = 'reason-to-believe';
  encrypted.step3.laws[2]!.verdictOverrideReason = 'Routing through US carriers.';
  withScenarios(encrypted, FISA_702);
  withScenarios(encrypted, EO_12333);
  withMeasures(encrypted, 'pseudonymisation', 'transit-encryption', 'protected-recipient', 'split-processing');
  encrypted.map.parties[0]!.role = 'processor';

  const uk = singleTransferAssessment('BR', { frequency: 'periodic' }, 'GB');
  uk.map.transfers[0]!.tool = { ...uk.map.transfers[0]!.tool, tool: 'art49', art49Derogation: '' };
  uk.map.parties.push(party('us', 'sub-processor', 'processor', 'US', 'US host'), party('kr', 'sub-processor', 'processor', 'KR', 'Korean host'));
  uk.map.transfers.push(transfer('t2', 'importer', 'us', { tool: { ...uk.map.transfers[0]!.tool, tool: 'dpf', dpfCheckedOn: '2024-01-01' } }));
  uk.map.transfers.push(transfer('t3', 'importer', 'kr', { tool: { ...uk.map.transfers[0]!.tool, tool: 'idta' } }));

  const swiss = singleTransferAssessment('US', {}, 'CH');
  swiss.map.transfers[0]!.tool = { ...swiss.map.transfers[0]!.tool, tool: 'dpf', dpfCertificationConfirmed: true, dpfCheckedOn: '2026-06-01' };
  swiss.map.parties.push(party('jp', 'sub-processor', 'processor', 'JP', 'JP'), party('xx', 'recipient', 'controller', 'ZZ', 'Nowhere'));
  swiss.map.transfers.push(transfer('t2', 'importer', 'jp', { tool: { ...swiss.map.transfers[0]!.tool, tool: 'adequacy' } }), transfer('t3', 'importer', 'xx'));

  const canada = singleTransferAssessment('CA');
  canada.map.transfers[0]!.tool.tool = 'adequacy';
  canada.map.parties.push(party('ca2', 'sub-processor', 'processor', 'CA', 'Canadian host'));
  canada.map.transfers.push(transfer('t2', 'importer', 'ca2'));
  const eoOnly = usSaasAssessment();
  withLaw(eoOnly, EO_14086);

  const notPersonal = singleTransferAssessment('US');
  notPersonal.prechecks.personalData = 'no';
  const art49 = usSaasAssessment();
  art49.prechecks = { ...art49.prechecks, art49IsBasis: 'yes', art49Justification: 'occasional', rolesEstablished: 'unknown', minimisationDone: 'no', personalData: '' };
  const adequacyToUs = singleTransferAssessment('US');
  adequacyToUs.map.transfers[0]!.tool.tool = 'adequacy';
  adequacyToUs.map.transfers[0]!.tool.sccModuleOverride = 4;
  const empty = singleTransferAssessment('');
  empty.map.transfers = [];
  const risky = usSaasAssessment({ needsClearText: false, format: 'encrypted', keyHolder: 'importer' });
  withLaw(risky, FISA_702, { ecsp: 'yes', 'clear-text': 'no' });
  withScenarios(risky, FISA_702);
  risky.step3.risk.scenarios[0]!.annualTrigger.probability = 1;
  const rtbPlain = usSaasAssessment({ needsClearText: false, format: 'clear', keyHolder: 'importer' });
  withLaw(rtbPlain, FISA_702, { ecsp: 'yes', 'clear-text': 'yes' });
  withScenarios(rtbPlain, FISA_702);

  return [canada, eoOnly, clearText, encrypted, uk, swiss, notPersonal, art49, adequacyToUs, empty, risky, rtbPlain, singleTransferAssessment('FR'), singleTransferAssessment('JP')];
}

function reasonsIn(value: unknown, found: Reason[] = []): Reason[] {
  if (Array.isArray(value)) value.forEach((v) => reasonsIn(v, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.key === 'string' && Object.keys(record).every((k) => k === 'key' || k === 'params')) found.push(record as unknown as Reason);
    else Object.values(record).forEach((v) => reasonsIn(v, found));
  }
  return found;
}

describe('evaluateAssessment', () => {
  it('words every engine reason in English, with every parameter and nested name filled in', () => {
    const i18n = createI18n('en');
    const reasons = variety().flatMap((a) => reasonsIn(evaluateAssessment(a, library, today)));
    const engineReasons = reasons.filter((r) => r.key.startsWith('engine.'));
    expect(new Set(engineReasons.map((r) => r.key)).size).toBeGreaterThan(100);
    const problems = engineReasons
      .map((r) => ({ key: r.key, text: i18n.t(r.key, r.params ?? {}) }))
      .filter(({ key, text }) => !i18n.exists(key) || text === key || /\{\{|\$t\(|measures\.|options\./.test(text));
    expect(problems).toEqual([]);
  });

  it('renders nested names of tools, verdicts and measures', () => {
    const i18n = createI18n('en');
    expect(i18n.t('engine.checklist.becauseTool', { tool: 'scc', transfers: 'A → B' })).toBe('Because Standard Contractual Clauses (Art. 46(2)(c)) is the tool for: A → B.');
    expect(i18n.t('engine.laws.notReadableByMeasure', { measureId: 'encrypted-storage-exporter-keys' })).toContain('Strong encryption for storage or backup');
  });

  it('has texts for every catalogue entry, including the effect basis of each measure', () => {
    const i18n = createI18n('en');
    const keys = [
      ...MEASURES.flatMap((m) => [`measures.${m.id}.title`, `measures.${m.id}.description`, m.basisKey]),
      ...CHECKLIST_ITEMS.map((c) => `checklist.${c.id}`),
      ...REVIEW_TRIGGERS.map((r) => `triggers.${r.id}`),
    ];
    expect(keys.filter((k) => !i18n.exists(k))).toEqual([]);
    for (const m of MEASURES.filter((x) => x.effects.length > 0)) {
      expect(i18n.t(m.basisKey), m.id).toContain('DTIA Studio starting estimate, not a published figure');
    }
  });

  it('ties the parts together for the US SaaS chain with exporter-held keys', () => {
    const a = usSaasAssessment({ needsClearText: false, format: 'encrypted', keyHolder: 'importer' });
    withLaw(a, FISA_702, { ecsp: 'yes', 'clear-text': 'yes' });
    withScenarios(a, FISA_702);
    withScenarios(a, EO_12333);
    withMeasures(a, 'encrypted-storage-exporter-keys');
    const evaluation = evaluateAssessment(a, library, today);
    expect(evaluation.prechecks.tiaRequired).toBe('yes');
    expect(evaluation.transfers.map((t) => t.sccModule?.effective)).toEqual([2, 3]);
    expect(evaluation.transfers[0]?.useCases.map((u) => u.useCase)).toEqual([1]);
    expect(evaluation.laws[0]).toMatchObject({ effective: 'no-reason-to-believe', unconfirmed: true });
    expect(evaluation.risk.horizonAfter).toBeLessThan(evaluation.risk.horizonBefore);
    expect(evaluation.outcome.outcome).toBe('proceed-with-measures');
    // FISA 702 must be re-checked (2026 lapse): review in 3 months.
    expect(evaluation.review).toMatchObject({ months: 3, date: '2026-10-01' });
    expect(evaluation.checklist.map((c) => c.itemId)).toContain('measure-implemented-encrypted-storage-exporter-keys');
    expect(evaluation.library).toEqual({ asOf: '2026-06', ageInMonths: 1, outdated: false });
  });

  it('flags a library older than 12 months', () => {
    const evaluation = evaluateAssessment(usSaasAssessment(), testLibrary('2025-05'), today);
    expect(evaluation.library).toEqual({ asOf: '2025-05', ageInMonths: 14, outdated: true });
  });

  it('runs on the shipped law library: its US laws and scenarios start at their defaults', () => {
    const raw: unknown = JSON.parse(readFileSync(fileURLToPath(new URL('../../../resources/law-library.json', import.meta.url)), 'utf8'));
    const shipped = lawLibrarySchema.parse(raw);
    const a = usSaasAssessment();
    const laws = lawsForMap(a, shipped);
    expect(laws.map((l) => l.id)).toContain('us-fisa-702');
    a.step3.risk.scenarios = scenariosFromLibrary(a, shipped);
    expect(a.step3.risk.scenarios.length).toBeGreaterThan(0);
    const evaluation = evaluateAssessment(a, shipped, today);
    expect(evaluation.risk.scenarios.flatMap((s) => s.factors).every((f) => !f.changedFromDefault && f.defaultValue !== null)).toBe(true);
  });
});

describe('measures against an importer that needs the data in clear', () => {
  it('does not let encryption lower the provider scenarios where the recipient must see the data in clear (use case 6)', () => {
    const library = testLibrary();
    const inClear = usSaasAssessment({ format: 'clear', keyHolder: '', needsClearText: true });
    withScenarios(inClear, FISA_702);
    withMeasures(inClear, 'encrypted-storage-exporter-keys');
    const blocked = evaluateAssessment(inClear, library, '2026-11-22');
    expect(blocked.measures.clearTextUseCases.length).toBeGreaterThan(0);
    expect(blocked.risk.annualAfter).toBeCloseTo(blocked.risk.annualBefore, 12);
    expect(blocked.risk.scenarios.flatMap((s) => s.factors).flatMap((f) => f.appliedMeasures)).toEqual([]);

    const storageOnly = usSaasAssessment({ format: 'encrypted', keyHolder: 'exporter', needsClearText: false });
    withScenarios(storageOnly, FISA_702);
    withMeasures(storageOnly, 'encrypted-storage-exporter-keys');
    const effective = evaluateAssessment(storageOnly, library, '2026-11-22');
    expect(effective.risk.annualAfter).toBeLessThan(effective.risk.annualBefore / 10);
  });
});
