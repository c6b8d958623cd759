import { z } from 'zod';
import { BACKUP_REASONS, backupIdSchema, backupInfoSchema } from '../backup/backup-info';
import { LIMITS, assessmentSchema, assessmentSummarySchema } from '../domain/assessment';
import { lawLibrarySchema } from '../domain/law-library';
import { ERROR_CODES, type Result } from '../domain/result';
import { MAX_HISTORY_PAGE, auditEntrySchema, auditVerificationSchema } from '../history/audit-schema';
import { approvalSchema, historySchema, lifecycleStatusSchema, versionDiffSchema, versionRefSchema } from '../history/lifecycle';
import { portfolioPageSchema, portfolioQuerySchema, savedViewSchema } from '../portfolio/query';
import { conflictChoiceSchema, conflictResolutionSchema, importConflictSchema } from '../exchange/conflicts';
import { jobStatusSchema } from '../exchange/jobs';
import { TEMPLATE_LIMITS, templateInfoSchema } from '../templates/template';
import { VENDOR_LINKS, vendorDetailSchema, vendorFieldsSchema, vendorListItemSchema, vendorSchema } from '../vendors/vendor';
import {
  documentSourceSchema,
  factDecisionRequestSchema,
  vendorDocumentDetailSchema,
  vendorProfileFieldsSchema,
  vendorProfileSchema,
} from '../vendors/profile';
import { CHANNELS, type Channel } from './channels';

export { ipcChannel } from './channels';

/**
 * The one message protocol between the renderer and the backend. Every channel names its request and response
 * schema; main validates every request against it, and every transport (Electron IPC, the test harness, the CLI)
 * goes through the same handlers. Binary payloads travel as base64 so that every transport carries them alike.
 */

const empty = z.object({}).strict();
const uuid = z.string().uuid();
const base64 = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil((maxBytes * 4) / 3) + 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64');

export const MAX_PDF_BYTES = 50 * 1024 * 1024;
export const MAX_P12_BYTES = 1024 * 1024;

export const SIGNING_ALGORITHMS = ['rsa-3072', 'ecdsa-p256'] as const;
export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];
export const REPORT_LANGUAGES = ['en', 'de'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];
/** Who signs: the assessor signs the report first, the approver countersigns it afterwards. */
export const SIGNER_ROLES = ['assessor', 'approver'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];
export const SIGNATURE_APPEARANCES = ['visible', 'invisible'] as const;
export type SignatureAppearance = (typeof SIGNATURE_APPEARANCES)[number];

export const signingIdentityInfoSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    organisation: z.string(),
    /** "RSA 3072" or "ECDSA P-256": the key type as a reader would name it. */
    keyAlgorithm: z.string(),
    certificateSha256: z.string(),
    validFrom: z.string(),
    validTo: z.string(),
    selfSigned: z.boolean(),
    /** How the private key is kept: always under the passphrase, and additionally by the OS keychain where available. */
    protection: z.enum(['passphrase', 'passphrase+os']),
    createdAt: z.string(),
  })
  .strict();
export type SigningIdentityInfo = z.infer<typeof signingIdentityInfoSchema>;

/** A certificate the user has said to trust: signatures made with it are reported as "signed by a certificate you trust". */
export const trustedCertificateSchema = z
  .object({
    certificateSha256: z.string(),
    name: z.string(),
    email: z.string(),
    organisation: z.string(),
    validFrom: z.string(),
    validTo: z.string(),
    addedAt: z.string(),
  })
  .strict();
export type TrustedCertificate = z.infer<typeof trustedCertificateSchema>;

export const signingSettingsSchema = z
  .object({
    /** RFC 3161 time-stamping authority; null signs without a timestamp (fully offline). */
    timestampUrl: z.union([z.string().url().max(2048).regex(/^https?:\/\//i, 'http or https'), z.null()]),
  })
  .strict();
export type SigningSettings = z.infer<typeof signingSettingsSchema>;

/** Settings of the app itself; the language of the screens (reports choose theirs at export). */
export const appSettingsSchema = z.object({ uiLanguage: z.enum(REPORT_LANGUAGES) }).strict();
export type AppSettings = z.infer<typeof appSettingsSchema>;

/** The local user profile: the name the audit log records as the author of every change. */
export const profileFieldsSchema = z.object({ name: z.string().trim().max(LIMITS.shortText) }).strict();
export type ProfileFields = z.infer<typeof profileFieldsSchema>;
export const profileSchema = z
  .object({
    name: z.string(),
    /** The operating-system account, recorded while no name is set. */
    accountName: z.string(),
  })
  .strict();
export type Profile = z.infer<typeof profileSchema>;

export const signatureCheckSchema = z
  .object({
    /** 1-based, in the order the signatures were added. */
    index: z.number().int(),
    fieldName: z.string().nullable(),
    role: z.enum(SIGNER_ROLES).nullable(),
    subFilter: z.string().nullable(),
    /** Digest, signature, signing-certificate attribute and certificate validity at the signing time all hold. */
    valid: z.boolean(),
    signer: z.string().nullable(),
    signerEmail: z.string().nullable(),
    signerOrganisation: z.string().nullable(),
    certificateSha256: z.string().nullable(),
    /** The certificate is in the user's list of trusted certificates. */
    trusted: z.boolean(),
    selfSigned: z.boolean(),
    /** The signing time the signer claims (the signature dictionary's /M). */
    signedAt: z.string().nullable(),
    timestamp: z.union([z.object({ time: z.string(), authority: z.string().nullable(), valid: z.boolean() }).strict(), z.null()]),
    reason: z.string().nullable(),
    /** The revision of the file this signature closes (1 = the original document plus the first signature). */
    revision: z.number().int(),
    /** The signed ranges end here: the signature covers bytes 0 … coversBytes of the file, except its own contents. */
    coversBytes: z.number().int(),
    /** What was added to the file after this signature: nothing, only later signatures, or other changes. */
    laterChanges: z.enum(['none', 'signatures', 'other']),
    problems: z.array(z.string()),
  })
  .strict();
export type SignatureCheck = z.infer<typeof signatureCheckSchema>;

export const verificationResultSchema = z
  .object({
    /** Every signature is valid, only signatures were added after the first one, and nothing follows the last. */
    valid: z.boolean(),
    documentBytes: z.number().int(),
    revisions: z.number().int(),
    signatures: z.array(signatureCheckSchema),
    /** The content hash printed on the report's cover, read back from the signed document. */
    contentHash: z.string().nullable(),
    /** The assessment embedded as a file attachment, and whether its hash equals the one on the cover. */
    embedded: z.union([z.object({ fileName: z.string(), contentHash: z.string(), matchesCover: z.boolean() }).strict(), z.null()]),
    /** Bytes follow the last signature's signed range. */
    changedAfterLastSignature: z.boolean(),
    /** The stored assessment and revision the report was made from, when this app exported it or kept that version. */
    matchesVersion: z.object({ assessmentId: z.string(), revision: z.number().int() }).strict().nullable().optional(),
    problems: z.array(z.string()),
  })
  .strict();
export type VerificationResult = z.infer<typeof verificationResultSchema>;

/** Why the data folder cannot be worked on: its database is damaged or from a newer version, another instance holds it, or it cannot be read. */
export const DATA_PROBLEM_STATES = ['damaged', 'newer', 'locked', 'unreadable'] as const;
export type DataProblemState = (typeof DATA_PROBLEM_STATES)[number];

export const dataHealthSchema = z.union([
  z.object({ state: z.literal('ok') }).strict(),
  z
    .object({
      state: z.enum(DATA_PROBLEM_STATES),
      message: z.string(),
      /** The findings behind the message: file names, sizes, what SQLite reported. */
      details: z.array(z.string()),
    })
    .strict(),
]);
export type DataHealth = z.infer<typeof dataHealthSchema>;

/** An automatic backup (at start or daily) that failed; kept until the next one succeeds. */
export const automaticBackupFailureSchema = z
  .object({
    reason: z.enum(BACKUP_REASONS),
    at: z.string(),
    code: z.enum(ERROR_CODES),
    message: z.string(),
  })
  .strict();
export type AutomaticBackupFailure = z.infer<typeof automaticBackupFailureSchema>;

export const restoreOutcomeSchema = z
  .object({
    /** The data folder's health after the restore. */
    health: dataHealthSchema,
    restored: backupInfoSchema,
    /** The copy of the state before the restore; null when there was no sound database to copy. */
    beforeRestore: backupInfoSchema.nullable(),
    /** Where a damaged database file was moved, unchanged; null when there was none. */
    damagedFileMovedTo: z.string().nullable(),
  })
  .strict();
export type RestoreOutcome = z.infer<typeof restoreOutcomeSchema>;

const passphrase = z.string().min(8, 'at least 8 characters').max(1024);

const importedAssessmentSchema = z
  .object({
    assessment: assessmentSchema,
    /** Set when an older file version was converted, so the user can be told. */
    migratedFromVersion: z.union([z.number().int(), z.null()]),
    /** The stored assessment of the same id was replaced. */
    replaced: z.boolean(),
    /** The backup made before the replacement. */
    backup: backupInfoSchema.nullable(),
  })
  .strict();

/** A job was started (see getJob); null when the user cancelled the file dialog before it could start. */
const jobStarted = z.object({ jobId: z.string().nullable() }).strict();

export const contract = {
  listAssessments: { request: empty, response: z.array(assessmentSummarySchema) },
  /** One page of the portfolio with its total and counts; `today` (YYYY-MM-DD) decides overdue and soon-due reviews. */
  queryPortfolio: {
    request: z.object({ query: portfolioQuerySchema, today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }).strict(),
    response: portfolioPageSchema,
  },
  listSavedViews: { request: empty, response: z.array(savedViewSchema) },
  /** Adds a saved view, or renames and replaces the query of the one with `id`. */
  saveView: {
    request: z.object({ id: uuid.optional(), name: z.string().trim().min(1).max(100), query: portfolioQuerySchema }).strict(),
    response: savedViewSchema,
  },
  deleteView: { request: z.object({ id: uuid }).strict(), response: z.object({ id: z.string() }).strict() },
  /** Every row of a portfolio query (all pages, its filters and order) as CSV text; the renderer saves it with saveFile. */
  exportPortfolioCsv: {
    request: z
      .object({
        query: portfolioQuerySchema,
        language: z.enum(REPORT_LANGUAGES),
        today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
      })
      .strict(),
    response: z.object({ fileName: z.string(), content: z.string(), rows: z.number().int() }).strict(),
  },
  listVendors: { request: empty, response: z.array(vendorListItemSchema) },
  /** The vendor with the assessments linked to it. */
  getVendor: { request: z.object({ id: uuid }).strict(), response: vendorDetailSchema },
  createVendor: { request: vendorFieldsSchema, response: vendorSchema },
  updateVendor: { request: z.object({ id: uuid }).extend(vendorFieldsSchema.shape).strict(), response: vendorSchema },
  /** The source's assessments and names go to the target; the source is removed. */
  mergeVendors: { request: z.object({ sourceId: uuid, targetId: uuid }).strict(), response: vendorSchema },
  /** Refused with VENDOR_IN_USE while assessments are linked, unless `unlink`. */
  deleteVendor: {
    request: z.object({ id: uuid, unlink: z.boolean() }).strict(),
    response: z.object({ id: z.string(), unlinked: z.number().int() }).strict(),
  },
  /**
   * Reads a vendor document (text extracted locally), stores it with its hash and the facts it suggests, all pending.
   * With no vendorId the vendor is the one whose name the document gives (created when there is none).
   */
  importVendorDocument: {
    request: z.object({ vendorId: uuid.nullable(), source: documentSourceSchema }).strict(),
    response: vendorDocumentDetailSchema,
  },
  getVendorDocument: { request: z.object({ id: uuid }).strict(), response: vendorDocumentDetailSchema },
  deleteVendorDocument: { request: z.object({ id: uuid }).strict(), response: z.object({ id: z.string() }).strict() },
  /** Accepts, rejects or resets suggestions of one document, optionally with the user's own wording. */
  decideVendorFacts: {
    request: z.object({ documentId: uuid, decisions: z.array(factDecisionRequestSchema).min(1).max(2000) }).strict(),
    response: vendorDocumentDetailSchema,
  },
  getVendorProfile: { request: z.object({ vendorId: uuid }).strict(), response: vendorProfileSchema },
  saveVendorProfile: {
    request: z.object({ vendorId: uuid }).extend(vendorProfileFieldsSchema.shape).strict(),
    response: vendorProfileSchema,
  },
  /** Adds the profiles of the five sample vendors built from their public documents; those already there are kept. */
  addSampleVendors: { request: empty, response: z.object({ added: z.array(z.string()), kept: z.array(z.string()) }).strict() },
  /** Links an assessment to a vendor by hand; null lets its importer's name decide again. */
  linkAssessmentVendor: {
    request: z.object({ assessmentId: uuid, vendorId: uuid.nullable() }).strict(),
    response: z.object({ assessmentId: z.string(), vendorId: z.string().nullable(), linkedBy: z.enum(VENDOR_LINKS) }).strict(),
  },
  /** The vendor an assessment is linked to; null when none. */
  getAssessmentVendor: {
    request: z.object({ assessmentId: uuid }).strict(),
    response: z.object({ vendorId: z.string().nullable() }).strict(),
  },
  listTemplates: { request: empty, response: z.array(templateInfoSchema) },
  /** Keeps the stored assessment as a template, without its conclusion and dates. */
  saveAsTemplate: {
    request: z
      .object({
        assessmentId: uuid,
        name: z.string().trim().min(1).max(TEMPLATE_LIMITS.name),
        description: z.string().trim().max(TEMPLATE_LIMITS.description),
      })
      .strict(),
    response: templateInfoSchema,
  },
  deleteTemplate: { request: z.object({ id: uuid }).strict(), response: z.object({ id: z.string() }).strict() },
  /** A new draft assessment from a template. */
  createFromTemplate: {
    request: z.object({ templateId: uuid, title: z.string().trim().min(1).max(LIMITS.shortText) }).strict(),
    response: assessmentSchema,
  },
  getAssessment: { request: z.object({ id: uuid }).strict(), response: assessmentSchema },
  createAssessment: {
    request: z.object({ title: z.string().trim().min(1).max(LIMITS.shortText) }).strict(),
    response: assessmentSchema,
  },
  saveAssessment: {
    request: z.object({ assessment: assessmentSchema }).strict(),
    response: z.object({ updatedAt: z.string(), summary: assessmentSummarySchema }).strict(),
  },
  duplicateAssessment: { request: z.object({ id: uuid }).strict(), response: assessmentSchema },
  deleteAssessment: { request: z.object({ id: uuid }).strict(), response: z.object({ id: z.string() }).strict() },
  /**
   * An assessment whose id is taken here is refused with IMPORT_CONFLICT unless `resolution` says what to do: keep
   * both, or replace the stored one (the database is backed up first, as `backup` names).
   */
  importAssessment: {
    request: z
      .object({
        fileName: z.string().max(LIMITS.shortText),
        content: z.string().max(LIMITS.importBytes + 1),
        resolution: conflictChoiceSchema.optional(),
      })
      .strict(),
    response: importedAssessmentSchema,
  },
  exportAssessmentJson: {
    request: z.object({ id: uuid }).strict(),
    response: z.object({ fileName: z.string(), content: z.string() }).strict(),
  },
  /** What importing the file would do, writing nothing: its assessment, and the stored one of the same id if any. */
  previewAssessmentImport: {
    request: z.union([
      z.object({ fileName: z.string().max(LIMITS.shortText), content: z.string().max(LIMITS.importBytes + 1) }).strict(),
      z.object({ fileName: z.string().max(LIMITS.shortText), pdfBase64: base64(MAX_PDF_BYTES) }).strict(),
    ]),
    response: z
      .object({
        assessment: z.object({ id: z.string(), title: z.string() }).strict(),
        migratedFromVersion: z.union([z.number().int(), z.null()]),
        conflicts: z.array(importConflictSchema),
      })
      .strict(),
  },
  /** Asks where to save (native dialog) and exports the whole workspace there in a job; null when the user cancels. */
  startWorkspaceExport: { request: empty, response: jobStarted },
  /** Asks for a workspace file and checks it in a job, writing nothing; its result lists the conflicts. */
  previewWorkspaceImport: { request: empty, response: jobStarted },
  /** Imports the file a preview checked (named by its token) in a job, all or nothing. */
  startWorkspaceImport: {
    request: z.object({ fileToken: uuid, resolution: conflictResolutionSchema }).strict(),
    response: z.object({ jobId: z.string() }).strict(),
  },
  /** A job's progress and, once done, its result or error; asked for repeatedly while it runs. */
  getJob: { request: z.object({ id: uuid }).strict(), response: jobStatusSchema },
  /** Stops a job, unless it has begun to make its result final; nothing of a cancelled job remains. */
  cancelJob: { request: z.object({ id: uuid }).strict(), response: jobStatusSchema },
  getLifecycle: { request: z.object({ id: uuid }).strict(), response: lifecycleStatusSchema },
  /** Only a complete draft can be submitted; ASSESSMENT_INCOMPLETE names the open questions. */
  submitForReview: { request: z.object({ id: uuid }).strict(), response: lifecycleStatusSchema },
  returnToDraft: {
    request: z.object({ id: uuid, note: z.string().max(LIMITS.longText) }).strict(),
    response: lifecycleStatusSchema,
  },
  /** Freezes the reviewed revision; `reportSha256` names the signed PDF kept as evidence of the approval. */
  approveAssessment: { request: z.object({ id: uuid }).extend(approvalSchema.shape).strict(), response: lifecycleStatusSchema },
  archiveAssessment: { request: z.object({ id: uuid }).strict(), response: lifecycleStatusSchema },
  unarchiveAssessment: { request: z.object({ id: uuid }).strict(), response: lifecycleStatusSchema },
  /** The lifecycle and the kept versions, newest first. */
  getHistory: { request: z.object({ id: uuid }).strict(), response: historySchema },
  /** What changed between two kept versions, or between one and the current working revision. */
  diffVersions: {
    request: z
      .object({ id: uuid, from: z.union([versionRefSchema, z.literal('current')]), to: z.union([versionRefSchema, z.literal('current')]) })
      .strict(),
    response: versionDiffSchema,
  },
  /** One page of the audit log, newest first, with the number of entries in all; only one assessment's with `assessmentId`. */
  listHistory: {
    request: z
      .object({ assessmentId: uuid.optional(), limit: z.number().int().min(1).max(MAX_HISTORY_PAGE), offset: z.number().int().min(0) })
      .strict(),
    response: z
      .object({
        entries: z.array(auditEntrySchema),
        total: z.number().int().nonnegative(),
        /** The current titles of the page's assessments that still exist, by id. */
        titles: z.record(z.string(), z.string()),
      })
      .strict(),
  },
  /** Checks the audit log's hash chain and its recorded head; the first broken link, if any, says where and why. */
  verifyHistory: { request: empty, response: auditVerificationSchema },
  /** The law library in a language: its prose translated, citations, dates, figures and ids as in the English one. */
  getLawLibrary: { request: z.object({ language: z.enum(REPORT_LANGUAGES).optional() }).strict(), response: lawLibrarySchema },
  importAssessmentFromPdf: {
    request: z
      .object({ fileName: z.string().max(LIMITS.shortText), pdfBase64: base64(MAX_PDF_BYTES), resolution: conflictChoiceSchema.optional() })
      .strict(),
    response: importedAssessmentSchema,
  },
  listSigningIdentities: { request: empty, response: z.array(signingIdentityInfoSchema) },
  createSigningIdentity: {
    request: z
      .object({
        name: z.string().trim().min(1).max(LIMITS.shortText),
        email: z.string().trim().email().max(LIMITS.shortText),
        organisation: z.string().trim().max(LIMITS.shortText),
        algorithm: z.enum(SIGNING_ALGORITHMS),
        passphrase,
      })
      .strict(),
    response: signingIdentityInfoSchema,
  },
  importSigningIdentity: {
    request: z.object({ p12Base64: base64(MAX_P12_BYTES), passphrase: z.string().max(1024) }).strict(),
    response: signingIdentityInfoSchema,
  },
  deleteSigningIdentity: { request: z.object({ identityId: z.string().min(1).max(100) }).strict(), response: z.object({ identityId: z.string() }).strict() },
  exportCertificate: {
    request: z.object({ identityId: z.string().min(1).max(100), format: z.enum(['pem', 'der']) }).strict(),
    response: z.object({ fileName: z.string(), contentBase64: z.string() }).strict(),
  },
  listTrustedCertificates: { request: empty, response: z.array(trustedCertificateSchema) },
  /** A PEM or DER certificate file, as exported by "Export certificate". */
  addTrustedCertificate: {
    request: z.object({ fileName: z.string().max(255), contentBase64: base64(MAX_P12_BYTES) }).strict(),
    response: trustedCertificateSchema,
  },
  removeTrustedCertificate: {
    request: z.object({ certificateSha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    response: z.object({ certificateSha256: z.string() }).strict(),
  },
  /** Whether the data folder could be opened, and whether this instance may restore a backup into it. */
  getHealth: { request: empty, response: z.object({ health: dataHealthSchema, canRestore: z.boolean() }).strict() },
  /** The backups, newest first; listed also while the database cannot be used, so that one can be restored. */
  listBackups: {
    request: empty,
    response: z.object({ backups: z.array(backupInfoSchema), automaticFailure: automaticBackupFailureSchema.nullable() }).strict(),
  },
  /** A backup made now, at the user's request. */
  createBackup: { request: empty, response: backupInfoSchema },
  /** Puts a backup in place of the database; the state before is backed up first (or, when damaged, moved aside). */
  restoreBackup: { request: z.object({ id: backupIdSchema }).strict(), response: restoreOutcomeSchema },
  getAppSettings: { request: empty, response: appSettingsSchema },
  saveAppSettings: { request: appSettingsSchema, response: appSettingsSchema },
  /** The name written to the audit log with every change. */
  getProfile: { request: empty, response: profileSchema },
  saveProfile: { request: profileFieldsSchema, response: profileSchema },
  getSigningSettings: { request: empty, response: signingSettingsSchema },
  saveSigningSettings: { request: signingSettingsSchema, response: signingSettingsSchema },
  exportSignedReport: {
    request: z
      .object({
        assessmentId: uuid,
        identityId: z.string().min(1).max(100),
        passphrase: z.string().max(1024),
        language: z.enum(REPORT_LANGUAGES),
        /** Printed in the running header of every page, e.g. "Confidential"; empty for none. */
        confidentiality: z.string().trim().max(80),
        appearance: z.enum(SIGNATURE_APPEARANCES),
      })
      .strict(),
    response: z
      .object({ fileName: z.string(), pdfBase64: z.string(), contentHash: z.string(), fileSha256: z.string() })
      .strict(),
  },
  /** The approver signs a report the assessor has signed, in an incremental update that leaves the first signature intact. */
  countersignReport: {
    request: z
      .object({
        fileName: z.string().max(255),
        pdfBase64: base64(MAX_PDF_BYTES),
        identityId: z.string().min(1).max(100),
        passphrase: z.string().max(1024),
        appearance: z.enum(SIGNATURE_APPEARANCES),
      })
      .strict(),
    response: z.object({ fileName: z.string(), pdfBase64: z.string(), fileSha256: z.string() }).strict(),
  },
  verifyReport: { request: z.object({ pdfBase64: base64(MAX_PDF_BYTES) }).strict(), response: verificationResultSchema },
  /** Platform channel: Electron asks where to save with a native dialog; the test harness writes to its folder. */
  saveFile: {
    request: z
      .object({ suggestedName: z.string().min(1).max(255), contentBase64: base64(MAX_PDF_BYTES) })
      .strict(),
    response: z.object({ saved: z.boolean(), path: z.string().nullable() }).strict(),
  },
  getAppInfo: {
    request: empty,
    response: z.object({ version: z.string(), dataDir: z.string() }).strict(),
  },
} as const;

export type Contract = typeof contract;
export type ChannelName = Channel;

// Both directions, so a channel cannot be added to one list and forgotten in the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const contractMatchesChannels: Same<keyof Contract, Channel> = true;
void contractMatchesChannels;
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Contract[C]['response']>;

export const CHANNEL_NAMES: readonly ChannelName[] = CHANNELS;

/** What the preload exposes as `window.dtia` and what the renderer's client calls. */
export type DtiaApi = { [C in ChannelName]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>> };

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}
