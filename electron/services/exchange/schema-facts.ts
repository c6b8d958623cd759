import type Database from 'better-sqlite3';

/**
 * What the open database has of the tables the workspace file carries. Vendors, templates and imported histories came
 * with later migrations; a workspace is written and read by what the database actually has.
 */
export interface SchemaFacts {
  vendors: boolean;
  templates: boolean;
  /** assessments.vendor_id and vendor_link. */
  vendorLinks: boolean;
  importedAudit: boolean;
}

export function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function hasColumn(db: Database.Database, table: string, column: string): boolean {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).some((row) => row.name === column);
}

export function schemaFacts(db: Database.Database): SchemaFacts {
  return {
    vendors: hasTable(db, 'vendors') && hasTable(db, 'vendor_names'),
    templates: hasTable(db, 'templates'),
    vendorLinks: hasColumn(db, 'assessments', 'vendor_id') && hasColumn(db, 'assessments', 'vendor_link'),
    importedAudit: hasTable(db, 'imported_audit_log'),
  };
}
