import type { Assessment, AssessmentStatus, StepKey } from '../domain/assessment';
import type { AssessmentEvaluation } from '../engine/types';
import { getAtPath } from './paths';
import { STEPS, type Condition, type Question, type StepDefinition, type WidgetKind } from './steps';

export function conditionHolds(condition: Condition | undefined, assessment: Assessment): boolean {
  if (!condition) return true;
  const value = getAtPath(assessment, condition.path);
  if ('equals' in condition) return value === condition.equals;
  if ('notEquals' in condition) return value !== condition.notEquals;
  return true;
}

export function isVisible(question: Question, assessment: Assessment): boolean {
  return conditionHolds(question.visibleWhen, assessment);
}

function hasValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

const usesScc = (a: Assessment) => a.map.transfers.some((t) => t.tool.tool === 'scc');

/** A widget counts as answered once the user has given what its part of the assessment needs. */
const WIDGET_ANSWERED: Record<WidgetKind, (a: Assessment, context: CompletenessContext) => boolean> = {
  precheckResult: () => true,
  transferMap: (a) =>
    a.map.parties.length >= 2 &&
    a.map.transfers.length > 0 &&
    a.map.parties.every((p) => p.name.trim() !== '' && p.country !== '' && p.role !== '') &&
    a.map.transfers.every(
      (t) => t.dataCategories.length > 0 && t.dataSubjects.length > 0 && t.purpose.trim() !== '' && t.format !== '' && t.accessType !== '',
    ),
  transferTools: (a) =>
    a.map.transfers.every(
      (t) =>
        t.tool.tool !== '' &&
        (t.tool.sccModuleOverride === null || t.tool.sccModuleOverrideReason.trim() !== '') &&
        (t.tool.tool !== 'dpf' || (t.tool.dpfCertificationConfirmed && t.tool.dpfCheckedOn !== '')) &&
        (t.tool.tool !== 'art49' || t.tool.art49Derogation !== ''),
    ),
  sccClauses: (a) => !usesScc(a) || (a.step2.scc.clause9Option !== '' && a.step2.scc.clause13Authority.trim() !== '' && a.step2.scc.clause17Law !== '' && a.step2.scc.clause18Forum !== ''),
  regimeSpecifics: () => true,
  sccAnnexes: () => true,
  laws: (a, context) =>
    a.step3.laws.length > 0 &&
    (context.lawVerdictsDetermined ?? a.step3.laws.every((l) => l.answers.some((x) => x.answer !== '') || l.verdictOverride !== '')),
  riskModel: (a) => a.step3.risk.scenarios.some((s) => s.included),
  measures: (a) => a.step4.measures.length > 0,
  checklist: (a) => a.step5.checklist.length > 0 && a.step5.checklist.every((entry) => entry.status !== 'open'),
  reviewDate: (a) => a.step6.nextReviewDate !== '',
  triggers: (a) => a.step6.triggers.length > 0 || a.step6.otherTriggers.trim() !== '',
  outcome: (a) => a.conclusion.decision !== '' && (a.conclusion.decision !== 'overridden' || a.conclusion.overrideJustification.trim() !== ''),
};

export function isAnswered(question: Question, assessment: Assessment, context: CompletenessContext = FULL_TIA): boolean {
  if (question.kind === 'widget') return WIDGET_ANSWERED[question.widget](assessment, context);
  return hasValue(getAtPath(assessment, question.path));
}

export interface StepCompleteness {
  key: StepKey;
  answered: number;
  required: number;
  complete: boolean;
  /** Required, visible questions still open, by id, so the UI can point at them. */
  missing: string[];
}

/**
 * What completeness needs to know that only the engine can tell: whether a full TIA is needed and, where known,
 * whether every law has a verdict. Without an evaluation every step counts and laws need an answer each.
 */
export interface CompletenessContext {
  fullTiaRequired: boolean;
  lawVerdictsDetermined?: boolean;
}

const FULL_TIA: CompletenessContext = { fullTiaRequired: true };

/** The one way to derive the context from an evaluation, for the wizard, the store and the report alike. */
export function completenessContext(
  assessment: Assessment,
  evaluation: Pick<AssessmentEvaluation, 'prechecks' | 'laws'>,
): CompletenessContext {
  return {
    fullTiaRequired: evaluation.prechecks.tiaRequired !== 'no' || assessment.prechecks.continueFullAssessment,
    lawVerdictsDetermined: evaluation.laws.every((law) => law.effective !== 'undetermined' && !law.overrideLacksReason),
  };
}

export function stepCompleteness(
  step: StepDefinition,
  assessment: Assessment,
  context: CompletenessContext = FULL_TIA,
): StepCompleteness {
  if (step.onlyForFullTia && !context.fullTiaRequired) {
    return { key: step.key, answered: 0, required: 0, complete: true, missing: [] };
  }
  const required = step.sections
    .flatMap((s) => s.questions)
    .filter((q) => q.required && isVisible(q, assessment));
  const missing = required.filter((q) => !isAnswered(q, assessment, context)).map((q) => q.id);
  return {
    key: step.key,
    answered: required.length - missing.length,
    required: required.length,
    complete: missing.length === 0,
    missing,
  };
}

export function assessmentCompleteness(assessment: Assessment, context: CompletenessContext = FULL_TIA): StepCompleteness[] {
  return STEPS.map((step) => stepCompleteness(step, assessment, context));
}

export function deriveStatus(assessment: Assessment, context: CompletenessContext = FULL_TIA): AssessmentStatus {
  return assessmentCompleteness(assessment, context).every((s) => s.complete) ? 'complete' : 'draft';
}
