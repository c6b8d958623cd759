import type Database from 'better-sqlite3';
import type { Assessment } from '../../../shared/domain/assessment';
import { importerOf } from '../../../shared/vendors/vendor';
import { createVendorNames } from './vendor-names';

/**
 * Links a written assessment to the vendor its importer is named after, creating the vendor when there is none. A link
 * the user made by hand (`vendor_link = 'explicit'`, also "no vendor") is kept whatever the importer is called.
 */
export interface VendorLinker {
  /** After the assessment's row is written, in the same transaction; a vendor it creates is dated `at`. */
  linkImporter(assessment: Pick<Assessment, 'id' | 'map'>, at: string): void;
}

export function createVendorLinker(db: Database.Database, newId: () => string): VendorLinker {
  const names = createVendorNames(db, newId);
  const statements = {
    current: db.prepare<[string], { vendor_id: string | null; vendor_link: string }>(
      'SELECT vendor_id, vendor_link FROM assessments WHERE id = ?',
    ),
    set: db.prepare<[string | null, string]>('UPDATE assessments SET vendor_id = ? WHERE id = ?'),
  };
  return {
    linkImporter(assessment, at) {
      const current = statements.current.get(assessment.id);
      if (!current || current.vendor_link === 'explicit') return;
      const importer = importerOf(assessment.map.parties);
      const vendorId = importer === null ? null : names.findOrCreate(importer.name, importer.country, at);
      if (vendorId !== current.vendor_id) statements.set.run(vendorId, assessment.id);
    },
  };
}
