import { existsSync } from 'node:fs';
import type { BackupInfo } from '../../../shared/backup/backup-info';
import { isEmptyDatabase, type NativeBindingOption } from './database-copy';
import { backupDatabaseFile } from './file-backup';

/** A file that cannot even be read is not "empty": the copy that follows reports why it fails. */
function holdsNothing(file: string, options: NativeBindingOption): boolean {
  try {
    return isEmptyDatabase(file, options);
  } catch {
    return false;
  }
}

/**
 * Backs up a database that is about to be migrated, synchronously, as opening the database is. Returns null for a
 * new, empty database, which has nothing to lose. Throws (DATABASE_ERROR, BACKUP_DAMAGED) when no sound copy could be
 * made; the migration must not run then.
 *
 * The copy is made with `VACUUM INTO` rather than by checkpointing the WAL and copying the file:
 * - a checkpoint writes to the database before its safety copy exists, and needs a writable connection, while
 *   `VACUUM INTO` runs from a read-only connection and never writes to the source;
 * - between a checkpoint and the end of a byte copy another process (the CLI) could write, and the copy would mix
 *   two states; `VACUUM INTO` reads within one transaction, so the copy is one consistent snapshot, including
 *   committed transactions still in the -wal file;
 * - it works alike for a database in WAL mode and for one still in rollback-journal mode (written by version 1);
 * - the copy is a fresh, compact, self-contained file in rollback-journal mode, which opens read-only without
 *   leaving -wal or -shm files in the backups folder.
 * Its cost is rebuilding the file rather than copying bytes, which for this app's data sizes is a matter of
 * milliseconds to a second. `VACUUM INTO` does not fsync its output, so the copy is forced to disk before it is
 * given its name.
 */
export function backupBeforeMigration(file: string, backupsDir: string, now: Date = new Date(), options: NativeBindingOption = {}): BackupInfo | null {
  if (!existsSync(file) || holdsNothing(file, options)) return null;
  return backupDatabaseFile(file, backupsDir, now, 'before-migration', options);
}
