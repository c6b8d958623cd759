import type Database from 'better-sqlite3';
import { vendorMatchKey } from '../../../shared/vendors/vendor';

/**
 * Finds the vendor a name stands for, or creates it. Every name a vendor has gone by (its own, its earlier ones and
 * the names of vendors merged into it) stays in `vendor_names`, so that an assessment whose importer still carries
 * such a name keeps finding it. The caller holds the transaction.
 */
export function createVendorNames(db: Database.Database, newId: () => string) {
  const statements = {
    find: db.prepare<[string], { vendor_id: string }>('SELECT vendor_id FROM vendor_names WHERE match_key = ?'),
    insertVendor: db.prepare<[string, string, string, string, string]>(
      `INSERT INTO vendors (id, name, legal_entity, country, website, notes, created_at, updated_at)
       VALUES (?, ?, '', ?, '', '', ?, ?)`,
    ),
    insertName: db.prepare<[string, string]>('INSERT INTO vendor_names (match_key, vendor_id) VALUES (?, ?) ON CONFLICT DO NOTHING'),
  };
  return {
    /** The vendor that goes by this name; null when none does or the name is blank. */
    find(name: string): string | null {
      const key = vendorMatchKey(name);
      return key === null ? null : (statements.find.get(key)?.vendor_id ?? null);
    },
    /** The vendor that goes by this name, created (at `at`) with the name and country when there is none. */
    findOrCreate(name: string, country: string, at: string): string {
      const key = vendorMatchKey(name);
      if (key === null) throw new Error('A vendor needs a name.');
      const found = statements.find.get(key);
      if (found) return found.vendor_id;
      const id = newId();
      statements.insertVendor.run(id, name.trim(), country, at, at);
      statements.insertName.run(key, id);
      return id;
    },
    /** Records one more name for the vendor; a name that already leads to a vendor is left as it is. */
    addName(vendorId: string, name: string): void {
      const key = vendorMatchKey(name);
      if (key !== null) statements.insertName.run(key, vendorId);
    },
  };
}

export type VendorNames = ReturnType<typeof createVendorNames>;
