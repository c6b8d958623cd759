import type { Assessment } from '../../../shared/domain/assessment';
import type { LawLibrary } from '../../../shared/domain/law-library';
import { AppFailure } from '../../../shared/domain/result';
import { evaluateAssessment } from '../../../shared/engine/evaluate';
import { assessmentCompleteness, completenessContext } from '../../../shared/wizard/completeness';

/** Refuses with ASSESSMENT_INCOMPLETE, naming each step's open questions, unless every required answer is given. */
export function requireComplete(assessment: Assessment, library: LawLibrary, today: string): void {
  const context = completenessContext(assessment, evaluateAssessment(assessment, library, today));
  const open = assessmentCompleteness(assessment, context).filter((step) => !step.complete);
  if (open.length === 0) return;
  throw new AppFailure(
    'ASSESSMENT_INCOMPLETE',
    `The assessment “${assessment.title}” can be submitted for review once every required question is answered.`,
    open.map((step) => `${step.key}: ${step.missing.length} of ${step.required} required answers missing (${step.missing.join(', ')})`),
  );
}
