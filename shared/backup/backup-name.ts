import { BACKUP_REASONS, type BackupReason } from './backup-reason';

/**
 * Backup file names carry everything the folder needs to be understood without the app:
 * `dtia-2026-11-22T10-15-00Z-daily.sqlite`. The UTC time comes first so that sorting the names sorts by time; its
 * colons are hyphens because Windows forbids colons in file names. A second backup for the same reason within the
 * same second gets a sequence number after the Z (`…00Z-2-manual.sqlite`).
 */
export const BACKUP_FILE_PATTERN = new RegExp(
  `^dtia-(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})Z(?:-([2-9]|[1-9]\\d{1,3}))?-(${BACKUP_REASONS.join('|')})\\.sqlite$`,
);

export interface ParsedBackupName {
  /** ISO 8601, UTC, whole seconds. */
  createdAt: string;
  reason: BackupReason;
  /** 1 for the first backup of its second and reason. */
  sequence: number;
}

const two = (value: number) => String(value).padStart(2, '0');

/** A UTC time as file names carry it: `2026-11-22T10-15-00Z`. */
export function fileTimestamp(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new RangeError('A file name needs a valid time.');
  const date = `${String(at.getUTCFullYear()).padStart(4, '0')}-${two(at.getUTCMonth() + 1)}-${two(at.getUTCDate())}`;
  return `${date}T${two(at.getUTCHours())}-${two(at.getUTCMinutes())}-${two(at.getUTCSeconds())}Z`;
}

export function backupFileName(at: Date, reason: BackupReason, sequence = 1): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 9999) throw new RangeError('A backup sequence runs from 1 to 9999.');
  return `dtia-${fileTimestamp(at)}${sequence > 1 ? `-${sequence}` : ''}-${reason}.sqlite`;
}

/** The time, reason and sequence a backup file name records; null for any other name, including impossible dates. */
export function parseBackupFileName(name: string): ParsedBackupName | null {
  const match = BACKUP_FILE_PATTERN.exec(name);
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const at = new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds));
  const roundTrips =
    at.getUTCFullYear() === year &&
    at.getUTCMonth() === month - 1 &&
    at.getUTCDate() === day &&
    at.getUTCHours() === hours &&
    at.getUTCMinutes() === minutes &&
    at.getUTCSeconds() === seconds;
  if (!roundTrips) return null;
  return { createdAt: at.toISOString(), reason: match[8] as BackupReason, sequence: match[7] ? Number(match[7]) : 1 };
}
