import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessmentSchema } from '../../shared/domain/assessment';
import { assessmentV1Schema, type AssessmentV1 } from '../../shared/domain/legacy/assessment-v1';
import { migrateAssessmentV1 } from '../../shared/domain/legacy/migrate-v1';
import { MIGRATIONS, runMigrations, type Migration } from '../../electron/services/database/migrations';
import { openDatabase } from '../../electron/services/database/open-database';
import { createAssessmentStore } from '../../electron/services/database/assessment-store';
import { loadLawLibrary } from '../../electron/services/law-library';
import { fullAssessmentV1 } from '../fixtures/full-assessment-v1';
import { failureOf } from './support/failures';

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dtia-db-'));
  file = join(dir, 'nested', 'folder', 'dtia.sqlite');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function appliedRows(path: string): Array<{ version: number; name: string; applied_at: string }> {
  const raw = new Database(path, { readonly: true });
  try {
    return raw.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all() as Array<{
      version: number;
      name: string;
      applied_at: string;
    }>;
  } finally {
    raw.close();
  }
}

describe('openDatabase', () => {
  it('creates the folder and the file, applies every migration and records it', () => {
    const db = openDatabase(file);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    const columns = db.prepare("SELECT name FROM pragma_table_info('assessments') ORDER BY cid").pluck().all();
    const indexes = db.prepare("SELECT name FROM pragma_index_list('assessments')").pluck().all();
    db.close();

    expect(existsSync(file)).toBe(true);
    expect(tables).toEqual([
      'assessment_countries',
      'assessment_versions',
      'assessments',
      'assessments_fts',
      'assessments_fts_config',
      'assessments_fts_content',
      'assessments_fts_data',
      'assessments_fts_docsize',
      'assessments_fts_idx',
      'audit_log',
      'exported_reports',
      'imported_audit_log',
      'saved_views',
      'schema_migrations',
      'settings',
      'templates',
      'trusted_certificates',
      'vendor_names',
      'vendors',
    ]);
    expect(columns).toEqual([
      'id',
      'title',
      'importer',
      'destination',
      'status',
      'next_review_date',
      'created_at',
      'updated_at',
      'document',
      'lifecycle',
      'revision',
      'approved_revision',
      'outcome',
      'tools',
      'residual_risk',
      'assessor',
      'approver',
      'countries',
      'search_rowid',
      'portfolio_stale',
      'vendor_id',
      'vendor_link',
    ]);
    expect(indexes).toContain('assessments_updated_at');

    const rows = appliedRows(file);
    expect(rows.map(({ version, name }) => ({ version, name }))).toEqual(
      MIGRATIONS.map(({ version, name }) => ({ version, name })),
    );
    for (const row of rows) expect(Number.isNaN(Date.parse(row.applied_at))).toBe(false);
  });

  it('turns on WAL, foreign keys and a busy timeout', () => {
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(Number(db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    db.close();
  });

  it('does not run applied migrations again when reopened', () => {
    openDatabase(file).close();
    const first = appliedRows(file);

    const db = openDatabase(file);
    db.prepare(
      `INSERT INTO assessments (id, title, importer, destination, status, next_review_date, created_at, updated_at, document)
       VALUES ('x', 't', '', '', 'draft', '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '{}')`,
    ).run();
    db.close();

    const reopened = openDatabase(file);
    const count = reopened.prepare('SELECT COUNT(*) FROM assessments').pluck().get();
    reopened.close();

    // Re-running migration 1 would fail on CREATE TABLE or drop the row; the history must be untouched as well.
    expect(count).toBe(1);
    expect(appliedRows(file)).toEqual(first);
  });

  it('refuses a database written by a newer version and leaves the file byte-for-byte unchanged', () => {
    openDatabase(file).close();
    const raw = new Database(file);
    raw.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from-the-future', '2030-01-01T00:00:00.000Z')").run();
    raw.close();
    const before = sha256(file);

    const failure = failureOf(() => openDatabase(file));

    expect(failure.code).toBe('DATABASE_NEWER');
    expect(failure.message).toMatch(/newer version of DTIA Studio/);
    expect(sha256(file)).toBe(before);
    expect(appliedRows(file).map((r) => r.version)).toEqual([...MIGRATIONS.map((m) => m.version), 999]);
  });

  it('refuses a newer database that is still in rollback-journal mode without switching it to WAL', () => {
    const legacy = join(dir, 'legacy.sqlite');
    const raw = new Database(legacy);
    raw.exec(
      "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);" +
        "INSERT INTO schema_migrations VALUES (1, 'create-assessments', '2026-01-01T00:00:00.000Z');" +
        "INSERT INTO schema_migrations VALUES (2, 'assessment-documents-v2', '2026-01-01T00:00:00.000Z');" +
        "INSERT INTO schema_migrations VALUES (3, 'create-trusted-certificates-and-settings', '2026-01-01T00:00:00.000Z');" +
        "INSERT INTO schema_migrations VALUES (4, 'create-audit-log', '2026-01-01T00:00:00.000Z');" +
        "INSERT INTO schema_migrations VALUES (99, 'unknown-to-us', '2026-01-01T00:00:00.000Z');",
    );
    raw.close();
    const before = sha256(legacy);

    expect(failureOf(() => openDatabase(legacy)).code).toBe('DATABASE_NEWER');
    expect(sha256(legacy)).toBe(before);
    expect(existsSync(`${legacy}-wal`)).toBe(false);
  });

  it('refuses a database whose recorded migration has another name', () => {
    openDatabase(file).close();
    const raw = new Database(file);
    raw.prepare("UPDATE schema_migrations SET name = 'renamed-elsewhere' WHERE version = 1").run();
    raw.close();
    const before = sha256(file);

    const failure = failureOf(() => openDatabase(file));

    expect(failure.code).toBe('DATABASE_ERROR');
    expect(failure.message).toMatch(/record of schema versions does not match this version of DTIA Studio/);
    expect(failure.details?.join('\n')).toContain('renamed-elsewhere');
    expect(sha256(file)).toBe(before);
  });

  it('reports a file that is not a database as DATABASE_ERROR', () => {
    const bogus = join(dir, 'not-a-database.sqlite');
    const text = 'this is plain text, not SQLite '.repeat(200);
    writeFileSync(bogus, text);

    expect(failureOf(() => openDatabase(bogus)).code).toBe('DATABASE_ERROR');
    expect(readFileSync(bogus, 'utf8')).toBe(text);
    expect(existsSync(`${bogus}-wal`) || existsSync(`${bogus}-shm`)).toBe(false);
  });
});

describe('runMigrations', () => {
  it('applies each migration with its record in one transaction, so a failing migration leaves no trace', () => {
    const db = openDatabase(file);
    const broken: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'half-done',
      up(target) {
        target.exec('CREATE TABLE half_done (x INTEGER)');
        target.exec('THIS IS NOT SQL');
      },
    };

    expect(() => runMigrations(db, [...MIGRATIONS, broken])).toThrow();
    const halfDone = db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get();
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    db.close();

    expect(halfDone).toBeUndefined();
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('applies only the migrations added since the last run', () => {
    const db = openDatabase(file);
    const added: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'add-notes',
      up(target) {
        target.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY)');
      },
    };
    expect(runMigrations(db, [...MIGRATIONS, added])).toEqual([added.version]);
    expect(runMigrations(db, [...MIGRATIONS, added])).toEqual([]);
    db.close();
  });
});

/** Every string a document holds, at any depth. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * A database as version 1 of the app left it: only the first migration applied, rollback journal, and documents in
 * the version 1 shape with the summary columns version 1 derived from them.
 */
function writeVersion1Database(path: string, documents: { id: string; document: string; title: string; importer: string; destination: string }[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const raw = new Database(path);
  runMigrations(raw, MIGRATIONS.filter((m) => m.version === 1));
  const insert = raw.prepare(
    `INSERT INTO assessments (id, title, importer, destination, status, next_review_date, created_at, updated_at, document)
     VALUES (@id, @title, @importer, @destination, 'complete', '2027-05-20', '2026-05-04T09:15:00.000Z', '2026-05-20T16:42:10.000Z', @document)`,
  );
  for (const row of documents) insert.run(row);
  raw.close();
}

function v1Row(v1: AssessmentV1) {
  const valid = assessmentV1Schema.parse(v1);
  return { id: valid.id, title: valid.title, importer: valid.step1.importer.name, destination: valid.step1.importer.country, document: JSON.stringify(valid) };
}

describe('migration 2: stored documents to version 2', () => {
  const first = fullAssessmentV1();
  const second: AssessmentV1 = {
    ...fullAssessmentV1(),
    id: '0b8e3c4d-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
    title: 'Payroll – Łódź',
    step1: { ...fullAssessmentV1().step1, importer: { name: 'Kadry Sp. z o.o.', country: 'IN', role: 'processor' }, onwardTransfers: [] },
  };
  const damagedId = '11111111-2222-4333-8444-555555555555';
  const damaged = '{"id":"11111111-2222-4333-8444-555555555555","title":"half a document"';

  it('rewrites every version 1 document as valid version 2 on open, losing no text', () => {
    writeVersion1Database(file, [v1Row(first), v1Row(second)]);

    const db = openDatabase(file);
    const rows = db.prepare('SELECT * FROM assessments ORDER BY title').all() as Record<string, string>[];
    db.close();

    expect(appliedRows(file).map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(rows).toHaveLength(2);
    for (const [row, original] of [
      [rows.find((r) => r.id === first.id), first],
      [rows.find((r) => r.id === second.id), second],
    ] as const) {
      const stored: unknown = JSON.parse(row?.document ?? 'null');
      const parsed = assessmentSchema.safeParse(stored);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(stored).toEqual(migrateAssessmentV1(original));
      const kept = strings(stored);
      expect(strings(original).filter((text) => text !== '' && !kept.some((k) => k.includes(text)))).toEqual([]);
    }
    // The summary columns now come from the map; a migrated assessment awaits the user's decision, so it is a draft.
    expect(rows.find((r) => r.id === second.id)).toMatchObject({ importer: 'Kadry Sp. z o.o.', destination: 'IN', status: 'draft', next_review_date: '2027-05-20' });
    expect(rows.find((r) => r.id === first.id)).toMatchObject({ importer: 'Twilio Inc.', destination: 'US', status: 'draft' });
  });

  it('hands the migrated documents to the store like any other', () => {
    writeVersion1Database(file, [v1Row(first)]);
    const db = openDatabase(file);
    const store = createAssessmentStore(db, {
      now: () => new Date('2026-06-01T08:00:00.000Z'),
      newId: () => '99999999-9999-4999-8999-999999999999',
      lawLibrary: () => loadLawLibrary(join(process.cwd(), 'resources')),
    });
    const loaded = store.get(first.id);
    expect(loaded.map.transfers.map((t) => [t.fromPartyId, t.toPartyId])).toEqual([
      ['exporter', 'importer'],
      ['importer', 'onward-aws'],
      ['importer', 'onward-support-br'],
    ]);
    expect(store.save(loaded).summary).toMatchObject({ importer: 'Twilio Inc.', destination: 'US' });
    db.close();
  });

  it('leaves a damaged document untouched, so the store can report it, and still migrates the rest', () => {
    writeVersion1Database(file, [v1Row(first), { id: damagedId, title: 'half a document', importer: '', destination: '', document: damaged }]);

    const db = openDatabase(file);
    const stored = db.prepare('SELECT document FROM assessments WHERE id = ?').pluck().get(damagedId);
    const migrated = db.prepare('SELECT document FROM assessments WHERE id = ?').pluck().get(first.id) as string;
    db.close();

    expect(stored).toBe(damaged);
    expect(assessmentSchema.safeParse(JSON.parse(migrated)).success).toBe(true);
  });

  it('keeps version 2 documents as they are when it runs', () => {
    writeVersion1Database(file, []);
    const v2 = migrateAssessmentV1(first);
    const document = JSON.stringify({ ...v2, title: 'already v2' });
    const raw = new Database(file);
    raw.prepare(
      `INSERT INTO assessments (id, title, importer, destination, status, next_review_date, created_at, updated_at, document)
       VALUES (?, 'already v2', 'kept', 'kept', 'complete', '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?)`,
    ).run(v2.id, document);
    raw.close();

    const db = openDatabase(file);
    const row = db.prepare('SELECT importer, status, document FROM assessments').get();
    db.close();
    expect(row).toEqual({ importer: 'kept', status: 'complete', document });
  });

  it('leaves a newer database with version 1 documents byte-for-byte unchanged', () => {
    writeVersion1Database(file, [v1Row(first)]);
    const raw = new Database(file);
    raw.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from-the-future', '2030-01-01T00:00:00.000Z')").run();
    raw.close();
    const before = sha256(file);

    expect(failureOf(() => openDatabase(file)).code).toBe('DATABASE_NEWER');
    expect(sha256(file)).toBe(before);
  });
});
