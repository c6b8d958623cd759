import { createHash } from 'node:crypto';

/**
 * How an entry of the audit log is chained to the one before: its hash is the SHA-256 (hex) of the previous entry's
 * hash, a line break, and canonicalJson({ seq, at, actor, action, assessmentId, details }) (shared/domain/interchange).
 * A change anywhere in the history therefore changes every hash after it.
 */

export interface EntryFields {
  seq: number;
  at: string;
  actor: string;
  action: string;
  assessmentId: string | null;
}

/**
 * canonicalJson of the entry, given its details as their canonical JSON text, which is how the details column stores
 * them: the keys in canonical (sorted) order, the details inserted as they are. Verifying thus hashes the column
 * byte for byte (a change of spacing alone is a change) without parsing and re-serialising every entry.
 */
export function canonicalEntry(fields: EntryFields, detailsJson: string): string {
  const { action, actor, assessmentId, at, seq } = fields;
  const text = JSON.stringify;
  return `{"action":${text(action)},"actor":${text(actor)},"assessmentId":${text(assessmentId)},"at":${text(at)},"details":${detailsJson},"seq":${text(seq)}}`;
}

export function entryHash(prevHash: string, fields: EntryFields, detailsJson: string): string {
  return createHash('sha256').update(`${prevHash}\n${canonicalEntry(fields, detailsJson)}`, 'utf8').digest('hex');
}

/** The settings key that records the newest entry, so that entries cut from the end of the log are noticed. */
export const AUDIT_HEAD_KEY = 'auditHead';
