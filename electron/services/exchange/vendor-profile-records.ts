import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/domain/result';
import type { ExportedVendorDocument, VendorProfileRecord } from '../../../shared/exchange/vendor-profile-record';
import type { VendorRecord } from '../../../shared/exchange/workspace-format';
import {
  DOCUMENT_COLUMNS,
  FACT_COLUMNS,
  storedOpenQuestions,
  storedTransparency,
  type DocumentTextRow,
  type FactRow,
} from '../vendors/vendor-document-rows';

interface ProfileColumns {
  sample: number;
  dpf_status: 'unknown' | 'certified' | 'not-certified';
  dpf_checked_on: string;
  transparency: string;
  open_questions: string;
}

function storedCountries(text: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

function storedExtraction(text: string): Pick<ExportedVendorDocument, 'gaps' | 'detectedVendor'> {
  try {
    const parsed = JSON.parse(text) as Partial<Pick<ExportedVendorDocument, 'gaps' | 'detectedVendor'>>;
    return { gaps: parsed.gaps ?? [], detectedVendor: parsed.detectedVendor ?? null };
  } catch {
    return { gaps: [], detectedVendor: null };
  }
}

/** Reads a vendor's profile for the workspace file, inside the export's read transaction. */
export function createProfileExporter(db: Database.Database) {
  const statements = {
    vendor: db.prepare<[string], ProfileColumns>('SELECT sample, dpf_status, dpf_checked_on, transparency, open_questions FROM vendors WHERE id = ?'),
    documents: db.prepare<[string], DocumentTextRow>(
      `SELECT ${DOCUMENT_COLUMNS}, text, extraction FROM vendor_documents WHERE vendor_id = ? ORDER BY imported_at, rowid`,
    ),
    facts: db.prepare<[string], FactRow>(`SELECT ${FACT_COLUMNS} FROM vendor_facts WHERE document_id = ? ORDER BY position`),
  };
  return (vendorId: string): VendorProfileRecord | undefined => {
    const row = statements.vendor.get(vendorId);
    if (!row) return undefined;
    return {
      sample: row.sample === 1,
      fields: {
        dpf: { status: row.dpf_status, checkedOn: row.dpf_checked_on },
        transparency: storedTransparency(row.transparency),
        openQuestions: storedOpenQuestions(row.open_questions),
      },
      documents: statements.documents.all(vendorId).map((document) => ({
        id: document.id,
        fileName: document.file_name,
        kind: document.kind,
        sha256: document.sha256,
        importedAt: document.imported_at,
        sample: document.sample === 1,
        text: document.text,
        ...storedExtraction(document.extraction),
        facts: statements.facts.all(document.id).map((fact) => ({
          id: fact.id,
          type: fact.type,
          value: fact.value,
          normalized: fact.normalized,
          suggestedValue: fact.suggested_value,
          suggestedNormalized: fact.suggested_normalized,
          qualifier: fact.qualifier,
          countries: storedCountries(fact.countries),
          purpose: fact.purpose,
          evidence: { text: fact.evidence_text, start: fact.evidence_start, end: fact.evidence_end },
          decision: fact.decision,
          edited: fact.edited === 1,
          decidedAt: fact.decided_at,
        })),
      })),
    };
  };
}

/**
 * What the schema cannot see: each document's text must give its recorded hash and hold every fact's evidence where
 * the fact says, as the report will cite it.
 */
export function checkVendorProfile(record: VendorRecord, line: number): void {
  for (const document of record.profile?.documents ?? []) {
    const problems: string[] = [];
    if (createHash('sha256').update(document.text, 'utf8').digest('hex') !== document.sha256) problems.push('the text does not give its recorded SHA-256');
    for (const fact of document.facts) {
      if (document.text.slice(fact.evidence.start, fact.evidence.end) !== fact.evidence.text) problems.push(`fact ${fact.id}: the evidence is not in the text where it says`);
    }
    if (problems.length > 0) {
      throw new AppFailure(
        'WORKSPACE_DAMAGED',
        `Line ${line} of the workspace file (vendor “${record.vendor.name.slice(0, 80)}”) holds a document that was changed after it was imported.`,
        [`document ${document.id} (${document.fileName.slice(0, 80)})`, ...problems.slice(0, 5)],
      );
    }
  }
}

/**
 * Writes an imported vendor's profile; the caller holds the import's transaction. A vendor new here takes the whole
 * profile; a vendor already here keeps its own fields and gains the documents it lacks, unless the import replaces
 * all, when the file's fields and documents win. A document whose text the vendor already has is the same document.
 */
export function createProfileImporter(db: Database.Database, replaceAll: boolean) {
  const statements = {
    setFields: db.prepare(
      `UPDATE vendors SET sample = @sample, dpf_status = @dpfStatus, dpf_checked_on = @dpfCheckedOn, transparency = @transparency,
         open_questions = @openQuestions WHERE id = @id`,
    ),
    sameDocument: db.prepare<[string, string, string], { id: string }>(
      'SELECT id FROM vendor_documents WHERE id = ? OR (vendor_id = ? AND sha256 = ?)',
    ),
    factTaken: db.prepare<[string], { id: string }>('SELECT id FROM vendor_facts WHERE id = ?'),
    deleteDocument: db.prepare<[string]>('DELETE FROM vendor_documents WHERE id = ?'),
    insertDocument: db.prepare(
      `INSERT INTO vendor_documents (id, vendor_id, file_name, kind, sha256, imported_at, text, extraction, sample)
       VALUES (@id, @vendorId, @fileName, @kind, @sha256, @importedAt, @text, @extraction, @sample)`,
    ),
    insertFact: db.prepare(
      `INSERT INTO vendor_facts (id, vendor_id, document_id, position, type, value, normalized, suggested_value, suggested_normalized,
         qualifier, countries, purpose, evidence_text, evidence_start, evidence_end, decision, edited, decided_at)
       VALUES (@id, @vendorId, @documentId, @position, @type, @value, @normalized, @suggestedValue, @suggestedNormalized,
         @qualifier, @countries, @purpose, @evidenceText, @evidenceStart, @evidenceEnd, @decision, @edited, @decidedAt)`,
    ),
  };

  function writeDocument(vendorId: string, document: ExportedVendorDocument): void {
    statements.insertDocument.run({
      id: document.id,
      vendorId,
      fileName: document.fileName,
      kind: document.kind,
      sha256: document.sha256,
      importedAt: document.importedAt,
      text: document.text,
      extraction: JSON.stringify({ gaps: document.gaps, detectedVendor: document.detectedVendor }),
      sample: document.sample ? 1 : 0,
    });
    document.facts.forEach((fact, position) => {
      // Fact ids are the other workspace's; one taken here (only by a copy of this very fact) gets no second row.
      if (statements.factTaken.get(fact.id)) return;
      statements.insertFact.run({
        id: fact.id,
        vendorId,
        documentId: document.id,
        position,
        type: fact.type,
        value: fact.value,
        normalized: fact.normalized,
        suggestedValue: fact.suggestedValue,
        suggestedNormalized: fact.suggestedNormalized,
        qualifier: fact.qualifier,
        countries: JSON.stringify(fact.countries),
        purpose: fact.purpose,
        evidenceText: fact.evidence.text,
        evidenceStart: fact.evidence.start,
        evidenceEnd: fact.evidence.end,
        decision: fact.decision,
        edited: fact.edited ? 1 : 0,
        decidedAt: fact.decidedAt,
      });
    });
  }

  return (vendorId: string, profile: VendorProfileRecord, vendorIsNew: boolean): number => {
    const takeAll = vendorIsNew || replaceAll;
    if (takeAll) {
      statements.setFields.run({
        id: vendorId,
        sample: profile.sample ? 1 : 0,
        dpfStatus: profile.fields.dpf.status,
        dpfCheckedOn: profile.fields.dpf.checkedOn,
        transparency: JSON.stringify(profile.fields.transparency),
        openQuestions: JSON.stringify(profile.fields.openQuestions),
      });
    }
    let written = 0;
    for (const document of profile.documents) {
      const same = statements.sameDocument.all(document.id, vendorId, document.sha256);
      if (same.length > 0 && !replaceAll) continue;
      for (const { id } of same) statements.deleteDocument.run(id);
      writeDocument(vendorId, document);
      written += 1;
    }
    return written;
  };
}
