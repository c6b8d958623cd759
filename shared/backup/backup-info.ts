import { z } from 'zod';
import { BACKUP_FILE_PATTERN } from './backup-name';
import { BACKUP_REASONS } from './backup-reason';

export { BACKUP_REASONS, type BackupReason } from './backup-reason';

export const backupInfoSchema = z
  .object({
    /** The file name inside the backups folder. */
    id: z.string(),
    /** UTC, to the second, as the file name records it. */
    createdAt: z.string(),
    reason: z.enum(BACKUP_REASONS),
    bytes: z.number().int().nonnegative(),
    /** Read from the copy; null when the copy cannot be read. */
    assessments: z.number().int().nonnegative().nullable(),
    /** Highest schema migration recorded in the copy; null when the copy cannot be read. */
    schemaVersion: z.number().int().nonnegative().nullable(),
  })
  .strict();
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/** A backup id as a request may carry it: a bare file name of the backups folder, never a path. */
export const backupIdSchema = z.string().max(120).regex(BACKUP_FILE_PATTERN, 'expected a backup file name');
