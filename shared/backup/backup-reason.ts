/** Why a backup was made; part of its file name, so the folder explains itself without the app. */
export const BACKUP_REASONS = ['start', 'daily', 'before-migration', 'before-restore', 'before-import', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * Copies made just before the data changes in bulk (the way back from a failed upgrade, a wrong restore or an unwanted
 * import), and copies the user asked for: the daily rotation never takes those on the day they were made.
 */
export const SAFETY_REASONS: readonly BackupReason[] = ['before-migration', 'before-restore', 'before-import', 'manual'];
