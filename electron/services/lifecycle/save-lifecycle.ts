import type Database from 'better-sqlite3';
import type { Assessment } from '../../../shared/domain/assessment';
import { AppFailure } from '../../../shared/domain/result';
import { diffAssessments } from '../../../shared/history/diff';
import { createLifecycleRows } from './lifecycle-rows';

export interface SaveLifecycleDeps {
  now: () => Date;
  actor: () => string;
}

/** What a save did to the lifecycle, for its audit entry. */
export type SaveTransition = { startedRevision: number } | { returnedToDraft: number };

/**
 * What saving an edit means for the lifecycle: an approved revision stays frozen, so the edit starts the next
 * revision as a draft; an edit under review takes it back to draft (the submitted document is kept); an archived
 * assessment is not edited at all. A save that changes nothing changes no state, so an autosave cannot start a revision.
 */
export function createSaveLifecycle(db: Database.Database, deps: SaveLifecycleDeps) {
  const rows = createLifecycleRows(db);

  return {
    /**
     * Called in the save's transaction before the row is written; `stored` reads the document the save replaces.
     * Throws ASSESSMENT_ARCHIVED for an archived assessment, NOT_FOUND for an unknown one.
     */
    beforeSave(id: string, next: Assessment, stored: () => Assessment): SaveTransition | null {
      const state = rows.state(id);
      if (state.lifecycle === 'archived') {
        throw new AppFailure('ASSESSMENT_ARCHIVED', `The assessment “${state.title}” is archived and cannot be edited. Take it out of the archive first.`);
      }
      if (state.lifecycle === 'draft') return null;
      const previous = stored();
      if (diffAssessments(previous, next).length === 0) return null;
      if (state.lifecycle === 'in-review') {
        rows.keep({ assessmentId: id, revision: state.revision, kind: 'returned', document: previous, actor: deps.actor(), at: deps.now().toISOString() });
        rows.setState(id, { lifecycle: 'draft', revision: state.revision, approved_revision: state.approved_revision });
        return { returnedToDraft: state.revision };
      }
      // Approved (or superseded): the approved revision stays in force until the next one is approved.
      const revision = state.revision + 1;
      rows.setState(id, { lifecycle: 'draft', revision, approved_revision: state.approved_revision });
      return { startedRevision: revision };
    },
  };
}

export type SaveLifecycle = ReturnType<typeof createSaveLifecycle>;
