import { createHash } from 'node:crypto';
import type { Assessment } from '../../../shared/domain/assessment';
import { canonicalJson } from '../../../shared/domain/interchange';

/** SHA-256 (hex) of the assessment's canonical JSON: the same content always gives the same hash. */
export function contentHash(assessment: Assessment): string {
  return createHash('sha256').update(canonicalJson(assessment), 'utf8').digest('hex');
}
