import { z } from 'zod';
import { LIMITS } from '../domain/assessment';
import { FACT_TYPES, GAP_IDS } from '../extraction/types';

/**
 * A vendor's profile, read from its own documents: each document imported (its text kept with its hash and import
 * date), the facts the importer suggested with the sentence each came from, the user's decision on each, and what the
 * user keeps by hand (DPF status with the date checked, transparency-report figures, open questions to the vendor).
 * The profile's roles, countries, sub-processors, security measures… are its accepted facts (summarizeProfile).
 */

export const DOCUMENT_KINDS = ['paste', 'txt', 'html', 'pdf'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const FACT_DECISIONS = ['pending', 'accepted', 'rejected'] as const;
export type FactDecision = (typeof FACT_DECISIONS)[number];

/** The largest document text kept; a 25-page policy is about 75,000 characters. */
export const MAX_DOCUMENT_CHARS = 2_000_000;

const isoDay = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);

export const evidenceSchema = z.object({ text: z.string(), start: z.number().int().min(0), end: z.number().int().min(0) }).strict();

export const vendorFactSchema = z
  .object({
    id: z.string(),
    documentId: z.string(),
    type: z.enum(FACT_TYPES),
    value: z.string(),
    normalized: z.string(),
    qualifier: z.string().nullable(),
    /** For a sub-processor: the countries stated with it. */
    countries: z.array(z.string()),
    purpose: z.string().nullable(),
    evidence: evidenceSchema,
    decision: z.enum(FACT_DECISIONS),
    /** The user changed the value or its normalized form before accepting it. */
    edited: z.boolean(),
    decidedAt: z.string().nullable(),
  })
  .strict();
export type VendorFact = z.infer<typeof vendorFactSchema>;

export const vendorDocumentSchema = z
  .object({
    id: z.string(),
    vendorId: z.string(),
    fileName: z.string(),
    kind: z.enum(DOCUMENT_KINDS),
    /** SHA-256 of the extracted text, lower-case hex: what the evidence offsets refer to. */
    sha256: z.string(),
    importedAt: z.string(),
    characters: z.number().int(),
    /** Shipped with the app as a sample, not imported by the user. */
    sample: z.boolean(),
  })
  .strict();
export type VendorDocument = z.infer<typeof vendorDocumentSchema>;

export const gapSchema = z.object({ id: z.enum(GAP_IDS), question: z.string() }).strict();

export const vendorDocumentDetailSchema = vendorDocumentSchema
  .extend({
    text: z.string(),
    facts: z.array(vendorFactSchema),
    gaps: z.array(gapSchema),
    detectedVendor: z.object({ name: z.string(), legalEntity: z.string().nullable() }).strict().nullable(),
  })
  .strict();
export type VendorDocumentDetail = z.infer<typeof vendorDocumentDetailSchema>;

export const DPF_STATUSES = ['unknown', 'certified', 'not-certified'] as const;
export const OPEN_QUESTION_STATUSES = ['open', 'asked', 'answered'] as const;

export const openQuestionSchema = z
  .object({
    id: z.string().min(1).max(64),
    /** The gap it was raised from, or null for a question the user wrote. */
    gapId: z.enum(GAP_IDS).nullable(),
    question: z.string().trim().min(1).max(LIMITS.longText),
    status: z.enum(OPEN_QUESTION_STATUSES),
    answer: z.string().max(LIMITS.longText),
  })
  .strict();
export type OpenQuestion = z.infer<typeof openQuestionSchema>;

export const transparencyFigureSchema = z
  .object({
    /** What was counted, e.g. "FISA 702 requests", "law enforcement requests". */
    label: z.string().trim().min(1).max(LIMITS.shortText),
    /** The figure as published, e.g. "0", "0–249". */
    figure: z.string().trim().min(1).max(LIMITS.shortText),
    /** The period it covers, e.g. "H1 2025". */
    period: z.string().trim().max(LIMITS.shortText),
    source: z.string().trim().max(LIMITS.shortText),
  })
  .strict();
export type TransparencyFigure = z.infer<typeof transparencyFigureSchema>;

/** What the user keeps by hand on a profile. */
export const vendorProfileFieldsSchema = z
  .object({
    dpf: z.object({ status: z.enum(DPF_STATUSES), checkedOn: isoDay }).strict(),
    transparency: z.array(transparencyFigureSchema).max(100),
    openQuestions: z.array(openQuestionSchema).max(200),
  })
  .strict();
export type VendorProfileFields = z.infer<typeof vendorProfileFieldsSchema>;

/** An accepted fact with the document it came from, as the profile, the map and the report cite it. */
export const profileFactSchema = vendorFactSchema
  .extend({ documentName: z.string(), documentSha256: z.string(), importedAt: z.string() })
  .strict();
export type ProfileFact = z.infer<typeof profileFactSchema>;

export const vendorProfileSchema = vendorProfileFieldsSchema
  .extend({
    vendorId: z.string(),
    vendorName: z.string(),
    sample: z.boolean(),
    documents: z.array(vendorDocumentSchema),
    /** Accepted facts only, in document order. */
    facts: z.array(profileFactSchema),
  })
  .strict();
export type VendorProfile = z.infer<typeof vendorProfileSchema>;

/** A document to read: pasted text, or a chosen file's bytes (base64) whose kind its name tells. */
export const documentSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paste'), text: z.string().min(1).max(MAX_DOCUMENT_CHARS) }).strict(),
  z
    .object({
      kind: z.literal('file'),
      fileName: z.string().min(1).max(LIMITS.shortText),
      // 50 MB of bytes as base64.
      contentBase64: z.string().max(Math.ceil((50 * 1024 * 1024) / 3) * 4),
    })
    .strict(),
]);
export type DocumentSource = z.infer<typeof documentSourceSchema>;

export const factDecisionRequestSchema = z
  .object({
    factId: z.string().min(1).max(64),
    decision: z.enum(FACT_DECISIONS),
    /** Set when the user edited the suggestion before accepting it. */
    value: z.string().trim().min(1).max(LIMITS.shortText).optional(),
    normalized: z.string().trim().min(1).max(LIMITS.shortText).optional(),
  })
  .strict();
export type FactDecisionRequest = z.infer<typeof factDecisionRequestSchema>;
