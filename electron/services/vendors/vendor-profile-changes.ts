import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/domain/result';
import { vendorProfileFieldsSchema, type OpenQuestion } from '../../../shared/vendors/profile';
import type { AuditRecorder } from '../audit/audit-log';
import { storedOpenQuestions, storedTransparency } from './vendor-document-rows';

/** What becomes of a vendor's profile when the vendor is merged into another or deleted. */

interface ProfileColumns {
  sample: number;
  dpf_status: string;
  dpf_checked_on: string;
  transparency: string;
  open_questions: string;
}

/** The source's questions after the target's; one whose id the target already uses gets a new one. */
function mergedQuestions(target: OpenQuestion[], source: OpenQuestion[]): OpenQuestion[] {
  const ids = new Set(target.map((question) => question.id));
  const moved = source.map((question) => {
    let id = question.id;
    for (let suffix = 2; ids.has(id); suffix++) id = `${question.id.slice(0, 56)}-${suffix}`;
    ids.add(id);
    return { ...question, id };
  });
  return [...target, ...moved];
}

/**
 * When two vendors are merged, the source's profile goes to the target: its documents with their facts and decisions
 * (a document whose text the target already has is dropped, the target's copy and its decisions stay), its figures
 * and open questions after the target's, its DPF status where the target has none. The caller holds the transaction
 * and removes the source afterwards.
 */
export function mergeProfiles(db: Database.Database, sourceId: string, targetId: string, audit?: AuditRecorder): void {
  const read = db.prepare<[string], ProfileColumns>(
    'SELECT sample, dpf_status, dpf_checked_on, transparency, open_questions FROM vendors WHERE id = ?',
  );
  const source = read.get(sourceId);
  const target = read.get(targetId);
  if (!source || !target) return;
  const transparency = [...storedTransparency(target.transparency), ...storedTransparency(source.transparency)];
  const openQuestions = mergedQuestions(storedOpenQuestions(target.open_questions), storedOpenQuestions(source.open_questions));
  const dpf = target.dpf_status === 'unknown' ? source : target;
  const fits = vendorProfileFieldsSchema.safeParse({ dpf: { status: dpf.dpf_status, checkedOn: dpf.dpf_checked_on }, transparency, openQuestions });
  if (!fits.success) {
    throw new AppFailure(
      'INVALID_REQUEST',
      'Together the two vendors have more transparency figures or open questions than one profile holds. Remove some from one of them, then merge again.',
    );
  }
  db.prepare(
    `UPDATE vendors SET sample = @sample, dpf_status = @dpfStatus, dpf_checked_on = @dpfCheckedOn, transparency = @transparency,
       open_questions = @openQuestions WHERE id = @id`,
  ).run({
    id: targetId,
    sample: source.sample === 1 && target.sample === 1 ? 1 : 0,
    dpfStatus: dpf.dpf_status,
    dpfCheckedOn: dpf.dpf_checked_on,
    transparency: JSON.stringify(transparency),
    openQuestions: JSON.stringify(openQuestions),
  });
  const duplicates = db
    .prepare<[string, string], { id: string; file_name: string; sha256: string }>(
      'SELECT id, file_name, sha256 FROM vendor_documents WHERE vendor_id = ? AND sha256 IN (SELECT sha256 FROM vendor_documents WHERE vendor_id = ?)',
    )
    .all(sourceId, targetId);
  const remove = db.prepare<[string]>('DELETE FROM vendor_documents WHERE id = ?');
  for (const duplicate of duplicates) {
    remove.run(duplicate.id);
    audit?.append('vendor-document-delete', null, {
      vendorId: sourceId,
      documentId: duplicate.id,
      fileName: duplicate.file_name,
      sha256: duplicate.sha256,
      mergedInto: targetId,
    });
  }
  db.prepare<[string, string]>('UPDATE vendor_documents SET vendor_id = ? WHERE vendor_id = ?').run(targetId, sourceId);
  db.prepare<[string, string]>('UPDATE vendor_facts SET vendor_id = ? WHERE vendor_id = ?').run(targetId, sourceId);
}

/**
 * A deleted vendor's documents and their facts go with it (ON DELETE CASCADE); the history records each of them, as
 * it records a document deleted on its own. The caller holds the transaction and deletes the vendor afterwards.
 */
export function recordDeletedDocuments(db: Database.Database, audit: AuditRecorder, vendor: { id: string; name: string }): void {
  const documents = db
    .prepare<[string], { id: string; file_name: string; sha256: string }>(
      'SELECT id, file_name, sha256 FROM vendor_documents WHERE vendor_id = ? ORDER BY imported_at, rowid',
    )
    .all(vendor.id);
  for (const document of documents) {
    audit.append('vendor-document-delete', null, {
      vendorId: vendor.id,
      vendor: vendor.name,
      documentId: document.id,
      fileName: document.file_name,
      sha256: document.sha256,
      vendorDeleted: true,
    });
  }
}
