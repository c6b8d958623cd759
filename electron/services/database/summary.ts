import type { Assessment, AssessmentStatus } from '../../../shared/domain/assessment';
import { deriveStatus, type CompletenessContext } from '../../../shared/wizard/completeness';

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
