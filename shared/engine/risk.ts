import type { ChosenMeasure, Factor, RiskModel, Scenario } from '../domain/assessment';
import type { DefaultFactor, LawLibrary, ScenarioTemplate } from '../domain/law-library';
import { findMeasure } from '../wizard/catalogues';
import { templateFactorIndex } from './factor-ids';
import { countryOfLaw } from './law-verdict';
import type { FactorEvaluation, OnceEvery, RiskEvaluation, ScenarioEvaluation } from './types';

/**
 * The quantitative model after Rosenthal (DOMAIN.md §5): the probability of a problematic lawful access as a chain
 * of preconditions that must all hold, per scenario and year, combined over scenarios and the horizon.
 */

/** p_s = P(trigger per year) × Π P(precondition | the earlier ones). */
export function scenarioAnnualProbability(trigger: number, preconditions: readonly number[]): number {
  return preconditions.reduce((product, p) => product * p, trigger);
}

/** p = 1 − Π_s (1 − p_s): at least one of the scenarios happens within a year. */
export function combineAnnual(probabilities: readonly number[]): number {
  return 1 - probabilities.reduce((none, p) => none * (1 - p), 1);
}

/** P_T = 1 − (1 − p)^T: at least one access within T years. */
export function probabilityOverYears(annual: number, years: number): number {
  return 1 - Math.pow(1 - annual, years);
}

/** The annual probability that gives `overHorizon` within `years` years: p = 1 − (1 − P_T)^(1/T). */
export function annualFromHorizon(overHorizon: number, years: number): number {
  return 1 - Math.pow(1 - overHorizon, 1 / years);
}

/**
 * "At least once every N years": on average N = 1 / p; at confidence c, the N for which the probability of at least
 * one access within N years reaches c, N_c = ln(1 − c) / ln(1 − p). Both are null when p is 0 (never).
 */
export function onceEvery(annual: number, confidence: number): OnceEvery {
  if (annual <= 0) return { average: null, atConfidence: null };
  if (annual >= 1) return { average: 1, atConfidence: confidence > 0 ? 1 : null };
  return {
    average: 1 / annual,
    atConfidence: confidence > 0 ? Math.log(1 - confidence) / Math.log(1 - annual) : null,
  };
}

export function findScenarioTemplate(library: LawLibrary, templateId: string | null): ScenarioTemplate | undefined {
  if (templateId === null) return undefined;
  for (const country of library.countries) {
    for (const law of country.laws) {
      const template = law.scenarios.find((s) => s.id === templateId);
      if (template) return template;
    }
  }
  return undefined;
}

function defaultFor(template: ScenarioTemplate | undefined, factor: Factor, isTrigger: boolean): { value: number; basis: string } | null {
  if (!template) return null;
  if (isTrigger) return { value: template.annualTrigger.probability, basis: template.annualTrigger.basis };
  const index = templateFactorIndex(factor.id);
  const precondition: DefaultFactor | undefined = index === null ? undefined : template.preconditions[index];
  if (!precondition || precondition.kind !== factor.kind) return null;
  return { value: precondition.probability, basis: precondition.basis };
}

const sameValue = (a: number, b: number) => Math.abs(a - b) < 1e-12;

/**
 * Where the recipient must see the data in clear (EDPB use cases 6 and 7), encryption and pseudonymisation cannot
 * keep the data from an authority that compels the recipient: their "readable" effect does not count there.
 */
export interface RiskContext {
  /** Destination countries with a transfer whose recipient needs the data in clear. */
  clearTextCountries?: ReadonlySet<string>;
}

function evaluateFactor(
  factor: Factor,
  scenario: Scenario,
  template: ScenarioTemplate | undefined,
  measureIds: readonly string[],
  isTrigger: boolean,
  readableEffectsBlocked: boolean,
): FactorEvaluation {
  const appliedMeasures: FactorEvaluation['appliedMeasures'] = [];
  if (!isTrigger) {
    for (const measureId of measureIds) {
      for (const effect of findMeasure(measureId)?.effects ?? []) {
        const blocked = readableEffectsBlocked && effect.kind === 'readable' && scenario.vector === 'provider';
        if (!blocked && effect.kind === factor.kind && effect.vectors.includes(scenario.vector)) {
          appliedMeasures.push({ measureId, multiplier: effect.multiplier });
        }
      }
    }
  }
  const after = appliedMeasures.reduce((value, m) => value * m.multiplier, factor.probability);
  const fallback = defaultFor(template, factor, isTrigger);
  const changedFromDefault = fallback !== null && !sameValue(fallback.value, factor.probability);
  return {
    id: factor.id,
    kind: isTrigger ? 'trigger' : factor.kind,
    label: factor.label,
    before: factor.probability,
    after,
    appliedMeasures,
    defaultValue: fallback?.value ?? null,
    changedFromDefault,
    lacksReason: (changedFromDefault || fallback === null) && factor.reason.trim() === '',
    reason: factor.reason,
    basis: fallback?.basis ?? null,
  };
}

export function evaluateScenario(
  scenario: Scenario,
  measureIds: readonly string[],
  library: LawLibrary,
  context: RiskContext = {},
): ScenarioEvaluation {
  const template = findScenarioTemplate(library, scenario.templateId);
  const country = scenario.lawId ? countryOfLaw(library, scenario.lawId) : null;
  const blocked = country !== null && (context.clearTextCountries?.has(country) ?? false);
  const factors = [
    evaluateFactor(scenario.annualTrigger, scenario, template, measureIds, true, blocked),
    ...scenario.preconditions.map((f) => evaluateFactor(f, scenario, template, measureIds, false, blocked)),
  ];
  const [trigger, ...rest] = factors;
  return {
    id: scenario.id,
    name: scenario.name,
    lawId: scenario.lawId,
    vector: scenario.vector,
    included: scenario.included,
    factors,
    annualBefore: scenarioAnnualProbability(trigger?.before ?? 0, rest.map((f) => f.before)),
    annualAfter: scenarioAnnualProbability(trigger?.after ?? 0, rest.map((f) => f.after)),
  };
}

export function evaluateRisk(
  risk: RiskModel,
  chosenMeasures: readonly ChosenMeasure[],
  library: LawLibrary,
  context: RiskContext = {},
): RiskEvaluation {
  const measureIds = chosenMeasures.map((m) => m.measureId);
  const scenarios = risk.scenarios.map((s) => evaluateScenario(s, measureIds, library, context));
  const included = scenarios.filter((s) => s.included);
  const annualBefore = combineAnnual(included.map((s) => s.annualBefore));
  const annualAfter = combineAnnual(included.map((s) => s.annualAfter));
  const horizonBefore = probabilityOverYears(annualBefore, risk.horizonYears);
  const horizonAfter = probabilityOverYears(annualAfter, risk.horizonYears);
  const curve = Array.from({ length: 2 * risk.horizonYears }, (_, i) => ({
    year: i + 1,
    before: probabilityOverYears(annualBefore, i + 1),
    after: probabilityOverYears(annualAfter, i + 1),
  }));
  return {
    horizonYears: risk.horizonYears,
    acceptableLimit: risk.acceptableLimit,
    limitSource: risk.limitSource,
    confidence: risk.confidence,
    scenarios,
    annualBefore,
    annualAfter,
    horizonBefore,
    horizonAfter,
    onceEveryBefore: onceEvery(annualBefore, risk.confidence),
    onceEveryAfter: onceEvery(annualAfter, risk.confidence),
    withinLimitBefore: horizonBefore <= risk.acceptableLimit,
    withinLimitAfter: horizonAfter <= risk.acceptableLimit,
    curve,
  };
}
