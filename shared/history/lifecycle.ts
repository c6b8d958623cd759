import { z } from 'zod';

/**
 * The life of an assessment: drafted, submitted for review, approved (which freezes that revision), superseded when a
 * later revision is approved, archived when it no longer applies. The stored assessment is always the current working
 * revision; every submission, return, approval and archiving keeps a copy of the document as it was then.
 */

export const LIFECYCLE_STATES = ['draft', 'in-review', 'approved', 'superseded', 'archived'] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

/** The moments that keep a copy of the document; the texts are under `lifecycle.kind.*`. */
export const VERSION_KINDS = ['submitted', 'approved', 'returned', 'archived'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
/** A calendar day, YYYY-MM-DD. */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const lifecycleStatusSchema = z
  .object({
    assessmentId: z.string(),
    lifecycle: z.enum(LIFECYCLE_STATES),
    /** The working revision, counting from 1. */
    revision: z.number().int().min(1),
    /** The revision approved and in force; null while none was ever approved. */
    approvedRevision: z.number().int().min(1).nullable(),
  })
  .strict();
export type LifecycleStatus = z.infer<typeof lifecycleStatusSchema>;

/** A kept version is named by its revision, what happened and when; together they are unique. */
export const versionRefSchema = z
  .object({ revision: z.number().int().min(1), kind: z.enum(VERSION_KINDS), at: z.string().min(1).max(40) })
  .strict();
export type VersionRef = z.infer<typeof versionRefSchema>;

export const versionEntrySchema = versionRefSchema
  .extend({
    actor: z.string(),
    /** SHA-256 of the document's canonical JSON, as printed on a report's cover. */
    contentHash: z.string(),
    approver: z.string().nullable(),
    approvedOn: z.string().nullable(),
    /** The signed report kept as the approval's evidence, by its file hash. */
    reportSha256: z.string().nullable(),
    /** Why a submission was returned. */
    note: z.string().nullable(),
    /** For an approval: whether it is the one in force, or superseded by a later approved revision. */
    approval: z.enum(['in-force', 'superseded']).nullable(),
  })
  .strict();
export type VersionEntry = z.infer<typeof versionEntrySchema>;

export const historySchema = z
  .object({
    status: lifecycleStatusSchema,
    /** Newest first. */
    versions: z.array(versionEntrySchema),
  })
  .strict();
export type AssessmentHistory = z.infer<typeof historySchema>;

const labelPartSchema = z
  .object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })
  .strict();

export const changeSchema = z
  .object({
    kind: z.enum(['changed', 'added', 'removed', 'reordered']),
    path: z.string(),
    label: z.array(labelPartSchema),
    before: z.unknown(),
    after: z.unknown(),
  })
  .strict();

export const versionDiffSchema = z.object({ changes: z.array(changeSchema) }).strict();

export const approvalSchema = z
  .object({
    approver: z.string().trim().min(1).max(200),
    approvedOn: isoDay,
    reportSha256: sha256Hex.optional(),
  })
  .strict();
export type Approval = z.infer<typeof approvalSchema>;

/** A report exported and signed in the app, so that the file brought back later can be matched to its version. */
export interface ExportedReport {
  fileSha256: string;
  assessmentId: string;
  revision: number;
  contentHash: string;
  exportedAt: string;
  language: string;
  signer: string;
  kind: 'signed' | 'countersigned';
}
