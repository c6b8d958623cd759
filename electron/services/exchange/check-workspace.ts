import type Database from 'better-sqlite3';
import type { ImportConflict } from '../../../shared/exchange/conflicts';
import type { LifecycleState } from '../../../shared/history/lifecycle';
import { createChainCheck, type ChainCheck } from './chain-check';
import { checkVersionHashes } from './record-checks';
import { readWorkspace } from './workspace-reader';
import type { ProgressReport, WorkspaceCheck } from './workspace-types';

interface ExistingRow {
  title: string;
  updated_at: string;
  lifecycle: LifecycleState;
}

/**
 * Reads a workspace file through without writing anything: whether it is whole and valid, what it holds, which of its
 * assessments have ids already taken here, and whether its history still holds together.
 */
export async function checkWorkspace(db: Database.Database, source: string, onProgress: ProgressReport): Promise<WorkspaceCheck> {
  const existing = db.prepare<[string], ExistingRow>('SELECT title, updated_at, lifecycle FROM assessments WHERE id = ?');
  const conflicts: ImportConflict[] = [];
  const chain = createChainCheck();
  const importedChains = new Map<string, ChainCheck>();

  const readout = await readWorkspace(
    source,
    {
      record(record, line) {
        switch (record.type) {
          case 'assessment': {
            checkVersionHashes(record, line);
            const found = existing.get(record.assessment.id);
            if (found) {
              conflicts.push({
                id: record.assessment.id,
                importedTitle: record.assessment.title,
                importedUpdatedAt: record.assessment.updatedAt,
                existingTitle: found.title,
                existingUpdatedAt: found.updated_at,
                existingLifecycle: found.lifecycle,
              });
            }
            return;
          }
          case 'audit':
            chain.add(record.entry);
            return;
          case 'imported-audit': {
            let check = importedChains.get(record.importId);
            if (!check) importedChains.set(record.importId, (check = createChainCheck()));
            check.add(record.entry);
            return;
          }
          default:
            return;
        }
      },
    },
    onProgress,
  );

  const own = chain.result(readout.header.auditHead);
  // Histories imported earlier are checked link by link; their heads are named in the entries of the chain above.
  const earlierIntact = [...importedChains.values()].every((check) => check.result().intact);
  return {
    kind: 'check',
    header: readout.header,
    fileSha256: readout.fileSha256,
    conflicts,
    history: { ...own, intact: own.intact && earlierIntact },
  };
}
