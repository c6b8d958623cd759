import { z } from 'zod';
import { LIMITS, assessmentSchema, assessmentSummarySchema } from '../domain/assessment';
import { lawLibrarySchema } from '../domain/law-library';
import type { Result } from '../domain/result';
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

export const signingIdentityInfoSchema = z
  .object({
    name: z.string(),
    email: z.string(),
    organisation: z.string(),
    certificateSha256: z.string(),
    validFrom: z.string(),
    validTo: z.string(),
    selfSigned: z.boolean(),
    /** How the private key is kept: always under the passphrase, and additionally by the OS keychain where available. */
    protection: z.enum(['passphrase', 'passphrase+os']),
  })
  .strict();
export type SigningIdentityInfo = z.infer<typeof signingIdentityInfoSchema>;

export const verificationResultSchema = z
  .object({
    valid: z.boolean(),
    signer: z.string().nullable(),
    signerEmail: z.string().nullable(),
    signerOrganisation: z.string().nullable(),
    signedAt: z.string().nullable(),
    coversWholeDocument: z.boolean(),
    certificateSha256: z.string().nullable(),
    /** Bytes were added after the signed range: the document changed after signing. */
    changedAfterSigning: z.boolean(),
    reason: z.string().nullable(),
    /** The content hash printed on the report's cover, read back from the signed document. */
    contentHash: z.string().nullable(),
    problems: z.array(z.string()),
  })
  .strict();
export type VerificationResult = z.infer<typeof verificationResultSchema>;

const passphrase = z.string().min(8, 'at least 8 characters').max(1024);

export const contract = {
  listAssessments: { request: empty, response: z.array(assessmentSummarySchema) },
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
  importAssessment: {
    request: z.object({ fileName: z.string().max(LIMITS.shortText), content: z.string().max(LIMITS.importBytes + 1) }).strict(),
    /** `migratedFromVersion` is set when an older file version was converted, so the user can be told. */
    response: z.object({ assessment: assessmentSchema, migratedFromVersion: z.union([z.number().int(), z.null()]) }).strict(),
  },
  exportAssessmentJson: {
    request: z.object({ id: uuid }).strict(),
    response: z.object({ fileName: z.string(), content: z.string() }).strict(),
  },
  getLawLibrary: { request: empty, response: lawLibrarySchema },
  getSigningIdentity: { request: empty, response: signingIdentityInfoSchema.nullable() },
  createSigningIdentity: {
    request: z
      .object({
        name: z.string().trim().min(1).max(LIMITS.shortText),
        email: z.string().trim().email().max(LIMITS.shortText),
        organisation: z.string().trim().max(LIMITS.shortText),
        passphrase,
      })
      .strict(),
    response: signingIdentityInfoSchema,
  },
  importSigningIdentity: {
    request: z.object({ p12Base64: base64(MAX_P12_BYTES), passphrase: z.string().max(1024) }).strict(),
    response: signingIdentityInfoSchema,
  },
  exportSignedReport: {
    request: z.object({ assessmentId: uuid, passphrase: z.string().max(1024) }).strict(),
    response: z
      .object({ fileName: z.string(), pdfBase64: z.string(), contentHash: z.string(), fileSha256: z.string() })
      .strict(),
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
