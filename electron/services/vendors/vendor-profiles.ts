import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/domain/result';
import type { ProfileFact, VendorProfile, VendorProfileFields } from '../../../shared/vendors/profile';
import {
  DOCUMENT_COLUMNS,
  FACT_COLUMNS,
  storedOpenQuestions,
  storedTransparency,
  toDocument,
  toFact,
  type DocumentRow,
  type FactRow,
} from './vendor-document-rows';

interface ProfileRow {
  id: string;
  name: string;
  sample: number;
  dpf_status: VendorProfileFields['dpf']['status'];
  dpf_checked_on: string;
  transparency: string;
  open_questions: string;
}

type AcceptedRow = FactRow & { document_name: string; document_sha256: string; document_imported_at: string };

/** Reads a vendor's profile and writes what the user keeps by hand on it. The caller holds the transaction. */
export function createProfileStore(db: Database.Database, now: () => Date) {
  const statements = {
    vendor: db.prepare<[string], ProfileRow>(
      'SELECT id, name, sample, dpf_status, dpf_checked_on, transparency, open_questions FROM vendors WHERE id = ?',
    ),
    documents: db.prepare<[string], DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS} FROM vendor_documents WHERE vendor_id = ? ORDER BY imported_at, rowid`,
    ),
    accepted: db.prepare<[string], AcceptedRow>(
      `SELECT ${FACT_COLUMNS.split(', ').map((column) => `f.${column}`).join(', ')},
         d.file_name AS document_name, d.sha256 AS document_sha256, d.imported_at AS document_imported_at
       FROM vendor_facts f JOIN vendor_documents d ON d.id = f.document_id
       WHERE d.vendor_id = ? AND f.decision = 'accepted'
       ORDER BY d.imported_at, d.rowid, f.position`,
    ),
    save: db.prepare(
      `UPDATE vendors SET dpf_status = @dpfStatus, dpf_checked_on = @dpfCheckedOn, transparency = @transparency,
         open_questions = @openQuestions, updated_at = @updatedAt WHERE id = @id`,
    ),
  };

  function vendorRow(vendorId: string): ProfileRow {
    const row = statements.vendor.get(vendorId);
    if (!row) throw new AppFailure('NOT_FOUND', `No vendor with id ${vendorId}.`);
    return row;
  }

  function profile(vendorId: string): VendorProfile {
    const row = vendorRow(vendorId);
    const facts = statements.accepted.all(vendorId).flatMap((accepted): ProfileFact[] => {
      const fact = toFact(accepted);
      if (fact === null) return [];
      return [{ ...fact, documentName: accepted.document_name, documentSha256: accepted.document_sha256, importedAt: accepted.document_imported_at }];
    });
    return {
      vendorId: row.id,
      vendorName: row.name,
      sample: row.sample === 1,
      dpf: { status: row.dpf_status, checkedOn: row.dpf_checked_on },
      transparency: storedTransparency(row.transparency),
      openQuestions: storedOpenQuestions(row.open_questions),
      documents: statements.documents.all(vendorId).map(toDocument),
      facts,
    };
  }

  function save(vendorId: string, fields: VendorProfileFields): { vendorName: string } {
    const row = vendorRow(vendorId);
    const ids = new Set<string>();
    for (const question of fields.openQuestions) {
      if (ids.has(question.id)) throw new AppFailure('INVALID_REQUEST', `Two open questions have the id ${question.id}.`);
      ids.add(question.id);
    }
    statements.save.run({
      id: vendorId,
      dpfStatus: fields.dpf.status,
      dpfCheckedOn: fields.dpf.checkedOn,
      transparency: JSON.stringify(fields.transparency),
      openQuestions: JSON.stringify(fields.openQuestions),
      updatedAt: now().toISOString(),
    });
    return { vendorName: row.name };
  }

  return { profile, save };
}
