import { z } from 'zod';
import { FACT_TYPES, type ExtractionResult, type FactType } from '../../../shared/extraction/types';
import {
  gapSchema,
  openQuestionSchema,
  transparencyFigureSchema,
  type DocumentKind,
  type FactDecision,
  type OpenQuestion,
  type TransparencyFigure,
  type VendorDocument,
  type VendorDocumentDetail,
  type VendorFact,
} from '../../../shared/vendors/profile';

/** Rows of vendor_documents and vendor_facts (migration 9) and their shapes in the contract. */

export interface DocumentRow {
  id: string;
  vendor_id: string;
  file_name: string;
  kind: DocumentKind;
  sha256: string;
  imported_at: string;
  characters: number;
  sample: number;
}

export interface DocumentTextRow extends DocumentRow {
  text: string;
  extraction: string;
}

export interface FactRow {
  id: string;
  vendor_id: string;
  document_id: string;
  position: number;
  type: string;
  value: string;
  normalized: string;
  suggested_value: string;
  suggested_normalized: string;
  qualifier: string | null;
  countries: string;
  purpose: string | null;
  evidence_text: string;
  evidence_start: number;
  evidence_end: number;
  decision: FactDecision;
  edited: number;
  decided_at: string | null;
}

export const DOCUMENT_COLUMNS = 'id, vendor_id, file_name, kind, sha256, imported_at, length(text) AS characters, sample';
export const FACT_COLUMNS =
  'id, vendor_id, document_id, position, type, value, normalized, suggested_value, suggested_normalized, qualifier, countries, ' +
  'purpose, evidence_text, evidence_start, evidence_end, decision, edited, decided_at';

/** Stored JSON read without trusting it: what does not parse or fit counts as absent. */
function parsed<T>(text: string, schema: z.ZodType<T>, fallback: T): T {
  try {
    const result = schema.safeParse(JSON.parse(text));
    return result.success ? result.data : fallback;
  } catch {
    return fallback;
  }
}

const storedExtractionSchema = z.object({
  gaps: z.array(gapSchema),
  detectedVendor: z.object({ name: z.string(), legalEntity: z.string().nullable() }).nullable(),
});
type StoredExtraction = z.infer<typeof storedExtractionSchema>;

export function extractionColumn(result: ExtractionResult): string {
  const stored: StoredExtraction = {
    gaps: result.gaps.map(({ id, question }) => ({ id, question })),
    detectedVendor: result.vendor === null ? null : { name: result.vendor.name, legalEntity: result.vendor.legalEntity },
  };
  return JSON.stringify(stored);
}

export function toDocument(row: DocumentRow): VendorDocument {
  return {
    id: row.id,
    vendorId: row.vendor_id,
    fileName: row.file_name,
    kind: row.kind,
    sha256: row.sha256,
    importedAt: row.imported_at,
    characters: row.characters,
    sample: row.sample === 1,
  };
}

const isFactType = (type: string): type is FactType => (FACT_TYPES as readonly string[]).includes(type);

/** Null for a type this version does not know (written by a newer one): it is not shown rather than shown wrongly. */
export function toFact(row: FactRow): VendorFact | null {
  if (!isFactType(row.type)) return null;
  return {
    id: row.id,
    documentId: row.document_id,
    type: row.type,
    value: row.value,
    normalized: row.normalized,
    qualifier: row.qualifier,
    countries: parsed(row.countries, z.array(z.string()), []),
    purpose: row.purpose,
    evidence: { text: row.evidence_text, start: row.evidence_start, end: row.evidence_end },
    decision: row.decision,
    edited: row.edited === 1,
    decidedAt: row.decided_at,
  };
}

export function toDetail(row: DocumentTextRow, facts: readonly FactRow[]): VendorDocumentDetail {
  const extraction = parsed(row.extraction, storedExtractionSchema, { gaps: [], detectedVendor: null });
  return {
    ...toDocument(row),
    text: row.text,
    facts: facts.flatMap((fact) => toFact(fact) ?? []),
    gaps: extraction.gaps,
    detectedVendor: extraction.detectedVendor,
  };
}

export function storedTransparency(text: string): TransparencyFigure[] {
  return parsed(text, z.array(transparencyFigureSchema), []);
}

export function storedOpenQuestions(text: string): OpenQuestion[] {
  return parsed(text, z.array(openQuestionSchema), []);
}
