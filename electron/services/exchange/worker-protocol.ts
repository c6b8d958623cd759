import type { AppError } from '../../../shared/domain/result';
import type { ConflictResolution } from '../../../shared/exchange/conflicts';
import type { JobPhase } from '../../../shared/exchange/jobs';
import type { WorkspaceCheck, WorkspaceExport, WorkspaceImport } from './workspace-types';

/**
 * What the main thread and an exchange worker say to each other. The worker has a database connection of its own and
 * reports progress; the main thread may cancel it until the worker claims the moment that makes its work final (the
 * rename of the exported file, the commit of the import). One shared integer decides that race: whoever changes it
 * from RUNNING first wins, so a cancelled job never leaves a result and a job that made its result final is not
 * reported as cancelled.
 */

interface DatabaseAccess {
  databaseFile: string;
  nativeBinding?: string | undefined;
  /** Added to the worker's clock, so that it keeps the time the services were given. */
  clockOffsetMs: number;
}

export type WorkerTask =
  | (DatabaseAccess & { kind: 'export'; target: string; temporary: string; appVersion: string })
  | (DatabaseAccess & { kind: 'check'; source: string })
  | (DatabaseAccess & {
      kind: 'import';
      source: string;
      fileName: string;
      resolution: ConflictResolution;
      resourcesDir: string;
      /** The author of the import's audit entries (the user profile's name). */
      actor: string;
    });

export type WorkerResult = WorkspaceExport | WorkspaceCheck | WorkspaceImport;

export type WorkerMessage =
  | { type: 'progress'; phase: JobPhase; progress: number }
  /** The file was checked and is sound; the import waits for 'proceed' (after the main thread's backup). */
  | { type: 'checked'; databaseHasAssessments: boolean }
  | { type: 'done'; result: WorkerResult }
  | { type: 'failed'; error: AppError };

/** After 'checked': go on writing; the database was backed up, as `backupId` names. To stop, the worker is ended. */
export type MainMessage = { type: 'proceed'; backupId: string | null };

export interface WorkerData {
  task: WorkerTask;
  /** One Int32 shared with the main thread: RUNNING, FINISHING or CANCELLED. */
  state: SharedArrayBuffer;
}

export const RUNNING = 0;
export const FINISHING = 1;
export const CANCELLED = 2;

/** Moves the shared state from RUNNING to `to`; false when the other side got there first. */
export function claim(state: Int32Array, to: typeof FINISHING | typeof CANCELLED): boolean {
  return Atomics.compareExchange(state, 0, RUNNING, to) === RUNNING;
}

export function isCancelled(state: Int32Array): boolean {
  return Atomics.load(state, 0) === CANCELLED;
}
