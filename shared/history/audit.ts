/**
 * The audit log as the app and the command line see it: every change to the stored assessments, when, by whom and
 * what, each entry chained to the one before by a SHA-256 hash so that a later change to the history shows.
 */

/** What an entry records; the texts for each are under `history.action.*`. */
export const AUDIT_ACTIONS = [
  'create',
  'edit',
  'duplicate',
  'delete',
  'import',
  'import-pdf',
  'submit',
  'return',
  'approve',
  'archive',
  'unarchive',
  'report-exported',
  'workspace-import',
  'vendor-document-import',
  'vendor-document-delete',
  'vendor-facts-decision',
  'vendor-profile-edit',
  'vendor-samples-add',
  'restore',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The hash the first entry links to: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  seq: number;
  /** ISO 8601, UTC. */
  at: string;
  /** The local user profile that made the change. */
  actor: string;
  action: string;
  assessmentId: string | null;
  /** What the action recorded (for an edit: the changed fields, with short before and after values). */
  details: Record<string, unknown> | null;
  prevHash: string;
  hash: string;
}

/**
 * Why a link of the chain is broken; the texts are under `history.broken.*`.
 * - missing-entry: an entry is gone from the middle (a gap in the numbering)
 * - out-of-order: an entry numbered below the first
 * - broken-link: the entry does not point to the hash of the entry before it
 * - altered: the entry's contents no longer give its hash (any column was changed)
 * - truncated: entries at the end are gone (the recorded head names a later entry)
 * - beyond-head: entries follow the recorded head, so they were added without it
 * - head-mismatch: the last entry is not the one the recorded head names
 * - head-missing: the log has entries but no recorded head
 * - log-missing: the database has had an audit log, but its table is gone
 * - anchor-mismatch: the entry does not match a head copied out of the database earlier
 */
export const BROKEN_REASONS = [
  'missing-entry',
  'out-of-order',
  'broken-link',
  'altered',
  'truncated',
  'beyond-head',
  'head-mismatch',
  'head-missing',
  'log-missing',
  'anchor-mismatch',
] as const;
export type BrokenReason = (typeof BROKEN_REASONS)[number];

export interface BrokenLink {
  seq: number;
  reason: BrokenReason;
}

export interface AuditVerification {
  ok: boolean;
  /** Entries in the log as it is now. */
  entries: number;
  firstBroken: BrokenLink | null;
}

/** The newest entry; the app records it beside the log, and a copy kept elsewhere proves the history up to it. */
export interface AuditHead {
  seq: number;
  hash: string;
}
