import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_LIMIT, emptyRiskModel, type Scenario } from '../../../shared/domain/assessment';
import { formatPercent } from '../../../shared/engine/format';
import {
  annualFromHorizon,
  combineAnnual,
  evaluateRisk,
  onceEvery,
  probabilityOverYears,
  scenarioAnnualProbability,
} from '../../../shared/engine/risk';
import { scenarioFromTemplate } from '../../../shared/engine/from-library';
import { EO_12333, FISA_702, testLibrary } from './factories';

const percent = (p: number, decimals: number) => (p * 100).toFixed(decimals);

describe('the published figures (DOMAIN.md §5)', () => {
  it('0.509 % per year gives 2.52 % over 5 years', () => {
    expect(percent(probabilityOverYears(0.00509, 5), 2)).toBe('2.52');
  });

  it('2.52 % over 5 years gives 0.509 % per year', () => {
    expect(percent(annualFromHorizon(0.0252, 5), 3)).toBe('0.509');
  });

  it('"once every 903 years" reproduces at 99 % confidence, not at the 90 % it was quoted with', () => {
    // 0.5087 % per year is published as 0.509 % and gives 2.52 % over 5 years.
    const annual = 0.005087;
    expect(percent(annual, 3)).toBe('0.509');
    expect(percent(probabilityOverYears(annual, 5), 2)).toBe('2.52');
    expect(Math.round(onceEvery(annual, 0.99).atConfidence ?? 0)).toBe(903);
    expect(Math.round(onceEvery(annual, 0.9).atConfidence ?? 0)).toBe(451);
    expect(Math.round(onceEvery(annual, 0).average ?? 0)).toBe(197);
  });

  it('every annual probability published as 0.509 % gives about 903 years at 99 %, none at 90 %', () => {
    for (const annual of [0.005085, 0.00509, 0.005094]) {
      expect(onceEvery(annual, 0.99).atConfidence ?? 0).toBeGreaterThan(901);
      expect(onceEvery(annual, 0.99).atConfidence ?? 0).toBeLessThan(904);
      expect(onceEvery(annual, 0.9).atConfidence ?? 0).toBeLessThan(452);
    }
  });

  it('the Zurich limit of 10 % over 5 years is about 2.09 % per year, and back', () => {
    expect(DEFAULT_RISK_LIMIT.acceptableLimit).toBe(0.1);
    expect(DEFAULT_RISK_LIMIT.horizonYears).toBe(5);
    const annual = annualFromHorizon(DEFAULT_RISK_LIMIT.acceptableLimit, DEFAULT_RISK_LIMIT.horizonYears);
    expect(percent(annual, 2)).toBe('2.09');
    expect(probabilityOverYears(annual, 5)).toBeCloseTo(0.1, 12);
  });
});

describe('the arithmetic', () => {
  it('multiplies a scenario chain and combines scenarios as independent events', () => {
    expect(scenarioAnnualProbability(0.05, [0.5, 0.8])).toBeCloseTo(0.02, 12);
    expect(scenarioAnnualProbability(0.05, [])).toBe(0.05);
    expect(combineAnnual([0.02, 0.002])).toBeCloseTo(1 - 0.98 * 0.998, 12);
    expect(combineAnnual([])).toBe(0);
  });

  it('handles p = 0 without dividing by zero', () => {
    expect(probabilityOverYears(0, 5)).toBe(0);
    expect(annualFromHorizon(0, 5)).toBe(0);
    expect(onceEvery(0, 0.99)).toEqual({ average: null, atConfidence: null });
    expect(onceEvery(0.01, 0)).toEqual({ average: 100, atConfidence: null });
    expect(onceEvery(1, 0.9)).toEqual({ average: 1, atConfidence: 1 });
  });

  it('formats percentages for reasons with two decimals, or two significant digits below 1 %', () => {
    expect(formatPercent(0.0252)).toBe('2.52');
    expect(formatPercent(0.00509)).toBe('0.51');
    expect(formatPercent(0.1)).toBe('10');
    expect(formatPercent(0.00074)).toBe('0.074');
    expect(formatPercent(0)).toBe('0');
  });
});

function model(...scenarios: Scenario[]) {
  return { ...emptyRiskModel(), scenarios };
}
const fisa = () => scenarioFromTemplate(FISA_702.scenarios[0]!, FISA_702.id, 'fisa');
const eo = () => scenarioFromTemplate(EO_12333.scenarios[0]!, EO_12333.id, 'eo');

describe('evaluateRisk', () => {
  const library = testLibrary();

  it('computes before = after without measures, over the horizon, with the curve to twice the horizon', () => {
    const risk = evaluateRisk(model(fisa(), eo()), [], library);
    const p = 1 - (1 - 0.02 * 0.5 * 0.8) * (1 - 0.02 * 0.1);
    expect(risk.annualBefore).toBeCloseTo(p, 12);
    expect(risk.annualAfter).toBeCloseTo(p, 12);
    expect(risk.horizonBefore).toBeCloseTo(1 - (1 - p) ** 5, 12);
    expect(risk.curve).toHaveLength(10);
    expect(risk.curve[4]?.before).toBeCloseTo(risk.horizonBefore, 12);
    expect(risk.withinLimitBefore).toBe(true);
    expect(risk.onceEveryBefore.atConfidence).toBeCloseTo(Math.log(0.1) / Math.log(1 - p), 9);
  });

  it('lowers FISA 702 residual risk with encryption under exporter-held keys, on provider and transit scenarios', () => {
    const risk = evaluateRisk(model(fisa(), eo()), [{ measureId: 'encrypted-storage-exporter-keys', note: '' }], library);
    const [provider, transit] = risk.scenarios;
    expect(provider?.annualAfter).toBeCloseTo(0.02 * 0.5 * 0.8 * 0.02, 12);
    expect(transit?.annualAfter).toBeCloseTo(0.02 * 0.1 * 0.02, 12);
    const readable = provider?.factors.find((f) => f.kind === 'readable');
    expect(readable?.before).toBe(0.8);
    expect(readable?.after).toBeCloseTo(0.016, 12);
    expect(readable?.appliedMeasures).toEqual([{ measureId: 'encrypted-storage-exporter-keys', multiplier: 0.02 }]);
    expect(risk.horizonAfter).toBeLessThan(risk.horizonBefore / 10);
  });

  it('applies transport encryption to transit scenarios only, and importer-held keys to nothing', () => {
    const transitOnly = evaluateRisk(model(fisa(), eo()), [{ measureId: 'transit-encryption', note: '' }], library);
    expect(transitOnly.scenarios[0]?.annualAfter).toBe(transitOnly.scenarios[0]?.annualBefore);
    expect(transitOnly.scenarios[1]?.annualAfter).toBeCloseTo(0.02 * 0.1 * 0.05, 12);
    const importerKeys = evaluateRisk(model(fisa(), eo()), [{ measureId: 'encryption-at-rest-importer-keys', note: '' }], library);
    expect(importerKeys.annualAfter).toBe(importerKeys.annualBefore);
  });

  it('weakens "in scope" a little for the duty to challenge orders', () => {
    const risk = evaluateRisk(model(fisa()), [{ measureId: 'challenge-orders', note: '' }], library);
    expect(risk.scenarios[0]?.annualAfter).toBeCloseTo(0.02 * 0.5 * 0.9 * 0.8, 12);
  });

  it('leaves excluded scenarios out of the combined figure', () => {
    const excluded = { ...eo(), included: false };
    const risk = evaluateRisk(model(fisa(), excluded), [], library);
    expect(risk.annualBefore).toBeCloseTo(0.02 * 0.5 * 0.8, 12);
    expect(risk.scenarios).toHaveLength(2);
  });

  it('compares every factor with the template default and asks for a reason where it differs', () => {
    const changed = fisa();
    changed.preconditions[0] = { ...changed.preconditions[0]!, probability: 0.3 };
    changed.preconditions[1] = { ...changed.preconditions[1]!, probability: 0.5, reason: 'Most data is encrypted client-side.' };
    const [scenario] = evaluateRisk(model(changed), [], library).scenarios;
    const [trigger, inScope, readable] = scenario?.factors ?? [];
    expect(trigger).toMatchObject({ kind: 'trigger', defaultValue: 0.02, changedFromDefault: false, lacksReason: false, basis: 'test value' });
    expect(inScope).toMatchObject({ defaultValue: 0.5, changedFromDefault: true, lacksReason: true });
    expect(readable).toMatchObject({ defaultValue: 0.8, changedFromDefault: true, lacksReason: false });
  });

  it('asks for reasons on the user’s own factors, which have no default', () => {
    const own: Scenario = {
      ...fisa(),
      templateId: null,
      preconditions: [{ id: 'mine', kind: 'other', label: 'Own precondition', probability: 0.5, reason: '' }],
    };
    own.annualTrigger = { ...own.annualTrigger, reason: 'Based on the importer’s transparency report.' };
    const [scenario] = evaluateRisk(model(own), [], library).scenarios;
    expect(scenario?.factors[0]).toMatchObject({ defaultValue: null, lacksReason: false });
    expect(scenario?.factors[1]).toMatchObject({ defaultValue: null, lacksReason: true });
  });

  it('flags a residual risk above the limit', () => {
    const heavy = fisa();
    heavy.annualTrigger = { ...heavy.annualTrigger, probability: 1, reason: 'test' };
    const risk = evaluateRisk(model(heavy), [], library);
    expect(risk.horizonBefore).toBeGreaterThan(0.1);
    expect(risk.withinLimitBefore).toBe(false);
    expect(risk.withinLimitAfter).toBe(false);
  });

  it('gives p = 0 with no included scenario', () => {
    const risk = evaluateRisk(model(), [], library);
    expect(risk.annualBefore).toBe(0);
    expect(risk.horizonAfter).toBe(0);
    expect(risk.onceEveryAfter.average).toBeNull();
    expect(risk.withinLimitAfter).toBe(true);
  });
});
