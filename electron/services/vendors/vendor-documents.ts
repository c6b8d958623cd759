import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/domain/result';
import type { AuditRecorder } from '../audit/audit-log';
import type { VendorDocumentService } from '../types';
import { createDocumentStore, prepareDocument } from './document-store';
import { checkDistinct, decide } from './fact-decisions';
import { prepareSamples } from './sample-vendors';
import { FACT_COLUMNS, type FactRow } from './vendor-document-rows';
import { createProfileStore } from './vendor-profiles';

export interface VendorDocumentDeps {
  now: () => Date;
  newId: () => string;
  audit: AuditRecorder;
  /** The folder the sample documents ship in (resources/). */
  resourcesDir: string;
}

export function createVendorDocumentService(db: Database.Database, deps: VendorDocumentDeps): VendorDocumentService {
  const documents = createDocumentStore(db, deps);
  const profiles = createProfileStore(db, deps.now);
  const statements = {
    document: db.prepare<[string], { id: string; vendor_id: string; file_name: string; sha256: string }>(
      'SELECT id, vendor_id, file_name, sha256 FROM vendor_documents WHERE id = ?',
    ),
    vendorName: db.prepare<[string], { name: string }>('SELECT name FROM vendors WHERE id = ?'),
    fact: db.prepare<[string, string], FactRow>(`SELECT ${FACT_COLUMNS} FROM vendor_facts WHERE id = ? AND document_id = ?`),
    decide: db.prepare(
      'UPDATE vendor_facts SET value = @value, normalized = @normalized, decision = @decision, edited = @edited, decided_at = @decidedAt WHERE id = @id',
    ),
    acceptedCount: db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM vendor_facts WHERE document_id = ? AND decision = 'accepted'"),
    deleteDocument: db.prepare<[string]>('DELETE FROM vendor_documents WHERE id = ?'),
    acceptAll: db.prepare<[string, string]>("UPDATE vendor_facts SET decision = 'accepted', decided_at = ? WHERE document_id = ?"),
  };

  function existingDocument(id: string) {
    const row = statements.document.get(id);
    if (!row) throw new AppFailure('NOT_FOUND', `No vendor document with id ${id}.`);
    return row;
  }

  const deleteTransaction = db.transaction((id: string) => {
    const document = existingDocument(id);
    const acceptedFacts = statements.acceptedCount.get(id)?.n ?? 0;
    statements.deleteDocument.run(id);
    deps.audit.append('vendor-document-delete', null, {
      vendorId: document.vendor_id,
      vendor: statements.vendorName.get(document.vendor_id)?.name ?? '',
      documentId: id,
      fileName: document.file_name,
      sha256: document.sha256,
      acceptedFacts,
    });
    return { id };
  });

  const decideTransaction = db.transaction((documentId: string, requests: Parameters<VendorDocumentService['decideFacts']>[1]) => {
    const document = existingDocument(documentId);
    checkDistinct(requests);
    const at = deps.now().toISOString();
    const decided = requests.map((request) => {
      const fact = statements.fact.get(request.factId, documentId);
      if (!fact) throw new AppFailure('NOT_FOUND', `The document ${documentId} has no fact ${request.factId}.`);
      const next = decide(fact, request, at);
      statements.decide.run(next);
      return { factId: fact.id, type: fact.type, decision: next.decision, normalized: next.normalized, edited: next.edited === 1 };
    });
    deps.audit.append('vendor-facts-decision', null, {
      vendorId: document.vendor_id,
      vendor: statements.vendorName.get(document.vendor_id)?.name ?? '',
      documentId,
      fileName: document.file_name,
      facts: decided,
    });
    return documents.detail(documentId);
  });

  const saveProfileTransaction = db.transaction((vendorId: string, fields: Parameters<VendorDocumentService['saveProfile']>[1]) => {
    const { vendorName } = profiles.save(vendorId, fields);
    deps.audit.append('vendor-profile-edit', null, {
      vendorId,
      vendor: vendorName,
      dpf: fields.dpf,
      transparencyFigures: fields.transparency.length,
      openQuestions: fields.openQuestions.length,
    });
    return profiles.profile(vendorId);
  });

  const samplesTransaction = db.transaction((samples: Awaited<ReturnType<typeof prepareSamples>>) => {
    const added: string[] = [];
    const kept: string[] = [];
    const at = deps.now().toISOString();
    for (const sample of samples) {
      if (documents.vendorNamedBy(sample.prepared) !== null) {
        kept.push(sample.vendor);
        continue;
      }
      // The vendor is new, so the importer creates it, marked as a sample like its document.
      const { detail } = documents.store(sample.prepared, null, { sample: true });
      statements.acceptAll.run(at, detail.id);
      added.push(sample.vendor);
    }
    if (added.length > 0) deps.audit.append('vendor-samples-add', null, { added, kept });
    return { added, kept };
  });

  return {
    async importDocument(vendorId, source) {
      // Reading and extracting take the time; the transaction only writes what they found.
      const prepared = await prepareDocument(source);
      return db.transaction(() => documents.store(prepared, vendorId, { sample: false }).detail).immediate();
    },
    getDocument: (id) => documents.detail(id),
    deleteDocument: (id) => deleteTransaction.immediate(id),
    decideFacts: (documentId, decisions) => decideTransaction.immediate(documentId, decisions),
    getProfile: (vendorId) => profiles.profile(vendorId),
    saveProfile: (vendorId, fields) => saveProfileTransaction.immediate(vendorId, fields),
    async addSamples() {
      const samples = await prepareSamples(deps.resourcesDir);
      return samplesTransaction.immediate(samples);
    },
  };
}
