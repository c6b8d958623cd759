import type { Assessment, AssessmentStatus } from '../../../shared/domain/assessment';
import type { LawLibrary } from '../../../shared/domain/law-library';
import { evaluatePrechecks } from '../../../shared/engine/prechecks';
import { evaluateTransfers } from '../../../shared/engine/transfers';
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

/**
 * Whether the assessment needs the full six steps: not when the pre-checks found adequacy, a confirmed DPF
 * certification, an Art. 49 basis or no transfer at all — unless the user chose to record the full assessment anyway.
 */
export function completenessContext(assessment: Assessment, library: LawLibrary, today: string): CompletenessContext {
  // The pre-checks alone, as evaluateAssessment derives them: a save runs on every edit and needs nothing more.
  const prechecks = evaluatePrechecks(assessment, library, evaluateTransfers(assessment, library, today));
  return { fullTiaRequired: prechecks.tiaRequired !== 'no' || assessment.prechecks.continueFullAssessment };
}
