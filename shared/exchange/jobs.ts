import { z } from 'zod';
import { backupInfoSchema } from '../backup/backup-info';
import { ERROR_CODES } from '../domain/result';
import { importConflictSchema } from './conflicts';
import { workspaceCountsSchema } from './workspace-format';

/**
 * Work that takes longer than a user waits for without being told (a whole workspace written or read) runs as a
 * job: started by one call, watched by asking for its status, cancellable until it starts to make its result final.
 */

export const JOB_KINDS = ['workspace-export', 'workspace-preview', 'workspace-import'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** What a job is doing; the texts are under `exchange.phase.*`. */
export const JOB_PHASES = ['starting', 'reading', 'checking', 'backing-up', 'writing', 'finishing', 'done', 'failed', 'cancelled'] as const;
export type JobPhase = (typeof JOB_PHASES)[number];

/** Whether the history in a file still holds together: each entry linked to the one before and to the recorded head. */
export const historyCheckSchema = z
  .object({
    entries: z.number().int().nonnegative(),
    intact: z.boolean(),
    /** The first entry whose link does not hold; null when the history is intact. */
    firstBroken: z.number().int().nullable(),
  })
  .strict();
export type HistoryCheck = z.infer<typeof historyCheckSchema>;

export const workspaceExportResultSchema = z
  .object({
    kind: z.literal('workspace-export'),
    fileName: z.string(),
    path: z.string(),
    bytes: z.number().int().nonnegative(),
    /** SHA-256 of the file as written, to compare a copy with. */
    sha256: z.string(),
    counts: workspaceCountsSchema,
  })
  .strict();
export type WorkspaceExportResult = z.infer<typeof workspaceExportResultSchema>;

export const workspacePreviewResultSchema = z
  .object({
    kind: z.literal('workspace-preview'),
    /** Names the checked file for the import that follows; the file's path stays in the backend. */
    fileToken: z.string(),
    fileName: z.string(),
    exportedAt: z.string(),
    appVersion: z.string(),
    counts: workspaceCountsSchema,
    conflicts: z.array(importConflictSchema),
    history: historyCheckSchema,
  })
  .strict();
export type WorkspacePreviewResult = z.infer<typeof workspacePreviewResultSchema>;

export const workspaceImportResultSchema = z
  .object({
    kind: z.literal('workspace-import'),
    fileName: z.string(),
    /** What was written; `audit` counts the imported history's entries. */
    counts: workspaceCountsSchema,
    keptBoth: z.number().int().nonnegative(),
    replaced: z.number().int().nonnegative(),
    /** Names the imported history in this workspace. */
    importId: z.string(),
    /** The copy made before the import; null when the database held no assessment to keep. */
    backup: backupInfoSchema.nullable(),
    history: historyCheckSchema,
  })
  .strict();
export type WorkspaceImportResult = z.infer<typeof workspaceImportResultSchema>;

export const jobResultSchema = z.discriminatedUnion('kind', [workspaceExportResultSchema, workspacePreviewResultSchema, workspaceImportResultSchema]);
export type JobResult = z.infer<typeof jobResultSchema>;

export const jobErrorSchema = z
  .object({ code: z.enum(ERROR_CODES), message: z.string(), details: z.array(z.string()).optional() })
  .strict();

export const jobStatusSchema = z
  .object({
    id: z.string(),
    kind: z.enum(JOB_KINDS),
    phase: z.enum(JOB_PHASES),
    /** 0 to 1. */
    progress: z.number().min(0).max(1),
    done: z.boolean(),
    /** False once the job makes its result final (renames the file, commits the import): it then finishes. */
    cancellable: z.boolean(),
    error: jobErrorSchema.nullable(),
    result: jobResultSchema.nullable(),
  })
  .strict();
export type JobStatus = z.infer<typeof jobStatusSchema>;
