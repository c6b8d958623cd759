import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/domain/result';
import { pendingMigrations, runMigrations } from './migrations';

const BUSY_TIMEOUT_MS = 5000;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface OpenDatabaseOptions {
  /** Path of a better-sqlite3 addon built for the running runtime (Electron's differs from Node's). */
  nativeBinding?: string | undefined;
}

/**
 * Opens (or creates) the SQLite file and brings its schema up to date. The migration history is checked before
 * anything that writes — including the switch to WAL — so a database from a newer version stays byte-for-byte intact.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database.Database {
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
    pendingMigrations(db);
    db.pragma('journal_mode = WAL');
    runMigrations(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('DATABASE_ERROR', `Cannot open the database at ${file}: ${describe(error)}`);
  }
}
