import type { ImportConflict } from '../../../shared/exchange/conflicts';
import type { HistoryCheck } from '../../../shared/exchange/jobs';
import type { WorkspaceCounts, WorkspaceHeader } from '../../../shared/exchange/workspace-format';

/** What the exchange worker hands back, before the service adds what only the main thread knows (file names, backups). */

export interface WorkspaceExport {
  kind: 'export';
  path: string;
  bytes: number;
  /** SHA-256 of the written file. */
  sha256: string;
  counts: WorkspaceCounts;
}

export interface WorkspaceCheck {
  kind: 'check';
  header: WorkspaceHeader;
  /** SHA-256 of the file as read. */
  fileSha256: string;
  /** Imported assessments whose id is taken here. */
  conflicts: ImportConflict[];
  history: HistoryCheck;
}

export interface WorkspaceImport {
  kind: 'import';
  counts: WorkspaceCounts;
  keptBoth: number;
  replaced: number;
  importId: string;
  history: HistoryCheck;
}

/** Reports how far a task got (0 to 1); called often, so it must be cheap. */
export type ProgressReport = (fraction: number) => void;
