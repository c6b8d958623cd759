import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupInfo } from '../../../shared/backup/backup-info';
import { fileTimestamp } from '../../../shared/backup/backup-name';
import { AppFailure } from '../../../shared/domain/result';
import { MIGRATIONS } from '../database/migrations';
import { backupBytes, findBackup } from './backup-folder';
import { removeCopy, verifyDatabaseFile, type CopyFacts, type NativeBindingOption } from './database-copy';
import { fsyncDirectory, fsyncFile } from './durable-file';
import { backupDatabaseFile } from './file-backup';

export interface RestoreOptions extends NativeBindingOption {
  /** The app's database file, which must be closed. */
  databaseFile: string;
  backupsDir: string;
  /** The backup's file name, as `list()` gives it. */
  id: string;
  now?: Date;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** The copy of the state before the restore; null when there was no database file, or it was damaged. */
  beforeRestore: BackupInfo | null;
  /** Where a damaged database file was moved; null when it was sound or missing. */
  damagedFileMovedTo: string | null;
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

function isSound(file: string, options: NativeBindingOption): boolean {
  try {
    verifyDatabaseFile(file, options);
    return true;
  } catch {
    return false;
  }
}

/** A damaged file is evidence and may still hold data: it is renamed, with its journal files, never deleted or overwritten. */
function moveAside(databaseFile: string, at: Date): string {
  const base = `${databaseFile}.damaged-${fileTimestamp(at)}`;
  let target = base;
  for (let n = 2; [target, ...SIDE_FILES.map((s) => `${target}${s}`)].some((path) => existsSync(path)); n += 1) target = `${base}-${n}`;
  for (const suffix of SIDE_FILES) {
    if (existsSync(`${databaseFile}${suffix}`)) renameSync(`${databaseFile}${suffix}`, `${target}${suffix}`);
  }
  renameSync(databaseFile, target);
  fsyncDirectory(dirname(databaseFile));
  return target;
}

/** A backup from a newer version of the app would leave the app unable to open its own data. */
function refuseNewerSchema(facts: CopyFacts, id: string): void {
  const newest = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
  if (facts.schemaVersion !== null && facts.schemaVersion > newest) {
    throw new AppFailure('DATABASE_NEWER', 'This backup was written by a newer version of DTIA Studio; nothing was changed.', [
      `${id} has schema version ${facts.schemaVersion}; this version knows up to ${newest}`,
    ]);
  }
}

/**
 * Puts a backup in place of the database file, which must be closed. The current state is kept first: a sound file
 * is backed up ('before-restore'), a damaged one is moved aside. The backup is copied to a temporary file beside the
 * database, checked and forced to disk before it replaces the database in one rename, so that a crash leaves the old
 * file (whose -wal content is safe in the before-restore copy) or the restored one, never a mixture. Nothing is
 * changed when the backup is missing, damaged or from a newer version.
 */
export function restoreBackup(options: RestoreOptions): RestoreResult {
  const { databaseFile, backupsDir, id } = options;
  const at = options.now ?? new Date();
  const backup = findBackup(backupsDir, id);
  const facts = verifyDatabaseFile(backup.path, options);
  refuseNewerSchema(facts, id);
  const restored: BackupInfo = { id: backup.id, createdAt: backup.createdAt, reason: backup.reason, bytes: backupBytes(backup), ...facts };

  const incoming = join(dirname(databaseFile), `${basename(databaseFile)}.restoring`);
  let beforeRestore: BackupInfo | null = null;
  let damagedFileMovedTo: string | null = null;
  try {
    removeCopy(incoming);
    copyFileSync(backup.path, incoming);
    // A copy can fail where its original did not (a bad sector, a full disk).
    verifyDatabaseFile(incoming, options);
    fsyncFile(incoming);

    if (existsSync(databaseFile)) {
      if (isSound(databaseFile, options)) beforeRestore = backupDatabaseFile(databaseFile, backupsDir, at, 'before-restore', options);
      else damagedFileMovedTo = moveAside(databaseFile, at);
    }
    // A -wal left beside the restored file would be replayed onto it; its content is in the before-restore copy.
    for (const suffix of SIDE_FILES) rmSync(`${databaseFile}${suffix}`, { force: true });
    renameSync(incoming, databaseFile);
    fsyncDirectory(dirname(databaseFile));
  } catch (error) {
    removeCopy(incoming);
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('DATABASE_ERROR', `The backup ${id} could not be restored: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { restored, beforeRestore, damagedFileMovedTo };
}
