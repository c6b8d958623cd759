import type Database from 'better-sqlite3';
import { assessmentSchema } from '../../../shared/domain/assessment';
import { assessmentV1Schema } from '../../../shared/domain/legacy/assessment-v1';
import { migrateAssessmentV1 } from '../../../shared/domain/legacy/migrate-v1';
import { summaryColumns } from './summary';

/**
 * Rewrites every stored version 1 document as version 2, with its summary columns. Runs inside the migration's
 * transaction, so either all documents are converted or none. A document that is neither valid version 1 nor valid
 * version 2 is left exactly as it is: the store then reports it as damaged when it is opened, instead of the whole
 * database refusing to open.
 */
export function migrateStoredDocumentsToV2(db: Database.Database): void {
  const rows = db.prepare<[], { id: string; document: string }>('SELECT id, document FROM assessments').all();
  const update = db.prepare<[{ id: string; importer: string; destination: string; status: string; next_review_date: string; document: string }]>(
    `UPDATE assessments SET importer = @importer, destination = @destination, status = @status,
       next_review_date = @next_review_date, document = @document
     WHERE id = @id`,
  );
  for (const row of rows) {
    let stored: unknown;
    try {
      stored = JSON.parse(row.document);
    } catch {
      continue;
    }
    if (assessmentSchema.safeParse(stored).success) continue;
    const v1 = assessmentV1Schema.safeParse(stored);
    if (!v1.success) continue;
    const migrated = assessmentSchema.parse(migrateAssessmentV1(v1.data));
    // A migrated document has empty pre-checks and an undecided conclusion, so it is a draft of a full TIA; the
    // status needs no law library here and is recomputed with it on the next save.
    const summary = summaryColumns(migrated, { fullTiaRequired: true });
    update.run({
      id: row.id,
      importer: summary.importer,
      destination: summary.destination,
      status: summary.status,
      next_review_date: summary.nextReviewDate,
      document: JSON.stringify(migrated),
    });
  }
}
