import type { Assessment, AssessmentStatus, StepKey } from '../domain/assessment';
import { sccModuleChoice } from '../domain/scc';
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

const WIDGET_ANSWERED: Record<WidgetKind, (a: Assessment) => boolean> = {
  onwardTransfers: (a) => a.step1.onwardTransfers.every((t) => t.recipient.trim() !== '' && t.country !== ''),
  sccModule: (a) => {
    const choice = sccModuleChoice(a);
    return choice.effective !== null && !choice.overrideLacksReason;
  },
  laws: (a) => a.step3.laws.length > 0 && a.step3.laws.every((l) => l.name.trim() !== '' && l.applies !== ''),
  measures: (a) => a.step4.measures.length > 0,
  checklist: (a) => a.step5.checklist.some((entry) => entry.done),
  triggers: (a) => a.step6.triggers.length > 0 || a.step6.otherTriggers.trim() !== '',
};

export function isAnswered(question: Question, assessment: Assessment): boolean {
  if (question.kind === 'widget') return WIDGET_ANSWERED[question.widget](assessment);
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

export function stepCompleteness(step: StepDefinition, assessment: Assessment): StepCompleteness {
  const required = step.sections
    .flatMap((s) => s.questions)
    .filter((q) => q.required && isVisible(q, assessment));
  const missing = required.filter((q) => !isAnswered(q, assessment)).map((q) => q.id);
  return {
    key: step.key,
    answered: required.length - missing.length,
    required: required.length,
    complete: missing.length === 0,
    missing,
  };
}

export function assessmentCompleteness(assessment: Assessment): StepCompleteness[] {
  return STEPS.map((step) => stepCompleteness(step, assessment));
}

export function deriveStatus(assessment: Assessment): AssessmentStatus {
  return assessmentCompleteness(assessment).every((s) => s.complete) ? 'complete' : 'draft';
}
