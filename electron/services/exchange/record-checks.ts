import { AppFailure } from '../../../shared/domain/result';
import type { AssessmentRecord } from '../../../shared/exchange/workspace-format';
import { contentHash } from '../report/content-hash';

/**
 * What the schema cannot see: each kept version's document must still give the content hash recorded with it, which
 * is the hash a signed report of that version carries on its cover.
 */
export function checkVersionHashes(record: AssessmentRecord, line: number): void {
  for (const version of record.versions) {
    if (contentHash(version.document) !== version.contentHash) {
      throw new AppFailure(
        'WORKSPACE_DAMAGED',
        `Line ${line} of the workspace file (“${record.assessment.title.slice(0, 80)}”) holds a kept version that was changed after it was kept.`,
        [`revision ${version.revision} (${version.kind}, ${version.at}): the document does not give its recorded content hash`],
      );
    }
  }
}
