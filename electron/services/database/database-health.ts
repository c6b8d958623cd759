import { closeSync, constants, copyFileSync, existsSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/domain/result';
import type { DataProblem, ServicesHealth } from '../types';
import { HEADER_BYTES, headerFinding } from './database-header';
import { pendingMigrations } from './migrations';

/**
 * Looks at a database file before anything opens it for writing, and tells whether it can be used: sound, written
 * by a newer version, damaged, or unreadable. The inspection never writes to the file or its -wal, and adds nothing
 * beside them.
 *
 * SQLite cannot be trusted with that on the file itself: a read-only connection to a WAL database creates the -wal
 * and -shm files when they are missing and writes into the -shm. So the header is read here, byte by byte, and SQLite
 * checks a copy of the file and its -wal in a scratch folder. The file is opened in place (read-only, as any reader
 * beside a writer is; SQLite may then update the -shm index) only when another instance has it open, when the files
 * keep changing while they are copied, or when no copy can be made.
 */

export interface InspectOptions {
  /** Path of a better-sqlite3 addon built for the running runtime. */
  nativeBinding?: string | undefined;
  /**
   * Another running instance has the database open (the CLI beside the app): read it in place, because a copy taken
   * while that instance writes could mix two states.
   */
  attached?: boolean;
}

const SNAPSHOT_ATTEMPTS = 3;
const QUICK_CHECK_LINES_SHOWN = 10;

const OK: ServicesHealth = { state: 'ok' };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function damaged(file: string, reason: string, details: string[]): DataProblem {
  return {
    state: 'damaged',
    message: `The database file is damaged: ${reason}. DTIA Studio has left it exactly as it was; restore a backup to continue.`,
    details: [`Database file: ${file}`, ...details],
  };
}

function unreadable(file: string, error: unknown): DataProblem {
  const code = errorCode(error);
  const cause = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : describe(error);
  return {
    state: 'unreadable',
    message: `DTIA Studio cannot read the database file (${cause}). Nothing was changed; check the file's permissions, or restore a backup.`,
    details: [`Database file: ${file}`, describe(error)],
  };
}

/** SQLite's verdict on a file it could not read as a database; anything else is a failure to read it at all. */
function fromSqliteError(file: string, error: unknown): DataProblem {
  const code = errorCode(error);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || code === 'SQLITE_FORMAT' || code === 'SQLITE_IOERR_SHORT_READ') {
    return damaged(file, 'SQLite cannot read it as a database', [`SQLite reports ${code}: ${describe(error)}`]);
  }
  return unreadable(file, error);
}

function fromHistoryFailure(file: string, failure: AppFailure): DataProblem {
  if (failure.code === 'DATABASE_NEWER') {
    return { state: 'newer', message: failure.message, details: [`Database file: ${file}`, ...(failure.details ?? [])] };
  }
  return damaged(file, 'its record of schema versions does not match this version of DTIA Studio', [failure.message, ...(failure.details ?? [])]);
}

interface FileFacts {
  size: number;
  header: Buffer;
}

/** Size and first bytes of a file; null when there is no such file. */
function readFacts(path: string): FileFacts | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  try {
    const size = fstatSync(fd).size;
    const header = Buffer.alloc(Math.min(HEADER_BYTES, size));
    const read = header.length > 0 ? readSync(fd, header, 0, header.length, 0) : 0;
    return { size, header: header.subarray(0, read) };
  } finally {
    closeSync(fd);
  }
}

function fingerprint(path: string): string {
  const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stat ? `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}` : 'absent';
}

function removeCopy(copy: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
}

/** Copies the file and its -wal (never the -shm, which SQLite rebuilds); true when neither changed during the copy. */
function snapshot(file: string, copy: string): boolean {
  const wal = `${file}-wal`;
  for (let attempt = 0; attempt < SNAPSHOT_ATTEMPTS; attempt++) {
    removeCopy(copy);
    const before = `${fingerprint(file)}|${fingerprint(wal)}`;
    try {
      copyFileSync(file, copy, constants.COPYFILE_FICLONE);
      if (!before.endsWith('|absent')) copyFileSync(wal, `${copy}-wal`, constants.COPYFILE_FICLONE);
    } catch (error) {
      // The -wal went away between the look and the copy: a writer closed. Anything else is a real failure to read.
      if (errorCode(error) !== 'ENOENT') throw error;
      continue;
    }
    if (`${fingerprint(file)}|${fingerprint(wal)}` === before) return true;
  }
  return false;
}

/** The lines of `PRAGMA quick_check`; SQLite may give up with SQLITE_CORRUPT after the first findings, which are kept. */
function quickCheck(db: Database.Database): string[] {
  const lines: string[] = [];
  try {
    for (const row of db.prepare('PRAGMA quick_check').iterate() as IterableIterator<{ quick_check: string }>) {
      // "*** in database main ***" only heads the findings.
      lines.push(...row.quick_check.split('\n').filter((line) => !line.startsWith('*** in database')));
    }
  } catch (error) {
    if (lines.length === 0) throw error;
    lines.push(`SQLite stopped checking: ${errorCode(error)}: ${describe(error)}`);
  }
  return lines;
}

/** Opens read-only (never creating), runs SQLite's structural check, then compares the migration history. */
function checkWithSqlite(target: string, file: string, options: InspectOptions): ServicesHealth {
  let db: Database.Database;
  try {
    db = new Database(target, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  } catch (error) {
    return fromSqliteError(file, error);
  }
  try {
    const lines = quickCheck(db);
    if (lines.length !== 1 || lines[0] !== 'ok') {
      const shown = lines.slice(0, QUICK_CHECK_LINES_SHOWN).map((line) => `SQLite's check: ${line}`);
      const more = lines.length > shown.length ? [`… and ${lines.length - shown.length} more findings`] : [];
      return damaged(file, "SQLite's consistency check found broken pages", [...shown, ...more]);
    }
    pendingMigrations(db);
    return OK;
  } catch (error) {
    return error instanceof AppFailure ? fromHistoryFailure(file, error) : fromSqliteError(file, error);
  } finally {
    db.close();
  }
}

export function inspectDatabase(file: string, options: InspectOptions = {}): ServicesHealth {
  const wal = `${file}-wal`;
  let main: FileFacts | null;
  let walFacts: FileFacts | null;
  try {
    main = readFacts(file);
    walFacts = readFacts(wal);
  } catch (error) {
    return unreadable(file, error);
  }
  const walHoldsFrames = (walFacts?.size ?? 0) > 0;
  if (main === null) {
    // SQLite would start a new database here and delete the -wal, with whatever it still held.
    return walHoldsFrames
      ? damaged(file, 'the file is missing, but its write-ahead log (-wal) is still there', [`Write-ahead log: ${wal} (${walFacts?.size} bytes)`])
      : OK;
  }
  const finding = headerFinding(main.header, main.size, walHoldsFrames);
  if (finding) return damaged(file, finding.reason, [finding.detail]);
  if (options.attached && walFacts !== null) return checkWithSqlite(file, file, options);
  // Without a write-ahead log to replay, a read-only connection reads the file as it is and never writes to it: the
  // check runs in place, without the cost of a copy (seconds for a large workspace). A log left by a crash is
  // replayed only in a copy, so that the file and its log stay as they were whatever the check finds.
  if (!walHoldsFrames) return checkInPlace(file, options);

  return checkCopy(file, options) ?? checkWithSqlite(file, file, options);
}

/**
 * The check on the file itself. SQLite's read-only connection still creates the empty side files (-wal, -shm) a
 * WAL database is read with; when the file is refused they are removed again, so that a refused folder is left
 * exactly as it was found. Nothing writes to a refused database, so no other connection can be using them.
 */
function checkInPlace(file: string, options: InspectOptions): ServicesHealth {
  const sideFiles = [`${file}-wal`, `${file}-shm`].filter((side) => !existsSync(side));
  const verdict = checkWithSqlite(file, file, options);
  if (verdict.state !== 'ok') {
    for (const side of sideFiles) {
      if (statSync(side, { throwIfNoEntry: false })?.size === 0 || side.endsWith('-shm')) rmSync(side, { force: true });
    }
  }
  return verdict;
}

/**
 * The verdict on a copy; null when no copy could be made (no room in the temporary folder: the file itself was
 * readable, as readFacts showed) or the files kept changing while being copied.
 */
function checkCopy(file: string, options: InspectOptions): ServicesHealth | null {
  let scratch: string | null = null;
  try {
    scratch = mkdtempSync(join(tmpdir(), 'dtia-inspect-'));
    const copy = join(scratch, basename(file));
    return snapshot(file, copy) ? checkWithSqlite(copy, file, options) : null;
  } catch {
    return null;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

/** The failure an operation on the refused data meets. */
export function unavailableFailure(problem: DataProblem): AppFailure {
  return new AppFailure('DATABASE_UNAVAILABLE', problem.message, problem.details);
}
