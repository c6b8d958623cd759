import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_FILE_PATTERN, backupFileName, parseBackupFileName, type ParsedBackupName } from '../../../shared/backup/backup-name';
import type { BackupReason } from '../../../shared/backup/backup-reason';
import { AppFailure } from '../../../shared/domain/result';

/** Backups live in `<dataDir>/backups`, beside the database they protect. */
export const BACKUPS_FOLDER = 'backups';

export function backupsDirOf(dataDir: string): string {
  return join(dataDir, BACKUPS_FOLDER);
}

export interface BackupFile extends ParsedBackupName {
  id: string;
  path: string;
}

/** Newest first: by time, then by sequence within the same second. */
function newestFirst(a: BackupFile, b: BackupFile): number {
  return b.createdAt.localeCompare(a.createdAt) || b.sequence - a.sequence || b.id.localeCompare(a.id);
}

/** The finished backups in the folder, newest first. Other files (copies still being written, anything a user put there) are ignored. */
export function listBackupFiles(backupsDir: string): BackupFile[] {
  if (!existsSync(backupsDir)) return [];
  const files: BackupFile[] = [];
  for (const entry of readdirSync(backupsDir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const parsed = parseBackupFileName(entry.name);
    if (parsed) files.push({ ...parsed, id: entry.name, path: join(backupsDir, entry.name) });
  }
  return files.sort(newestFirst);
}

/**
 * The backup a request names. The id must be a backup file name exactly as the folder lists it: a path, "..", or a
 * name of any other file in or outside the folder is refused, so a request can never reach another file.
 */
export function findBackup(backupsDir: string, id: string): BackupFile {
  const found = BACKUP_FILE_PATTERN.test(id) ? listBackupFiles(backupsDir).find((file) => file.id === id) : undefined;
  if (!found) throw new AppFailure('BACKUP_NOT_FOUND', 'There is no such backup.', [`"${id.slice(0, 200)}" is not a backup in ${backupsDir}`]);
  return found;
}

export function backupBytes(file: BackupFile): number {
  return statSync(file.path).size;
}

/** The suffix of a copy still being written; such files never count as backups. */
export const PARTIAL_SUFFIX = '.partial';

/** A name for a new backup that no finished backup and no copy being written has taken. */
export function freeBackupName(backupsDir: string, at: Date, reason: BackupReason, reserved: ReadonlySet<string> = new Set()): string {
  for (let sequence = 1; ; sequence += 1) {
    const name = backupFileName(at, reason, sequence);
    const taken = reserved.has(name) || existsSync(join(backupsDir, name)) || existsSync(join(backupsDir, `${name}${PARTIAL_SUFFIX}`));
    if (!taken) return name;
  }
}
