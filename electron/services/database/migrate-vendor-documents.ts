import type Database from 'better-sqlite3';

/**
 * Vendor profiles. The documents read (their text kept, so that every fact's offsets can be checked against it), the
 * facts the importer suggested with the user's decision on each, and on the vendor itself what the user keeps by
 * hand. The profile is one to one with its vendor and every vendor has one, so its fields are columns of `vendors`:
 * existing vendors get an empty profile by the column defaults, and a vendor's row is read once for both.
 * The lists of fact types are not CHECKed: the app may learn new ones, while this schema, once shipped, stays as it is.
 */
export function migrateVendorDocuments(db: Database.Database): void {
  db.exec(`
    ALTER TABLE vendors ADD COLUMN sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1));
    ALTER TABLE vendors ADD COLUMN dpf_status TEXT NOT NULL DEFAULT 'unknown'
      CHECK (dpf_status IN ('unknown', 'certified', 'not-certified'));
    ALTER TABLE vendors ADD COLUMN dpf_checked_on TEXT NOT NULL DEFAULT '';
    ALTER TABLE vendors ADD COLUMN transparency TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE vendors ADD COLUMN open_questions TEXT NOT NULL DEFAULT '[]';
    CREATE TABLE vendor_documents (
      id TEXT PRIMARY KEY,
      vendor_id TEXT NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
      file_name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('paste', 'txt', 'html', 'pdf')),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      imported_at TEXT NOT NULL,
      text TEXT NOT NULL,
      -- {"gaps": [...], "detectedVendor": {...} | null}: what the importer found missing and whom the text names.
      extraction TEXT NOT NULL,
      sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
      UNIQUE (vendor_id, sha256)
    );
    CREATE INDEX vendor_documents_vendor ON vendor_documents (vendor_id, imported_at);
    CREATE TABLE vendor_facts (
      id TEXT PRIMARY KEY,
      vendor_id TEXT NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
      document_id TEXT NOT NULL REFERENCES vendor_documents (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      type TEXT NOT NULL,
      value TEXT NOT NULL,
      normalized TEXT NOT NULL,
      -- The importer's suggestion, so that a reset to pending restores it after the user edited the fact.
      suggested_value TEXT NOT NULL,
      suggested_normalized TEXT NOT NULL,
      qualifier TEXT,
      countries TEXT NOT NULL DEFAULT '[]',
      purpose TEXT,
      evidence_text TEXT NOT NULL,
      evidence_start INTEGER NOT NULL CHECK (evidence_start >= 0),
      evidence_end INTEGER NOT NULL CHECK (evidence_end >= evidence_start),
      decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'accepted', 'rejected')),
      edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
      decided_at TEXT
    );
    CREATE INDEX vendor_facts_document ON vendor_facts (document_id, position);
    CREATE INDEX vendor_facts_vendor ON vendor_facts (vendor_id, decision);
  `);
}
