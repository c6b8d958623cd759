import { z } from 'zod';
import { FACT_TYPES } from '../extraction/types';

/**
 * A fact the assessment took from a vendor's own document, with the sentence that states it and the document it
 * came from (name, SHA-256 of its text, import date): the report cites it, so a reader can check it.
 */
export const evidenceLinkSchema = z
  .object({
    /** The accepted fact's id in the vendor profile. */
    factId: z.string().min(1).max(64),
    factType: z.enum(FACT_TYPES),
    value: z.string().max(300),
    normalized: z.string().max(300),
    /** The sentence, exactly as in the document. */
    sentence: z.string().max(20_000),
    vendor: z.string().max(300),
    document: z
      .object({
        name: z.string().max(300),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        importedAt: z.string().datetime(),
      })
      .strict(),
    /** Where the fact went in the assessment: a party id, a transfer id, or a field path such as "map.parties". */
    usedFor: z.string().max(300),
  })
  .strict();
export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;

export const MAX_EVIDENCE_LINKS = 500;
