import { rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/domain/result';

/** What a copy holds, read from the copy itself; null where it cannot be read (an older schema, a damaged file). */
export interface CopyFacts {
  assessments: number | null;
  schemaVersion: number | null;
}

/** Checking a copy and reading from it uses the same better-sqlite3 addon as the app (Electron's differs from Node's). */
export interface NativeBindingOption {
  nativeBinding?: string | undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function openReadOnly(file: string, options: NativeBindingOption): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function readFactsFrom(db: Database.Database): CopyFacts {
  return {
    assessments: hasTable(db, 'assessments') ? (db.prepare('SELECT COUNT(*) FROM assessments').pluck().get() as number) : null,
    schemaVersion: hasTable(db, 'schema_migrations') ? ((db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number | null) ?? 0) : null,
  };
}

/** The problems `PRAGMA integrity_check` finds, at most `limit`; empty when the file is sound. */
function integrityProblems(db: Database.Database, limit = 20): string[] {
  const rows = db.pragma(`integrity_check(${limit})`) as Array<{ integrity_check: string }>;
  const findings = rows.map((row) => row.integrity_check);
  return findings.length === 1 && findings[0] === 'ok' ? [] : findings;
}

/**
 * Opens a database file read-only and runs `PRAGMA integrity_check` on all of it. Throws BACKUP_DAMAGED with the
 * findings when the file is not a sound SQLite database; returns what it holds otherwise.
 */
export function verifyDatabaseFile(file: string, options: NativeBindingOption = {}): CopyFacts {
  let db: Database.Database | undefined;
  try {
    db = openReadOnly(file, options);
    const problems = integrityProblems(db);
    if (problems.length > 0) throw new AppFailure('BACKUP_DAMAGED', `The database file ${file} is damaged.`, problems);
    return readFactsFrom(db);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('BACKUP_DAMAGED', `The database file ${file} cannot be read: ${describe(error)}`);
  } finally {
    db?.close();
  }
}

/** As much as can be read from a backup without checking all of it; for listing the backups folder. */
export function readCopyFacts(file: string, options: NativeBindingOption = {}): CopyFacts {
  let db: Database.Database | undefined;
  try {
    db = openReadOnly(file, options);
    return readFactsFrom(db);
  } catch {
    return { assessments: null, schemaVersion: null };
  } finally {
    db?.close();
  }
}

/**
 * A copy made by the online backup API keeps the source's WAL flag, and a WAL file opened read-only leaves -wal and
 * -shm files behind. Switching the copy to a rollback journal makes it one self-contained file that opens cleanly
 * read-only; the app switches it back to WAL when it opens a restored copy.
 */
export function makeSelfContained(file: string, options: NativeBindingOption = {}): void {
  const db = new Database(file, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/**
 * Writes a consistent copy of `source` to `target` with `VACUUM INTO`, from a read-only connection: the source is
 * never written, not even by a checkpoint, and committed transactions still in its -wal file are included.
 */
export function vacuumInto(source: string, target: string, options: NativeBindingOption = {}): void {
  rmSync(target, { force: true });
  const db = openReadOnly(source, options);
  try {
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
}

/** Whether a database file holds nothing yet: a new, empty file has no schema to protect. */
export function isEmptyDatabase(file: string, options: NativeBindingOption = {}): boolean {
  if (statSync(file).size === 0) return true;
  const db = openReadOnly(file, options);
  try {
    return db.prepare('SELECT COUNT(*) FROM sqlite_master').pluck().get() === 0;
  } finally {
    db.close();
  }
}

/** Removes a copy that did not become a backup, with the journal files SQLite may have left beside it. */
export function removeCopy(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}
