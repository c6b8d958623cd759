import { useEffect } from 'react';
import type { Assessment } from '../../../shared/domain/assessment';
import type { LawLibrary } from '../../../shared/domain/law-library';
import type { AssessmentEvaluation } from '../../../shared/engine/types';
import { evaluateAssessment } from '../../../shared/engine/evaluate';
import { todayIso } from '../lib/format';
import { useEditor } from '../stores/editor';
import { useLawLibrary } from '../stores/lawLibrary';
import { useLanguage } from '../i18n';

/**
 * The last evaluation, shared by every component that asks during a render: the step list, the step and its
 * widgets all see the same document object, so the engine runs once per edit rather than once per component.
 */
let last: { assessment: Assessment; library: LawLibrary; today: string; evaluation: AssessmentEvaluation } | null = null;

function evaluate(assessment: Assessment, library: LawLibrary, today: string): AssessmentEvaluation {
  if (last && last.assessment === assessment && last.library === library && last.today === today) return last.evaluation;
  const evaluation = evaluateAssessment(assessment, library, today);
  last = { assessment, library, today, evaluation };
  return evaluation;
}

/**
 * The engine's evaluation of the open assessment, or null while no assessment is open or the law library is still
 * loading. Today's date (local) is part of the key because the evaluation (library age, review date) depends on it.
 */
export function useEvaluation(): AssessmentEvaluation | null {
  const assessment = useEditor((state) => state.assessment);
  const library = useLawLibrary((state) => state.library);
  const ensureLibrary = useLawLibrary((state) => state.ensureLoaded);
  const language = useLanguage();
  useEffect(() => ensureLibrary(language), [ensureLibrary, language]);
  return assessment && library ? evaluate(assessment, library, todayIso()) : null;
}
