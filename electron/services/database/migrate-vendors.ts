import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { importerOf } from '../../../shared/vendors/vendor';
import { createVendorNames } from '../vendors/vendor-names';

interface StoredParties {
  map?: { parties?: unknown };
}

/** The importer of a stored document, read without trusting its shape: a damaged one simply has none. */
function storedImporter(document: string): { name: string; country: string } | null {
  let parsed: StoredParties;
  try {
    parsed = JSON.parse(document) as StoredParties;
  } catch {
    return null;
  }
  const parties = parsed.map?.parties;
  if (!Array.isArray(parties)) return null;
  const named = parties.flatMap((party: unknown) => {
    if (party === null || typeof party !== 'object') return [];
    const { kind, name, country } = party as Record<string, unknown>;
    if (typeof kind !== 'string' || typeof name !== 'string') return [];
    return [{ kind, name, country: typeof country === 'string' && /^[A-Z]{2}$/.test(country) ? country : '' }];
  });
  return importerOf(named);
}

/**
 * Vendors, the names that lead to them, the link of each assessment to its vendor, and templates. Every stored
 * assessment is linked to the vendor of its importer's name, the vendors created on the way in the order the
 * assessments were created, so that a vendor is named as its importer was first written.
 */
export function migrateVendorsAndTemplates(db: Database.Database, now: () => Date = () => new Date()): void {
  db.exec(`
    CREATE TABLE vendors (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      legal_entity TEXT NOT NULL DEFAULT '',
      country TEXT NOT NULL DEFAULT '',
      website TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX vendors_name ON vendors (name COLLATE NOCASE);
    CREATE TABLE vendor_names (
      match_key TEXT PRIMARY KEY,
      vendor_id TEXT NOT NULL REFERENCES vendors (id) ON DELETE CASCADE
    ) WITHOUT ROWID;
    CREATE INDEX vendor_names_vendor ON vendor_names (vendor_id);
    ALTER TABLE assessments ADD COLUMN vendor_id TEXT REFERENCES vendors (id) ON DELETE SET NULL;
    ALTER TABLE assessments ADD COLUMN vendor_link TEXT NOT NULL DEFAULT 'auto' CHECK (vendor_link IN ('auto', 'explicit'));
    CREATE INDEX assessments_vendor ON assessments (vendor_id);
    CREATE TABLE templates (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      document TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
  `);
  const names = createVendorNames(db, randomUUID);
  const at = now().toISOString();
  const link = db.prepare<[string, string]>('UPDATE assessments SET vendor_id = ? WHERE id = ?');
  const rows = db.prepare<[], { id: string; document: string }>('SELECT id, document FROM assessments ORDER BY created_at, rowid').all();
  for (const row of rows) {
    const importer = storedImporter(row.document);
    if (importer !== null) link.run(names.findOrCreate(importer.name, importer.country, at), row.id);
  }
}
