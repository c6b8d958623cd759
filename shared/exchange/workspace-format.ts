import { z } from 'zod';
import { assessmentSchema } from '../domain/assessment';
import { LIFECYCLE_STATES, VERSION_KINDS } from '../history/lifecycle';
import { templateInfoSchema } from '../templates/template';
import { vendorSchema } from '../vendors/vendor';

/**
 * The `.dtia-workspace` file: every assessment with its lifecycle and kept versions, the vendors, the templates and
 * the audit log, in one file. It is gzip-compressed NDJSON, one JSON value per line:
 *
 *   1. the header ({ format: 'dtia-workspace', version: 1, exportedAt, appVersion, counts, auditHead });
 *   2. the records, each with a `type`: vendors, templates, assessments, then the audit log entry by entry
 *      (`audit`, exactly as stored, so that its hash chain can be checked in the file), then the histories the
 *      exporting workspace had itself imported (`imported-audit`);
 *   3. the end ({ type: 'end', records, sha256 }): the number of lines before it and the SHA-256 (hex) of their UTF-8
 *      bytes, each line with its line feed. A file cut short or changed anywhere fails this check.
 *
 * Lines are read one at a time, so a workspace of any size is read without holding it in memory.
 */

export const WORKSPACE_FORMAT = 'dtia-workspace';
export const WORKSPACE_VERSION = 1;
export const WORKSPACE_EXTENSION = 'dtia-workspace';

/** No line may be longer: an assessment with all its kept versions fits many times over, a hostile file does not. */
export const MAX_WORKSPACE_LINE_BYTES = 128 * 1024 * 1024;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hex');
const count = z.number().int().nonnegative();
const isoTime = z.string().datetime();

export const workspaceCountsSchema = z
  .object({
    assessments: count,
    /** Kept versions of all assessments together. */
    versions: count,
    vendors: count,
    templates: count,
    /** Entries of the exporting workspace's own audit log. */
    audit: count,
    /** Entries of histories the exporting workspace had imported earlier. */
    importedAudit: count,
  })
  .strict();
export type WorkspaceCounts = z.infer<typeof workspaceCountsSchema>;

export const auditHeadSchema = z.object({ seq: z.number().int().min(1), hash: sha256Hex }).strict();

export const workspaceHeaderSchema = z
  .object({
    format: z.literal(WORKSPACE_FORMAT),
    version: z.literal(WORKSPACE_VERSION),
    exportedAt: isoTime,
    appVersion: z.string().max(100),
    counts: workspaceCountsSchema,
    /** The newest entry of the audit log when it was exported; null for an empty log. */
    auditHead: auditHeadSchema.nullable(),
  })
  .strict();
export type WorkspaceHeader = z.infer<typeof workspaceHeaderSchema>;

export const versionRecordSchema = z
  .object({
    revision: z.number().int().min(1),
    kind: z.enum(VERSION_KINDS),
    at: z.string().min(1).max(40),
    actor: z.string().max(300),
    /** SHA-256 of the document's canonical JSON; checked against the document on import. */
    contentHash: sha256Hex,
    approver: z.string().max(300).nullable(),
    approvedOn: z.string().max(40).nullable(),
    reportSha256: sha256Hex.nullable(),
    note: z.string().max(20_000).nullable(),
    document: assessmentSchema,
  })
  .strict();
export type VersionRecord = z.infer<typeof versionRecordSchema>;

export const reportRecordSchema = z
  .object({
    fileSha256: sha256Hex,
    revision: z.number().int().min(1),
    contentHash: sha256Hex,
    exportedAt: z.string().max(40),
    language: z.string().max(10),
    signer: z.string().max(300),
    kind: z.enum(['signed', 'countersigned']),
  })
  .strict();
export type ReportRecord = z.infer<typeof reportRecordSchema>;

export const assessmentRecordSchema = z
  .object({
    type: z.literal('assessment'),
    /** The current working revision. */
    assessment: assessmentSchema,
    lifecycle: z.enum(LIFECYCLE_STATES),
    revision: z.number().int().min(1),
    approvedRevision: z.number().int().min(1).nullable(),
    /** Oldest first. */
    versions: z.array(versionRecordSchema),
    /** Signed reports exported from this assessment, by file hash. */
    reports: z.array(reportRecordSchema),
    /** The vendor the assessment belongs to, and whether the user chose it or its importer's name did. */
    vendor: z.object({ id: z.string().max(64).nullable(), link: z.string().max(20) }).strict().optional(),
  })
  .strict();
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;

export const vendorRecordSchema = z
  .object({
    type: z.literal('vendor'),
    vendor: vendorSchema,
    /** Every name the vendor goes by, in the folded form that matches importers to it. */
    names: z.array(z.string().max(1_000)),
  })
  .strict();
export type VendorRecord = z.infer<typeof vendorRecordSchema>;

export const templateRecordSchema = z
  .object({
    type: z.literal('template'),
    template: templateInfoSchema,
    document: assessmentSchema,
  })
  .strict();
export type TemplateRecord = z.infer<typeof templateRecordSchema>;

/** An audit log entry as its row stores it: `details` is the canonical JSON text that was hashed, byte for byte. */
export const exportedAuditEntrySchema = z
  .object({
    seq: z.number().int().min(1),
    at: z.string().max(40),
    actor: z.string().max(300),
    action: z.string().max(100),
    assessmentId: z.string().max(64).nullable(),
    details: z.string().max(4 * 1024 * 1024),
    prevHash: sha256Hex,
    hash: sha256Hex,
  })
  .strict();
export type ExportedAuditEntry = z.infer<typeof exportedAuditEntrySchema>;

export const auditRecordSchema = z.object({ type: z.literal('audit'), entry: exportedAuditEntrySchema }).strict();

/** An entry of a history the exporting workspace had imported, under the id its import gave that history. */
export const importedAuditRecordSchema = z
  .object({ type: z.literal('imported-audit'), importId: z.string().min(1).max(64), entry: exportedAuditEntrySchema })
  .strict();

export const endRecordSchema = z.object({ type: z.literal('end'), records: count, sha256: sha256Hex }).strict();

export const workspaceRecordSchema = z.discriminatedUnion('type', [
  assessmentRecordSchema,
  vendorRecordSchema,
  templateRecordSchema,
  auditRecordSchema,
  importedAuditRecordSchema,
  endRecordSchema,
]);
export type WorkspaceRecord = z.infer<typeof workspaceRecordSchema>;

/** The order records come in; a file out of this order was not written by DTIA Studio. */
export const RECORD_ORDER: readonly WorkspaceRecord['type'][] = ['vendor', 'template', 'assessment', 'audit', 'imported-audit', 'end'];

/** "DTIA workspace 2026-03-15.dtia-workspace": the day first after the name, so that exports sort by day. */
export function workspaceFileName(exportedAt: string): string {
  return `DTIA workspace ${exportedAt.slice(0, 10)}.${WORKSPACE_EXTENSION}`;
}
