import type Database from 'better-sqlite3';
import type { Assessment } from '../../../shared/domain/assessment';
import type { LifecycleState, LifecycleStatus, VersionKind } from '../../../shared/history/lifecycle';
import { AppFailure } from '../../../shared/domain/result';
import { contentHash } from '../report/content-hash';

/** The lifecycle columns of the assessments row and the kept versions (migration 5); the caller holds the transaction. */

export interface StateRow {
  title: string;
  lifecycle: LifecycleState;
  revision: number;
  approved_revision: number | null;
}

export interface KeptVersion {
  assessmentId: string;
  revision: number;
  kind: VersionKind;
  document: Assessment;
  actor: string;
  at: string;
  approver?: string;
  approvedOn?: string;
  reportSha256?: string;
  note?: string;
}

export function toStatus(assessmentId: string, row: StateRow): LifecycleStatus {
  return { assessmentId, lifecycle: row.lifecycle, revision: row.revision, approvedRevision: row.approved_revision };
}

export function createLifecycleRows(db: Database.Database) {
  const statements = {
    state: db.prepare<[string], StateRow>('SELECT title, lifecycle, revision, approved_revision FROM assessments WHERE id = ?'),
    setState: db.prepare<[{ id: string; lifecycle: LifecycleState; revision: number; approved_revision: number | null }]>(
      'UPDATE assessments SET lifecycle = @lifecycle, revision = @revision, approved_revision = @approved_revision WHERE id = @id',
    ),
    keep: db.prepare(
      `INSERT INTO assessment_versions
         (assessment_id, revision, kind, document, content_hash, actor, at, approver, approved_on, report_sha256, note)
       VALUES (@assessment_id, @revision, @kind, @document, @content_hash, @actor, @at, @approver, @approved_on, @report_sha256, @note)`,
    ),
  };

  return {
    /** The row's lifecycle; undefined when there is no such assessment. */
    find(id: string): StateRow | undefined {
      return statements.state.get(id);
    },

    /** The row's lifecycle; NOT_FOUND when there is no such assessment. */
    state(id: string): StateRow {
      const row = statements.state.get(id);
      if (!row) throw new AppFailure('NOT_FOUND', `No assessment with id ${id}.`);
      return row;
    },

    setState(id: string, state: Pick<StateRow, 'lifecycle' | 'revision' | 'approved_revision'>): void {
      statements.setState.run({ id, ...state });
    },

    keep(version: KeptVersion): void {
      statements.keep.run({
        assessment_id: version.assessmentId,
        revision: version.revision,
        kind: version.kind,
        document: JSON.stringify(version.document),
        content_hash: contentHash(version.document),
        actor: version.actor,
        at: version.at,
        approver: version.approver ?? null,
        approved_on: version.approvedOn ?? null,
        report_sha256: version.reportSha256 ?? null,
        note: version.note ?? null,
      });
    },
  };
}

export type LifecycleRows = ReturnType<typeof createLifecycleRows>;
