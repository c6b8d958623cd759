import type Database from 'better-sqlite3';
import type { Assessment } from '../../../shared/domain/assessment';
import { AppFailure } from '../../../shared/domain/result';
import {
  VENDOR_LIMITS,
  vendorMatchKey,
  type Vendor,
  type VendorAssessment,
  type VendorFields,
  type VendorListItem,
} from '../../../shared/vendors/vendor';
import type { AuditRecorder } from '../audit/audit-log';
import type { VendorService } from '../types';
import { mergeProfiles, recordDeletedDocuments } from './vendor-profile-changes';
import { createVendorLinker } from './vendor-links';
import { createVendorNames } from './vendor-names';

export interface VendorServiceDeps {
  now: () => Date;
  newId: () => string;
  /** Records the vendor documents a deletion takes with it. */
  audit?: AuditRecorder;
}

interface VendorRow {
  id: string;
  name: string;
  legal_entity: string;
  country: string;
  website: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

interface LinkedRow {
  id: string;
  title: string;
  lifecycle: string;
  importer: string;
  next_review_date: string;
  updated_at: string;
  vendor_link: string;
}

function toVendor(row: VendorRow): Vendor {
  return {
    id: row.id,
    name: row.name,
    legalEntity: row.legal_entity,
    country: row.country,
    website: row.website,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toLinked(row: LinkedRow): VendorAssessment {
  return {
    id: row.id,
    title: row.title,
    status: row.lifecycle,
    importer: row.importer,
    nextReviewDate: row.next_review_date,
    updatedAt: row.updated_at,
    linkedBy: row.vendor_link === 'explicit' ? 'user' : 'importer',
  };
}

/** Of two merged vendors' fields, the target's where it has one; the notes of both. */
function mergedFields(target: VendorRow, source: VendorRow): Omit<VendorRow, 'id' | 'created_at' | 'updated_at'> {
  const notes = [target.notes.trim(), source.notes.trim()].filter((text) => text !== '').join('\n\n');
  if (notes.length > VENDOR_LIMITS.notes) {
    throw new AppFailure(
      'INVALID_REQUEST',
      `The notes of both vendors together are longer than ${VENDOR_LIMITS.notes} characters. Shorten one of them, then merge again.`,
    );
  }
  return {
    name: target.name,
    legal_entity: target.legal_entity || source.legal_entity,
    country: target.country || source.country,
    website: target.website || source.website,
    notes,
  };
}

export function createVendorService(db: Database.Database, deps: VendorServiceDeps): VendorService {
  const names = createVendorNames(db, deps.newId);
  const linker = createVendorLinker(db, deps.newId);
  const statements = {
    list: db.prepare<[], Omit<VendorRow, 'notes'> & { assessments: number }>(
      `SELECT v.id, v.name, v.legal_entity, v.country, v.website, v.created_at, v.updated_at,
         (SELECT count(*) FROM assessments a WHERE a.vendor_id = v.id) AS assessments
       FROM vendors v ORDER BY v.name COLLATE NOCASE, v.id`,
    ),
    get: db.prepare<[string], VendorRow>('SELECT * FROM vendors WHERE id = ?'),
    linked: db.prepare<[string], LinkedRow>(
      `SELECT id, title, lifecycle, importer, next_review_date, updated_at, vendor_link
       FROM assessments WHERE vendor_id = ? ORDER BY title COLLATE NOCASE, id`,
    ),
    vendorOf: db.prepare<[string], { vendor_id: string | null }>('SELECT vendor_id FROM assessments WHERE id = ?'),
    linkedCount: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM assessments WHERE vendor_id = ?'),
    nameOwner: db.prepare<[string], { vendor_id: string; name: string }>(
      'SELECT n.vendor_id, v.name FROM vendor_names n JOIN vendors v ON v.id = n.vendor_id WHERE n.match_key = ?',
    ),
    insert: db.prepare<VendorRow>(
      `INSERT INTO vendors (id, name, legal_entity, country, website, notes, created_at, updated_at)
       VALUES (@id, @name, @legal_entity, @country, @website, @notes, @created_at, @updated_at)`,
    ),
    update: db.prepare<Omit<VendorRow, 'created_at'>>(
      `UPDATE vendors SET name = @name, legal_entity = @legal_entity, country = @country, website = @website,
         notes = @notes, updated_at = @updated_at WHERE id = @id`,
    ),
    delete: db.prepare<[string]>('DELETE FROM vendors WHERE id = ?'),
    moveAssessments: db.prepare<[string, string]>('UPDATE assessments SET vendor_id = ? WHERE vendor_id = ?'),
    moveNames: db.prepare<[string, string]>('UPDATE vendor_names SET vendor_id = ? WHERE vendor_id = ?'),
    // "No vendor" chosen by the user: the next save does not bring the vendor back by the importer's name.
    unlinkAll: db.prepare<[string]>("UPDATE assessments SET vendor_id = NULL, vendor_link = 'explicit' WHERE vendor_id = ?"),
    assessment: db.prepare<[string], { document: string }>('SELECT document FROM assessments WHERE id = ?'),
    setLink: db.prepare<[string | null, string, string]>('UPDATE assessments SET vendor_id = ?, vendor_link = ? WHERE id = ?'),
    link: db.prepare<[string], { vendor_id: string | null; vendor_link: string }>('SELECT vendor_id, vendor_link FROM assessments WHERE id = ?'),
  };

  const nowIso = () => deps.now().toISOString();

  function existing(id: string): VendorRow {
    const row = statements.get.get(id);
    if (!row) throw new AppFailure('NOT_FOUND', `No vendor with id ${id}.`);
    return row;
  }

  /** A name leads to one vendor only, so that an importer's name never has two vendors to choose from. */
  function claimName(name: string, vendorId: string | null): void {
    const key = vendorMatchKey(name);
    if (key === null) throw new AppFailure('INVALID_REQUEST', 'A vendor needs a name.');
    const owner = statements.nameOwner.get(key);
    if (owner && owner.vendor_id !== vendorId) {
      throw new AppFailure(
        'VENDOR_NAME_TAKEN',
        `The name “${name.trim()}” already belongs to the vendor “${owner.name}” (as its name, an earlier name or the name of a vendor merged into it). Merge the two vendors instead.`,
        [`vendor: ${owner.vendor_id}`],
      );
    }
  }

  const columns = (fields: VendorFields) => ({
    name: fields.name.trim(),
    legal_entity: fields.legalEntity.trim(),
    country: fields.country,
    website: fields.website.trim(),
    notes: fields.notes,
  });

  const createTransaction = db.transaction((fields: VendorFields): Vendor => {
    claimName(fields.name, null);
    const at = nowIso();
    const row: VendorRow = { id: deps.newId(), ...columns(fields), created_at: at, updated_at: at };
    statements.insert.run(row);
    names.addName(row.id, row.name);
    return toVendor(row);
  });

  const updateTransaction = db.transaction((id: string, fields: VendorFields): Vendor => {
    existing(id);
    claimName(fields.name, id);
    statements.update.run({ id, ...columns(fields), updated_at: nowIso() });
    // The earlier name stays one of the vendor's: assessments whose importer still carries it keep their vendor.
    names.addName(id, fields.name);
    return toVendor(existing(id));
  });

  const mergeTransaction = db.transaction((sourceId: string, targetId: string): Vendor => {
    if (sourceId === targetId) throw new AppFailure('INVALID_REQUEST', 'A vendor cannot be merged into itself.');
    const source = existing(sourceId);
    const target = existing(targetId);
    statements.update.run({ id: targetId, ...mergedFields(target, source), updated_at: nowIso() });
    statements.moveAssessments.run(targetId, sourceId);
    statements.moveNames.run(targetId, sourceId);
    mergeProfiles(db, sourceId, targetId, deps.audit);
    statements.delete.run(sourceId);
    return toVendor(existing(targetId));
  });

  const deleteTransaction = db.transaction((id: string, unlink: boolean) => {
    const vendor = existing(id);
    const linked = statements.linkedCount.get(id)?.n ?? 0;
    if (linked > 0 && !unlink) {
      throw new AppFailure('VENDOR_IN_USE', `The vendor is linked to ${linked} assessment(s). Unlink them to delete it, or merge it into another vendor.`);
    }
    statements.unlinkAll.run(id);
    if (deps.audit) recordDeletedDocuments(db, deps.audit, vendor);
    statements.delete.run(id);
    return { id, unlinked: linked };
  });

  const linkTransaction = db.transaction((assessmentId: string, vendorId: string | null) => {
    const stored = statements.assessment.get(assessmentId);
    if (!stored) throw new AppFailure('NOT_FOUND', `No assessment with id ${assessmentId}.`);
    if (vendorId !== null) {
      existing(vendorId);
      statements.setLink.run(vendorId, 'explicit', assessmentId);
    } else {
      const current = statements.link.get(assessmentId);
      statements.setLink.run(current?.vendor_id ?? null, 'auto', assessmentId);
      let document: Assessment;
      try {
        document = JSON.parse(stored.document) as Assessment;
      } catch (error) {
        throw new AppFailure('DATABASE_ERROR', `The stored assessment ${assessmentId} is not valid JSON: ${(error as Error).message}`);
      }
      linker.linkImporter({ id: assessmentId, map: document.map }, nowIso());
    }
    const link = statements.link.get(assessmentId);
    return {
      assessmentId,
      vendorId: link?.vendor_id ?? null,
      linkedBy: link?.vendor_link === 'explicit' ? ('user' as const) : ('importer' as const),
    };
  });

  return {
    list(): VendorListItem[] {
      return statements.list.all().map((row) => ({
        id: row.id,
        name: row.name,
        legalEntity: row.legal_entity,
        country: row.country,
        website: row.website,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        assessments: row.assessments,
      }));
    },
    get(id) {
      return { vendor: toVendor(existing(id)), assessments: statements.linked.all(id).map(toLinked) };
    },
    create: (fields) => createTransaction.immediate(fields),
    update: (id, fields) => updateTransaction.immediate(id, fields),
    merge: (sourceId, targetId) => mergeTransaction.immediate(sourceId, targetId),
    delete: (id, { unlink }) => deleteTransaction.immediate(id, unlink),
    linkAssessment: (assessmentId, vendorId) => linkTransaction.immediate(assessmentId, vendorId),
    vendorOf: (assessmentId) => statements.vendorOf.get(assessmentId)?.vendor_id ?? null,
  };
}
