import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/domain/result';
import type { AuditVerification } from '../../../shared/history/audit';
import { inspectDatabase, type InspectOptions } from '../database/database-health';
import { AUDIT_HEAD_KEY } from './chain';
import { verifyAuditLog, type VerifyOptions } from './verify-chain';

/**
 * Verifies the audit log of a database file without opening it for writing: the evidence is looked at, never
 * migrated or repaired. A file that cannot be used (damaged, newer, unreadable) is refused with the reason the app
 * would give.
 */

/** The migration that created the log; a database that records it once had one. */
const AUDIT_MIGRATION = 'create-audit-log';

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** The log's table is gone although the database had one: its migration or its head says so. */
function logWasRemoved(db: Database.Database): boolean {
  const migrated = hasTable(db, 'schema_migrations') && db.prepare('SELECT 1 FROM schema_migrations WHERE name = ?').get(AUDIT_MIGRATION) !== undefined;
  const headRecorded = hasTable(db, 'settings') && db.prepare('SELECT 1 FROM settings WHERE key = ?').get(AUDIT_HEAD_KEY) !== undefined;
  return migrated || headRecorded;
}

function verifyOpen(db: Database.Database, options: VerifyOptions): AuditVerification {
  if (hasTable(db, 'audit_log')) return verifyAuditLog(db, options);
  // A database no version with the log has opened yet has no history to check.
  if (!logWasRemoved(db)) return { ok: true, entries: 0, firstBroken: null };
  return { ok: false, entries: 0, firstBroken: { seq: 1, reason: 'log-missing' } };
}

export function verifyHistoryFile(file: string, options: InspectOptions = {}, verifyOptions: VerifyOptions = {}): AuditVerification {
  if (!existsSync(file)) throw new AppFailure('NOT_FOUND', `There is no DTIA Studio database at ${file}.`);
  const health = inspectDatabase(file, options);
  if (health.state !== 'ok') {
    throw new AppFailure(health.state === 'newer' ? 'DATABASE_NEWER' : 'DATABASE_UNAVAILABLE', health.message, health.details);
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  } catch (error) {
    throw new AppFailure('DATABASE_ERROR', `Cannot open the database at ${file}: ${describe(error)}`);
  }
  try {
    return verifyOpen(db, verifyOptions);
  } catch (error) {
    throw new AppFailure('DATABASE_ERROR', `Cannot read the history in ${file}: ${describe(error)}`);
  } finally {
    db.close();
  }
}
