import { createHash } from 'node:crypto';
import type { Assessment } from '../../../shared/domain/assessment';
import { canonicalAssessmentJson } from '../../../shared/domain/interchange';

/** SHA-256 (hex) of the assessment's canonical JSON (canonicalAssessmentJson): the same content always gives the same hash. */
export function contentHash(assessment: Assessment): string {
  return createHash('sha256').update(canonicalAssessmentJson(assessment), 'utf8').digest('hex');
}
