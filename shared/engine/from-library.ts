import type { Assessment, Factor, LawAssessment, Scenario } from '../domain/assessment';
import type { LawEntry, LawLibrary, ScenarioTemplate } from '../domain/law-library';
import { TRIGGER_FACTOR_ID, templateFactorId } from './factor-ids';
import { evaluateTransfers } from './transfers';
import type { TransferEvaluation } from './types';

/**
 * What the library offers for this map: the access laws of every destination country of a restricted transfer
 * (importers and sub-processors alike), and scenarios instantiated from those laws' templates with their default
 * factors. The UI adds them on request; the shipped library itself is never changed.
 */
export function lawsForMap(assessment: Assessment, library: LawLibrary, transfers?: readonly TransferEvaluation[]): LawEntry[] {
  const evaluated = transfers ?? evaluateTransfers(assessment, library, '');
  const countries = new Set(evaluated.filter((t) => t.isRestrictedTransfer && t.destinationCountry !== '').map((t) => t.destinationCountry));
  const laws: LawEntry[] = [];
  for (const country of library.countries) {
    if (!countries.has(country.code)) continue;
    for (const law of country.laws) {
      if (law.kind === 'access-law' && !laws.some((l) => l.id === law.id)) laws.push(law);
    }
  }
  return laws;
}

/** A new step-3 row for a library law, with no answers yet. */
export function lawAssessmentFromLibrary(law: LawEntry, rowId: string): LawAssessment {
  return {
    id: rowId,
    lawId: law.id,
    name: law.name,
    citation: law.citation,
    answers: law.questionnaire.map((q) => ({ questionId: q.id, answer: '', note: '' })),
    verdictOverride: '',
    verdictOverrideReason: '',
    reasoning: '',
    notes: '',
    userSources: [],
  };
}

/** A scenario at the template's defaults; an empty reason marks a factor still at its default. */
export function scenarioFromTemplate(template: ScenarioTemplate, lawId: string, scenarioId: string): Scenario {
  const trigger: Factor = { id: TRIGGER_FACTOR_ID, kind: 'other', label: template.annualTrigger.label, probability: template.annualTrigger.probability, reason: '' };
  return {
    id: scenarioId,
    templateId: template.id,
    lawId,
    name: template.name,
    vector: template.vector,
    annualTrigger: trigger,
    preconditions: template.preconditions.map((p, i) => ({ id: templateFactorId(i), kind: p.kind, label: p.label, probability: p.probability, reason: '' })),
    included: true,
  };
}

function uniqueId(base: string, taken: Set<string>): string {
  const trimmed = base.slice(0, 56);
  let candidate = trimmed;
  for (let n = 2; taken.has(candidate); n++) candidate = `${trimmed}-${n}`;
  taken.add(candidate);
  return candidate;
}

/** Scenarios from the templates of the laws relevant to the map, skipping templates the model already uses. */
export function scenariosFromLibrary(assessment: Assessment, library: LawLibrary, transfers?: readonly TransferEvaluation[]): Scenario[] {
  const existing = assessment.step3.risk.scenarios;
  const usedTemplates = new Set(existing.map((s) => s.templateId).filter((id): id is string => id !== null));
  const taken = new Set(existing.map((s) => s.id));
  const scenarios: Scenario[] = [];
  for (const law of lawsForMap(assessment, library, transfers)) {
    for (const template of law.scenarios) {
      if (usedTemplates.has(template.id)) continue;
      usedTemplates.add(template.id);
      scenarios.push(scenarioFromTemplate(template, law.id, uniqueId(template.id, taken)));
    }
  }
  return scenarios;
}
