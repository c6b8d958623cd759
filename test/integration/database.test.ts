import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/domain/result';
import { MIGRATIONS, runMigrations, type Migration } from '../../electron/services/database/migrations';
import { openDatabase } from '../../electron/services/database/open-database';

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

function failureOf(action: () => unknown): AppFailure {
  try {
    action();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected an AppFailure, but nothing was thrown');
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
    expect(tables).toEqual(['assessments', 'schema_migrations']);
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
        "INSERT INTO schema_migrations VALUES (2, 'unknown-to-us', '2026-01-01T00:00:00.000Z');",
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
    expect(failure.message).toContain('renamed-elsewhere');
    expect(sha256(file)).toBe(before);
  });

  it('reports a file that is not a database as DATABASE_ERROR', () => {
    const bogus = join(dir, 'not-a-database.sqlite');
    const text = 'this is plain text, not SQLite '.repeat(200);
    writeFileSync(bogus, text);

    expect(failureOf(() => openDatabase(bogus)).code).toBe('DATABASE_ERROR');
    expect(readFileSync(bogus, 'utf8')).toBe(text);
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
