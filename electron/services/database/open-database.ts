import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/domain/result';
import { backupBeforeMigration } from '../backup/before-migration';
import type { DataProblem } from '../types';
import { inspectDatabase } from './database-health';
import { pendingMigrations, runMigrations } from './migrations';

/**
 * How long a write waits for another connection's: short, because the app's connection lives in the main process,
 * which cannot answer the window while it waits. A write that gives up is reported as DATABASE_BUSY and retried.
 */
const BUSY_TIMEOUT_MS = 1000;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface OpenDatabaseOptions {
  /** Path of a better-sqlite3 addon built for the running runtime (Electron's differs from Node's). */
  nativeBinding?: string | undefined;
  /** Another running instance has the database open; see InspectOptions. */
  attached?: boolean;
  /**
   * Where a database that holds data is backed up before its schema is migrated. Without it nothing is backed up;
   * every caller that opens the user's data (createServices) names the folder.
   */
  backupsDir?: string;
  now?: () => Date;
}

/**
 * The copy made before a migration could not be made, so the migration did not run. `copyDamaged`: the copy failed
 * SQLite's integrity check, which means the database itself is damaged in a way the inspection's quicker check missed.
 */
class MigrationBackupFailure extends AppFailure {
  constructor(
    readonly copyDamaged: boolean,
    message: string,
    details: string[],
  ) {
    super('DATABASE_ERROR', message, details);
  }
}

function backUpBeforeMigrating(file: string, backupsDir: string, options: OpenDatabaseOptions): void {
  try {
    backupBeforeMigration(file, backupsDir, options.now?.() ?? new Date(), { nativeBinding: options.nativeBinding });
  } catch (error) {
    const failure = error instanceof AppFailure ? error : new AppFailure('DATABASE_ERROR', describe(error));
    throw new MigrationBackupFailure(
      failure.code === 'BACKUP_DAMAGED',
      `This version of DTIA Studio must update the database's format, and backs it up first. The backup could not be made, so the database was not updated: ${failure.message}`,
      [`Backups folder: ${backupsDir}`, ...(failure.details ?? [])],
    );
  }
}

export type CheckedDatabase = { db: Database.Database; problem: null } | { db: null; problem: DataProblem };

/**
 * Opens (or creates) the SQLite file for writing and brings its schema up to date. The migration history is checked
 * again before anything that writes — including the switch to WAL — in case another version changed the file after
 * the inspection.
 */
function openForWriting(file: string, options: OpenDatabaseOptions): Database.Database {
  let db: Database.Database;
  try {
    mkdirSync(dirname(file), { recursive: true });
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw new AppFailure('DATABASE_ERROR', `Cannot open the database at ${file}: ${describe(error)}`);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('foreign_keys = ON');
    const pending = pendingMigrations(db);
    // Before anything writes, the WAL switch included: the copy is the way back if the migration goes wrong.
    if (pending.length > 0 && options.backupsDir) backUpBeforeMigrating(file, options.backupsDir, options);
    db.pragma('journal_mode = WAL');
    runMigrations(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('DATABASE_ERROR', `Cannot open the database at ${file}: ${describe(error)}`);
  }
}

/** A failure of the opening itself, after the inspection found the file sound (a full disk, a folder made read-only). */
function openingProblem(file: string, failure: AppFailure): DataProblem {
  if (failure.code === 'DATABASE_NEWER') return { state: 'newer', message: failure.message, details: [`Database file: ${file}`, ...(failure.details ?? [])] };
  if (failure instanceof MigrationBackupFailure) {
    const state = failure.copyDamaged ? 'damaged' : 'unreadable';
    return { state, message: failure.message, details: [`Database file: ${file}`, ...(failure.details ?? [])] };
  }
  return {
    state: 'unreadable',
    message: `DTIA Studio could not open the database for writing: ${failure.message}`,
    details: [`Database file: ${file}`, ...(failure.details ?? [])],
  };
}

/**
 * Inspects the file without changing it and opens it only when it is sound; otherwise says why not. A missing file
 * is sound: it is created.
 */
export function openCheckedDatabase(file: string, options: OpenDatabaseOptions = {}): CheckedDatabase {
  const health = inspectDatabase(file, options);
  if (health.state !== 'ok') return { db: null, problem: health };
  try {
    return { db: openForWriting(file, options), problem: null };
  } catch (error) {
    const failure = error instanceof AppFailure ? error : new AppFailure('DATABASE_ERROR', describe(error));
    return { db: null, problem: openingProblem(file, failure) };
  }
}

/**
 * As openCheckedDatabase, throwing instead: DATABASE_NEWER for a database of a newer version, DATABASE_ERROR for one
 * that is damaged or cannot be read. The file is left exactly as it was in either case.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database.Database {
  const health = inspectDatabase(file, options);
  if (health.state !== 'ok') throw new AppFailure(health.state === 'newer' ? 'DATABASE_NEWER' : 'DATABASE_ERROR', health.message, health.details);
  return openForWriting(file, options);
}
