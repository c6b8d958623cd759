import { z } from 'zod';
import {
  DOCUMENT_KINDS,
  FACT_DECISIONS,
  MAX_DOCUMENT_CHARS,
  evidenceSchema,
  gapSchema,
  vendorProfileFieldsSchema,
} from '../vendors/profile';

/**
 * A vendor's profile as a workspace file carries it beside the vendor: what the user keeps by hand, and each document
 * with its text and every suggestion made from it, with the user's decision and the suggestion as first made. Fact
 * types are kept as written, so that a newer app's types travel through an older one unchanged.
 */

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hex');
const shortText = z.string().max(1_000);

export const exportedVendorFactSchema = z
  .object({
    id: z.string().min(1).max(64),
    type: z.string().min(1).max(40),
    value: shortText,
    normalized: shortText,
    suggestedValue: shortText,
    suggestedNormalized: shortText,
    qualifier: shortText.nullable(),
    countries: z.array(z.string().max(20)).max(300),
    purpose: shortText.nullable(),
    evidence: evidenceSchema,
    decision: z.enum(FACT_DECISIONS),
    edited: z.boolean(),
    decidedAt: z.string().max(40).nullable(),
  })
  .strict();
export type ExportedVendorFact = z.infer<typeof exportedVendorFactSchema>;

export const exportedVendorDocumentSchema = z
  .object({
    id: z.string().min(1).max(64),
    fileName: z.string().max(1_000),
    kind: z.enum(DOCUMENT_KINDS),
    /** SHA-256 of `text`; checked on import, as every fact's evidence is checked against the text. */
    sha256: sha256Hex,
    importedAt: z.string().max(40),
    sample: z.boolean(),
    text: z.string().max(MAX_DOCUMENT_CHARS),
    gaps: z.array(gapSchema).max(100),
    detectedVendor: z.object({ name: shortText, legalEntity: shortText.nullable() }).strict().nullable(),
    facts: z.array(exportedVendorFactSchema).max(20_000),
  })
  .strict();
export type ExportedVendorDocument = z.infer<typeof exportedVendorDocumentSchema>;

export const vendorProfileRecordSchema = z
  .object({
    sample: z.boolean(),
    fields: vendorProfileFieldsSchema,
    documents: z.array(exportedVendorDocumentSchema).max(1_000),
  })
  .strict();
export type VendorProfileRecord = z.infer<typeof vendorProfileRecordSchema>;
