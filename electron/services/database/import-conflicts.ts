import type Database from 'better-sqlite3';
import type { Assessment } from '../../../shared/domain/assessment';
import { AppFailure } from '../../../shared/domain/result';
import { keptBothTitle, type ImportConflict } from '../../../shared/exchange/conflicts';
import type { LifecycleState } from '../../../shared/history/lifecycle';

/** Finds the stored assessment an import would collide with, and names the copy kept beside it. */
export function createConflictLookup(db: Database.Database) {
  const statements = {
    existing: db.prepare<[string], { title: string; updated_at: string; lifecycle: LifecycleState }>(
      'SELECT title, updated_at, lifecycle FROM assessments WHERE id = ?',
    ),
    titleTaken: db.prepare<[string], { found: number }>('SELECT 1 AS found FROM assessments WHERE title = ? LIMIT 1'),
  };

  return {
    /** The conflict the assessment's id makes here; null when the id is free. */
    conflictWith(assessment: Pick<Assessment, 'id' | 'title' | 'updatedAt'>): ImportConflict | null {
      const found = statements.existing.get(assessment.id);
      if (!found) return null;
      return {
        id: assessment.id,
        importedTitle: assessment.title,
        importedUpdatedAt: assessment.updatedAt,
        existingTitle: found.title,
        existingUpdatedAt: found.updated_at,
        existingLifecycle: found.lifecycle,
      };
    },

    /** "Title (2)", or the next number whose title no stored assessment has. */
    keptBothTitle(title: string): string {
      return keptBothTitle(title, (candidate) => statements.titleTaken.get(candidate) !== undefined);
    },
  };
}

/** Refuses an import whose id is taken while no choice was made; the renderer asks and imports again with one. */
export function unresolvedConflict(conflict: ImportConflict): AppFailure {
  return new AppFailure(
    'IMPORT_CONFLICT',
    `An assessment with the id of “${conflict.importedTitle}” is already stored here (“${conflict.existingTitle}”). Choose whether to keep both or to replace it.`,
    [conflict.id],
  );
}
