import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/domain/result';
import { migrateStoredDocumentsToV2 } from './migrate-documents-v2';
import { migratePortfolioSearch } from './migrate-portfolio-search';
import { migrateVendorsAndTemplates } from './migrate-vendors';

/**
 * The schema evolves only by appending to MIGRATIONS. A migration that has shipped is never edited or renamed:
 * its name is recorded with its version, and a mismatch means the database and the code disagree about history.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'create-assessments',
    up(db) {
      db.exec(`
        CREATE TABLE assessments (
          id TEXT PRIMARY KEY,
          title TEXT NOT NULL,
          importer TEXT NOT NULL,
          destination TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('draft', 'complete')),
          next_review_date TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          document TEXT NOT NULL
        );
        CREATE INDEX assessments_updated_at ON assessments (updated_at);
      `);
    },
  },
  {
    version: 2,
    name: 'assessment-documents-v2',
    up(db) {
      migrateStoredDocumentsToV2(db);
    },
  },
  {
    version: 3,
    name: 'create-trusted-certificates-and-settings',
    up(db) {
      db.exec(`
        CREATE TABLE trusted_certificates (
          certificate_sha256 TEXT PRIMARY KEY CHECK (length(certificate_sha256) = 64),
          certificate BLOB NOT NULL,
          name TEXT NOT NULL,
          email TEXT NOT NULL,
          organisation TEXT NOT NULL,
          valid_from TEXT NOT NULL,
          valid_to TEXT NOT NULL,
          added_at TEXT NOT NULL
        );
        CREATE TABLE settings (
          key TEXT PRIMARY KEY,
          value TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 4,
    name: 'create-audit-log',
    up(db) {
      // Entries are only ever added: the triggers stop the app itself from changing or removing one by mistake. They
      // are no protection against whoever can write the file; the hash chain is what shows such a change.
      db.exec(`
        CREATE TABLE audit_log (
          seq INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          actor TEXT NOT NULL,
          action TEXT NOT NULL,
          assessment_id TEXT,
          details TEXT NOT NULL,
          prev_hash TEXT NOT NULL,
          hash TEXT NOT NULL
        );
        CREATE INDEX audit_log_assessment ON audit_log (assessment_id, seq);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'audit log entries cannot be changed'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'audit log entries cannot be removed'); END;
      `);
    },
  },
  {
    version: 5,
    name: 'assessment-lifecycle',
    up(db) {
      // The assessments row stays the current working revision; existing assessments become drafts of revision 1.
      // Kept versions go with their assessment; exported reports outlive it, so that a file brought back can still be
      // named.
      db.exec(`
        ALTER TABLE assessments ADD COLUMN lifecycle TEXT NOT NULL DEFAULT 'draft'
          CHECK (lifecycle IN ('draft', 'in-review', 'approved', 'superseded', 'archived'));
        ALTER TABLE assessments ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1);
        ALTER TABLE assessments ADD COLUMN approved_revision INTEGER;
        CREATE TABLE assessment_versions (
          assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
          revision INTEGER NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('submitted', 'approved', 'returned', 'archived')),
          document TEXT NOT NULL,
          content_hash TEXT NOT NULL,
          actor TEXT NOT NULL,
          at TEXT NOT NULL,
          approver TEXT,
          approved_on TEXT,
          report_sha256 TEXT,
          note TEXT,
          PRIMARY KEY (assessment_id, revision, kind, at)
        );
        CREATE TABLE exported_reports (
          file_sha256 TEXT PRIMARY KEY CHECK (length(file_sha256) = 64),
          assessment_id TEXT NOT NULL,
          revision INTEGER NOT NULL,
          content_hash TEXT NOT NULL,
          exported_at TEXT NOT NULL,
          language TEXT NOT NULL,
          signer TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('signed', 'countersigned'))
        );
        CREATE INDEX exported_reports_content ON exported_reports (content_hash);
      `);
    },
  },
  {
    version: 6,
    name: 'portfolio-search',
    up(db) {
      migratePortfolioSearch(db);
    },
  },
  {
    version: 7,
    name: 'vendors-and-templates',
    up(db) {
      migrateVendorsAndTemplates(db);
    },
  },
  {
    version: 8,
    name: 'imported-audit-history',
    up(db) {
      // The audit log of another workspace, brought in by a workspace import: kept as its own chain under the id of
      // that import, exactly as it was exported, and never linked into this workspace's chain (whose 'workspace-import'
      // entry names the import and the head of the imported chain). Rows are only ever added, as in audit_log.
      db.exec(`
        CREATE TABLE imported_audit_log (
          import_id TEXT NOT NULL,
          seq INTEGER NOT NULL,
          at TEXT NOT NULL,
          actor TEXT NOT NULL,
          action TEXT NOT NULL,
          assessment_id TEXT,
          details TEXT NOT NULL,
          prev_hash TEXT NOT NULL,
          hash TEXT NOT NULL,
          PRIMARY KEY (import_id, seq)
        ) WITHOUT ROWID;
        CREATE TRIGGER imported_audit_log_no_update BEFORE UPDATE ON imported_audit_log
          BEGIN SELECT RAISE(ABORT, 'imported history cannot be changed'); END;
        CREATE TRIGGER imported_audit_log_no_delete BEFORE DELETE ON imported_audit_log
          BEGIN SELECT RAISE(ABORT, 'imported history cannot be removed'); END;
      `);
    },
  },
];

interface AppliedMigration {
  version: number;
  name: string;
}

function hasMigrationTable(db: Database.Database): boolean {
  const row = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  return row !== undefined;
}

function readApplied(db: Database.Database): AppliedMigration[] {
  if (!hasMigrationTable(db)) return [];
  return db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as AppliedMigration[];
}

/**
 * Compares the recorded history with the known migrations without writing anything, so that a database from a newer
 * version of the app is left exactly as it was. Returns the migrations still to apply.
 */
export function pendingMigrations(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): Migration[] {
  const applied = readApplied(db);
  const newest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const tooNew = applied.filter((row) => row.version > newest);
  if (tooNew.length > 0) {
    throw new AppFailure(
      'DATABASE_NEWER',
      'This data was written by a newer version of DTIA Studio. Please update DTIA Studio to open it; nothing was changed.',
      tooNew.map((row) => `schema version ${row.version} (${row.name}) is unknown; this version knows up to ${newest}`),
    );
  }
  for (const row of applied) {
    const known = migrations.find((m) => m.version === row.version);
    if (!known) {
      throw new AppFailure('DATABASE_ERROR', `The database records schema version ${row.version}, which this version of DTIA Studio never had.`);
    }
    if (known.name !== row.name) {
      throw new AppFailure(
        'DATABASE_ERROR',
        `The database records schema version ${row.version} as "${row.name}", but this version of DTIA Studio knows it as "${known.name}".`,
      );
    }
  }
  const appliedVersions = new Set(applied.map((row) => row.version));
  return migrations.filter((m) => !appliedVersions.has(m.version)).sort((a, b) => a.version - b.version);
}

/** Applies the pending migrations, each in one transaction with the row that records it. Returns the versions applied. */
export function runMigrations(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
  now: () => Date = () => new Date(),
): number[] {
  const pending = pendingMigrations(db, migrations);
  if (pending.length === 0) return [];
  db.exec(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )
  `);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const recorded = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  const applied: number[] = [];
  for (const migration of pending) {
    // IMMEDIATE takes the write lock first, so the app and the CLI starting together cannot both apply a migration.
    db.transaction(() => {
      if (recorded.get(migration.version)) return;
      migration.up(db);
      record.run(migration.version, migration.name, now().toISOString());
      applied.push(migration.version);
    }).immediate();
  }
  return applied;
}
