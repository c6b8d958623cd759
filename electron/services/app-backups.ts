import type { BackupInfo } from '../../shared/backup/backup-info';
import type { BackupReason } from '../../shared/backup/backup-reason';
import { AppFailure } from '../../shared/domain/result';
import type { AutomaticBackupFailure, RestoreOutcome } from '../../shared/ipc/contract';
import { backupBytes, findBackup, listBackupFiles } from './backup/backup-folder';
import { scheduleDailyBackups, type DailyBackupSchedule } from './backup/daily-schedule';
import { readCopyFacts } from './backup/database-copy';
import { restoreBackup } from './backup/restore';
import { unavailableFailure } from './database/database-health';
import type { BackupsService, DataProblem } from './types';
import type { Workspace } from './workspace';

/** Holds the current workspace; a restore swaps it. */
export interface WorkspaceSlot {
  current(): Workspace;
  /** Closes the current workspace, runs `change` on the closed database file, and opens the workspace again whether or not `change` succeeded. */
  reopenAround<T>(change: () => T): T;
}

export interface AppBackupsOptions {
  slot: WorkspaceSlot;
  /** Why the data folder is not this instance's to work on (held by another instance, not creatable); null when it is. */
  folderProblem: DataProblem | null;
  /** This instance holds the folder's lock. A reader beside a running app (the CLI) must not restore under it. */
  holdsLock: boolean;
  databaseFile: string;
  backupsDir: string;
  now: () => Date;
  nativeBinding?: string | undefined;
  log: (message: string, error: unknown) => void;
  /** Runs before a restore closes the database: work on it elsewhere (a workspace import) is stopped first. */
  beforeRestore?: () => Promise<void>;
}

export interface AppBackups extends BackupsService {
  /** Makes the start backup (then prunes) in the background, and the daily one from then on. */
  startAutomatic(): void;
  stop(): void;
}

function notTheHolder(): AppFailure {
  return new AppFailure('DATABASE_UNAVAILABLE', 'Only the DTIA Studio window that has the data folder open can restore a backup. Nothing was changed.');
}

function asFailure(error: unknown): AppFailure {
  if (error instanceof AppFailure) return error;
  return new AppFailure('INTERNAL', error instanceof Error ? error.message : String(error));
}

export function createAppBackups(options: AppBackupsOptions): AppBackups {
  const { slot, backupsDir, now, log } = options;
  let automaticFailure: AutomaticBackupFailure | null = null;
  let startJob: Promise<void> = Promise.resolve();
  let restores: Promise<unknown> = Promise.resolve();
  let schedule: DailyBackupSchedule | null = null;
  let stopped = false;

  function openBackups() {
    const workspace = slot.current();
    if (workspace.backups === null) {
      throw workspace.health.state === 'ok' ? new AppFailure('INTERNAL', 'The database is open but cannot be backed up.') : unavailableFailure(workspace.health);
    }
    return workspace.backups;
  }

  function failed(reason: BackupReason, error: unknown): void {
    // Closing the database ends a backup still running; that is no failure worth reporting.
    if (stopped) return;
    const failure = asFailure(error);
    automaticFailure = { reason, at: now().toISOString(), code: failure.code, message: failure.message };
    log(`The automatic backup (${reason}) failed`, error);
  }

  async function automatic(reason: BackupReason): Promise<BackupInfo> {
    const backups = openBackups();
    const info = await backups.create(reason);
    automaticFailure = null;
    return info;
  }

  /** Read from the folder, so that backups are listed while the database cannot be opened. */
  function list(): BackupInfo[] {
    if (options.folderProblem) throw unavailableFailure(options.folderProblem);
    try {
      return listBackupFiles(backupsDir).map((file) => ({
        id: file.id,
        createdAt: file.createdAt,
        reason: file.reason,
        bytes: backupBytes(file),
        ...readCopyFacts(file.path, { nativeBinding: options.nativeBinding }),
      }));
    } catch (error) {
      throw new AppFailure('DATABASE_ERROR', `The backups folder ${backupsDir} cannot be read: ${asFailure(error).message}`);
    }
  }

  async function restoreNow(id: string): Promise<RestoreOutcome> {
    // A request naming no backup is answered without closing the database.
    findBackup(backupsDir, id);
    // A backup still writing through the connection would fail, or worse, when the connection closes under it.
    await startJob;
    await slot.current().backups?.whenIdle();
    await options.beforeRestore?.();
    if (stopped) throw new AppFailure('DATABASE_UNAVAILABLE', 'DTIA Studio is closing; nothing was restored.');
    const result = slot.reopenAround(() =>
      restoreBackup({ databaseFile: options.databaseFile, backupsDir, id, now: now(), nativeBinding: options.nativeBinding }),
    );
    const workspace = slot.current();
    // The restored database's history says it was put back, from which backup, and where the state before went.
    if (workspace.health.state === 'ok') {
      workspace.data.audit.append('restore', null, {
        backup: { id: result.restored.id, createdAt: result.restored.createdAt, reason: result.restored.reason },
        stateBeforeBackedUpAs: result.beforeRestore?.id ?? null,
        damagedFileMovedTo: result.damagedFileMovedTo,
      });
    }
    return { health: workspace.health, ...result };
  }

  return {
    canRestore: () => options.holdsLock,
    list,
    create: async (reason = 'manual') => openBackups().create(reason),
    restore: (id) => {
      if (options.folderProblem) return Promise.reject(unavailableFailure(options.folderProblem));
      if (!options.holdsLock) return Promise.reject(notTheHolder());
      // One restore at a time; each backs up the state the one before left.
      const run = restores.then(() => restoreNow(id));
      restores = run.catch(() => {});
      return run;
    },
    automaticFailure: () => automaticFailure,
    whenIdle: async () => {
      await Promise.all([startJob, restores]);
      await slot.current().backups?.whenIdle();
    },
    startAutomatic: () => {
      if (schedule || stopped) return;
      if (slot.current().backups !== null) {
        startJob = (async () => {
          await automatic('start');
          openBackups().prune();
        })().catch((error: unknown) => failed('start', error));
      }
      // Forwarded to the workspace of the moment, so that the schedule outlives a restore; no backups while the database cannot be used.
      schedule = scheduleDailyBackups(
        {
          due: () => slot.current().backups?.due() ?? false,
          create: automatic,
          prune: () => slot.current().backups?.prune() ?? [],
        },
        { onError: (error) => failed('daily', error) },
      );
    },
    stop: () => {
      stopped = true;
      schedule?.stop();
    },
  };
}
