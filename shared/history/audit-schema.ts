import { z } from 'zod';
import { BROKEN_REASONS, type AuditEntry, type AuditVerification } from './audit';

/** The audit log's entries and its verification as the IPC contract carries them; the types stay in ./audit. */

/** How many entries one request for the history may ask for. */
export const MAX_HISTORY_PAGE = 200;

export const auditEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string(),
    // A string, not the enum: an entry written by a later version (or a tampered one) is still listed.
    action: z.string(),
    assessmentId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .strict();

export const auditVerificationSchema = z
  .object({
    ok: z.boolean(),
    entries: z.number().int().nonnegative(),
    firstBroken: z.object({ seq: z.number().int(), reason: z.enum(BROKEN_REASONS) }).strict().nullable(),
  })
  .strict();

// The schemas describe exactly the types the services return, in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const entryMatches: Same<z.output<typeof auditEntrySchema>, AuditEntry> = true;
const verificationMatches: Same<z.output<typeof auditVerificationSchema>, AuditVerification> = true;
void entryMatches;
void verificationMatches;
