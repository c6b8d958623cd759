import type Database from 'better-sqlite3';
import type { Assessment } from '../../../shared/domain/assessment';
import { AppFailure } from '../../../shared/domain/result';
import type { VersionEntry, VersionKind, VersionRef } from '../../../shared/history/lifecycle';

interface VersionRow {
  revision: number;
  kind: VersionKind;
  at: string;
  actor: string;
  content_hash: string;
  approver: string | null;
  approved_on: string | null;
  report_sha256: string | null;
  note: string | null;
}

/** Reads the kept versions of assessments (migration 5). */
export function createVersionReader(db: Database.Database) {
  const statements = {
    list: db.prepare<[string], VersionRow>(
      `SELECT revision, kind, at, actor, content_hash, approver, approved_on, report_sha256, note
       FROM assessment_versions WHERE assessment_id = ? ORDER BY at DESC, revision DESC, kind DESC`,
    ),
    document: db.prepare<[string, number, string, string], { document: string }>(
      'SELECT document FROM assessment_versions WHERE assessment_id = ? AND revision = ? AND kind = ? AND at = ?',
    ),
  };

  return {
    /** Newest first; `approvedRevision` tells the approval in force from the superseded ones. */
    list(assessmentId: string, approvedRevision: number | null): VersionEntry[] {
      return statements.list.all(assessmentId).map((row) => ({
        revision: row.revision,
        kind: row.kind,
        at: row.at,
        actor: row.actor,
        contentHash: row.content_hash,
        approver: row.approver,
        approvedOn: row.approved_on,
        reportSha256: row.report_sha256,
        note: row.note,
        approval: row.kind !== 'approved' ? null : row.revision === approvedRevision ? 'in-force' : 'superseded',
      }));
    },

    /** The document as it was kept; NOT_FOUND when no such version exists. */
    document(assessmentId: string, ref: VersionRef): Assessment {
      const row = statements.document.get(assessmentId, ref.revision, ref.kind, ref.at);
      if (!row) throw new AppFailure('NOT_FOUND', `No version ${ref.revision} (${ref.kind}, ${ref.at}) of assessment ${assessmentId}.`);
      try {
        return JSON.parse(row.document) as Assessment;
      } catch (error) {
        throw new AppFailure('DATABASE_ERROR', `The kept version ${ref.revision} of assessment ${assessmentId} is not valid JSON: ${(error as Error).message}`);
      }
    },
  };
}
