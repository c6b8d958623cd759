import type { Assessment, AssessmentStatus } from '../../../shared/domain/assessment';
import type { LawLibrary } from '../../../shared/domain/law-library';
import { evaluateAssessment } from '../../../shared/engine/evaluate';
import { completenessContext as contextFromEvaluation, deriveStatus, type CompletenessContext } from '../../../shared/wizard/completeness';

/** The columns the home screen lists, derived from the document so that they can never disagree with it. */
export interface SummaryColumns {
  importer: string;
  destination: string;
  status: AssessmentStatus;
  nextReviewDate: string;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value.trim() !== ''))];
}

export function summaryColumns(assessment: Assessment, context: CompletenessContext): SummaryColumns {
  const importers = assessment.map.parties.filter((party) => party.kind === 'importer');
  return {
    importer: unique(importers.map((party) => party.name.trim())).join(', '),
    destination: unique(importers.map((party) => party.country)).join(', '),
    status: deriveStatus(assessment, context),
    nextReviewDate: assessment.step6.nextReviewDate,
  };
}

/** Completeness as the engine sees the assessment: whether the full six steps are needed and every law has a verdict. */
export function completenessContext(assessment: Assessment, library: LawLibrary, today: string): CompletenessContext {
  return contextFromEvaluation(assessment, evaluateAssessment(assessment, library, today));
}
