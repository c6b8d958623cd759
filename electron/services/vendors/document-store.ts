import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/domain/result';
import { extractFacts } from '../../../shared/extraction/extract';
import type { ExtractionResult } from '../../../shared/extraction/types';
import type { DocumentKind, DocumentSource, VendorDocumentDetail } from '../../../shared/vendors/profile';
import { VENDOR_LIMITS } from '../../../shared/vendors/vendor';
import type { AuditRecorder } from '../audit/audit-log';
import { documentText } from '../documents/document-text';
import { createVendorNames } from './vendor-names';
import {
  DOCUMENT_COLUMNS,
  FACT_COLUMNS,
  extractionColumn,
  toDetail,
  type DocumentTextRow,
  type FactRow,
} from './vendor-document-rows';

/** A document read and its facts found, before anything is written: the slow part, outside any transaction. */
export interface PreparedDocument {
  kind: DocumentKind;
  fileName: string;
  text: string;
  sha256: string;
  extraction: ExtractionResult;
}

/** The name a pasted document is listed and cited by. */
export const PASTED_DOCUMENT_NAME = 'Pasted text';

export async function prepareDocument(source: DocumentSource): Promise<PreparedDocument> {
  const read = await documentText(source);
  return {
    kind: read.kind,
    fileName: read.kind === 'paste' ? PASTED_DOCUMENT_NAME : read.fileName,
    text: read.text,
    sha256: createHash('sha256').update(read.text, 'utf8').digest('hex'),
    extraction: extractFacts(read.text),
  };
}

export interface DocumentStoreDeps {
  now: () => Date;
  newId: () => string;
  audit: AuditRecorder;
}

export interface StoredDocument {
  detail: VendorDocumentDetail;
  vendorName: string;
  /** The same text was already stored for this vendor: nothing was written. */
  duplicate: boolean;
}

/** Writes and reads vendor documents with their facts. The caller holds the transaction. */
export function createDocumentStore(db: Database.Database, deps: DocumentStoreDeps) {
  const names = createVendorNames(db, deps.newId);
  const statements = {
    vendor: db.prepare<[string], { id: string; name: string }>('SELECT id, name FROM vendors WHERE id = ?'),
    insertVendor: db.prepare<[string, string, string, string, string, number]>(
      `INSERT INTO vendors (id, name, legal_entity, country, website, notes, created_at, updated_at, sample)
       VALUES (?, ?, ?, '', '', '', ?, ?, ?)`,
    ),
    document: db.prepare<[string], DocumentTextRow>(`SELECT ${DOCUMENT_COLUMNS}, text, extraction FROM vendor_documents WHERE id = ?`),
    sameText: db.prepare<[string, string], { id: string }>('SELECT id FROM vendor_documents WHERE vendor_id = ? AND sha256 = ?'),
    facts: db.prepare<[string], FactRow>(`SELECT ${FACT_COLUMNS} FROM vendor_facts WHERE document_id = ? ORDER BY position`),
    insertDocument: db.prepare(
      `INSERT INTO vendor_documents (id, vendor_id, file_name, kind, sha256, imported_at, text, extraction, sample)
       VALUES (@id, @vendorId, @fileName, @kind, @sha256, @importedAt, @text, @extraction, @sample)`,
    ),
    insertFact: db.prepare(
      `INSERT INTO vendor_facts (id, vendor_id, document_id, position, type, value, normalized, suggested_value,
         suggested_normalized, qualifier, countries, purpose, evidence_text, evidence_start, evidence_end)
       VALUES (@id, @vendorId, @documentId, @position, @type, @value, @normalized, @value, @normalized, @qualifier,
         @countries, @purpose, @evidenceText, @evidenceStart, @evidenceEnd)`,
    ),
  };

  function detail(id: string): VendorDocumentDetail {
    const row = statements.document.get(id);
    if (!row) throw new AppFailure('NOT_FOUND', `No vendor document with id ${id}.`);
    return toDetail(row, statements.facts.all(id));
  }

  function existingVendor(id: string): { id: string; name: string } {
    const vendor = statements.vendor.get(id);
    if (!vendor) throw new AppFailure('NOT_FOUND', `No vendor with id ${id}.`);
    return vendor;
  }

  /** The stored vendor the document names, by its name or legal entity, matched as assessments match importers. */
  function vendorNamedBy(prepared: PreparedDocument): string | null {
    const detected = prepared.extraction.vendor;
    if (detected === null) return null;
    return names.find(detected.name) ?? (detected.legalEntity === null ? null : names.find(detected.legalEntity));
  }

  /** The vendor the document names, created when there is none yet. */
  function namedVendor(prepared: PreparedDocument, sample: boolean, at: string): { id: string; name: string; created: boolean } {
    const detected = prepared.extraction.vendor;
    if (detected === null) {
      throw new AppFailure('VENDOR_NOT_NAMED', 'The document does not say which vendor it is from. Choose the vendor to import it for.');
    }
    const found = vendorNamedBy(prepared);
    if (found !== null) return { ...existingVendor(found), created: false };
    const id = deps.newId();
    const name = detected.name.trim().slice(0, VENDOR_LIMITS.name);
    statements.insertVendor.run(id, name, (detected.legalEntity ?? '').trim().slice(0, VENDOR_LIMITS.name), at, at, sample ? 1 : 0);
    names.addName(id, name);
    if (detected.legalEntity !== null) names.addName(id, detected.legalEntity);
    return { id, name, created: true };
  }

  function store(prepared: PreparedDocument, vendorId: string | null, options: { sample: boolean }): StoredDocument {
    const at = deps.now().toISOString();
    const vendor = vendorId === null ? namedVendor(prepared, options.sample, at) : { ...existingVendor(vendorId), created: false };
    const same = statements.sameText.get(vendor.id, prepared.sha256);
    if (same) return { detail: detail(same.id), vendorName: vendor.name, duplicate: true };
    const documentId = deps.newId();
    statements.insertDocument.run({
      id: documentId,
      vendorId: vendor.id,
      fileName: prepared.fileName,
      kind: prepared.kind,
      sha256: prepared.sha256,
      importedAt: at,
      text: prepared.text,
      extraction: extractionColumn(prepared.extraction),
      sample: options.sample ? 1 : 0,
    });
    prepared.extraction.facts.forEach((fact, position) => {
      statements.insertFact.run({
        id: deps.newId(),
        vendorId: vendor.id,
        documentId,
        position,
        type: fact.type,
        value: fact.value,
        normalized: fact.normalized,
        qualifier: fact.qualifier ?? null,
        countries: JSON.stringify(fact.countries ?? []),
        purpose: fact.purpose ?? null,
        evidenceText: fact.evidence.text,
        evidenceStart: fact.evidence.start,
        evidenceEnd: fact.evidence.end,
      });
    });
    deps.audit.append('vendor-document-import', null, {
      vendorId: vendor.id,
      vendor: vendor.name,
      vendorCreated: vendor.created,
      documentId,
      fileName: prepared.fileName,
      kind: prepared.kind,
      sha256: prepared.sha256,
      characters: prepared.text.length,
      facts: prepared.extraction.facts.length,
      sample: options.sample,
    });
    return { detail: detail(documentId), vendorName: vendor.name, duplicate: false };
  }

  return { detail, store, vendorNamedBy };
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;
