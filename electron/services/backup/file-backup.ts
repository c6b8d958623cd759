import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/backup/backup-info';
import type { BackupReason } from '../../../shared/backup/backup-reason';
import { parseBackupFileName } from '../../../shared/backup/backup-name';
import { AppFailure } from '../../../shared/domain/result';
import { PARTIAL_SUFFIX, freeBackupName } from './backup-folder';
import { removeCopy, vacuumInto, verifyDatabaseFile, type NativeBindingOption } from './database-copy';
import { renameDurably } from './durable-file';

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Backs up a database file synchronously, without the app's connection: written with `VACUUM INTO` under a
 * temporary name, checked with integrity_check, forced to disk and only then given its backup name.
 */
export function backupDatabaseFile(file: string, backupsDir: string, at: Date, reason: BackupReason, options: NativeBindingOption = {}): BackupInfo {
  mkdirSync(backupsDir, { recursive: true });
  const name = freeBackupName(backupsDir, at, reason);
  const partial = join(backupsDir, `${name}${PARTIAL_SUFFIX}`);
  const final = join(backupsDir, name);
  try {
    vacuumInto(file, partial, options);
    const facts = verifyDatabaseFile(partial, options);
    renameDurably(partial, final);
    const parsed = parseBackupFileName(name)!;
    return { id: name, createdAt: parsed.createdAt, reason: parsed.reason, bytes: statSync(final).size, ...facts };
  } catch (error) {
    removeCopy(partial);
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('DATABASE_ERROR', `The database at ${file} could not be backed up: ${describe(error)}`);
  }
}
