import type Database from 'better-sqlite3';
import { canonicalJson } from '../../../shared/domain/interchange';
import { GENESIS_HASH, type AuditAction, type AuditEntry, type AuditHead, type AuditVerification } from '../../../shared/history/audit';
import { AUDIT_HEAD_KEY, entryHash } from './chain';
import { verifyAuditLog, type AuditRow, type VerifyOptions } from './verify-chain';

export interface AuditLogDeps {
  now: () => Date;
  /** The local user profile making the change. */
  actor: () => string;
}

export interface AuditListQuery {
  /** Only the entries about this assessment. */
  assessmentId?: string;
  limit: number;
  offset: number;
}

/** What a store needs to record its changes. */
export interface AuditRecorder {
  /**
   * Adds an entry. Called inside the transaction of the change it records, it commits or rolls back with it; called
   * on its own, it is its own transaction.
   */
  append(action: AuditAction, assessmentId: string | null, details: Record<string, unknown>): AuditEntry;
}

export interface AuditLog extends AuditRecorder {
  /** Newest first. */
  list(query: AuditListQuery): AuditEntry[];
  count(query?: { assessmentId?: string }): number;
  /** The newest entry, for a copy kept outside the database; null while the log is empty. */
  head(): AuditHead | null;
  verify(options?: VerifyOptions): AuditVerification;
}

const MAX_PAGE = 1000;

function toEntry(row: AuditRow): AuditEntry {
  let details: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = JSON.parse(String(row.details));
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) details = parsed as Record<string, unknown>;
  } catch {
    // An unreadable entry is listed without details; verify() names it.
  }
  return {
    seq: row.seq,
    at: String(row.at),
    actor: String(row.actor),
    action: String(row.action),
    assessmentId: row.assessment_id === null ? null : String(row.assessment_id),
    details,
    prevHash: String(row.prev_hash),
    hash: String(row.hash),
  };
}

function page(value: number, max: number): number {
  return Number.isSafeInteger(value) && value >= 0 ? Math.min(value, max) : 0;
}

/** The audit log in table audit_log (migration 4), with its head in the settings table. */
export function createAuditLog(db: Database.Database, deps: AuditLogDeps): AuditLog {
  const columns = 'seq, at, actor, action, assessment_id, details, prev_hash, hash';
  const statements = {
    last: db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1'),
    insert: db.prepare(`INSERT INTO audit_log (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    recordHead: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    listAll: db.prepare<[number, number], AuditRow>(`SELECT ${columns} FROM audit_log ORDER BY seq DESC LIMIT ? OFFSET ?`),
    listFor: db.prepare<[string, number, number], AuditRow>(
      `SELECT ${columns} FROM audit_log WHERE assessment_id = ? ORDER BY seq DESC LIMIT ? OFFSET ?`,
    ),
    countAll: db.prepare<[], { count: number }>('SELECT count(*) AS count FROM audit_log'),
    countFor: db.prepare<[string], { count: number }>('SELECT count(*) AS count FROM audit_log WHERE assessment_id = ?'),
  };

  const appendTransaction = db.transaction((action: AuditAction, assessmentId: string | null, details: Record<string, unknown>): AuditEntry => {
    // The newest entry is read inside the transaction, so that two writers (the app and the CLI) cannot both link to it.
    const last = statements.last.get();
    const seq = (last?.seq ?? 0) + 1;
    const prevHash = last?.hash ?? GENESIS_HASH;
    const at = deps.now().toISOString();
    const actor = deps.actor();
    // Stored as hashed: through JSON once (which drops undefined values), then in canonical form.
    const stored = JSON.parse(JSON.stringify(details)) as Record<string, unknown>;
    const detailsText = canonicalJson(stored);
    const hash = entryHash(prevHash, { seq, at, actor, action, assessmentId }, detailsText);
    statements.insert.run(seq, at, actor, action, assessmentId, detailsText, prevHash, hash);
    statements.recordHead.run(AUDIT_HEAD_KEY, JSON.stringify({ seq, hash }));
    return { seq, at, actor, action, assessmentId, details: stored, prevHash, hash };
  });

  return {
    append(action, assessmentId, details) {
      // Inside a caller's transaction this becomes a savepoint of it; on its own it takes the write lock first.
      return appendTransaction.immediate(action, assessmentId, details);
    },

    list({ assessmentId, limit, offset }) {
      const size = page(limit, MAX_PAGE);
      const skip = page(offset, Number.MAX_SAFE_INTEGER);
      const rows = assessmentId === undefined ? statements.listAll.all(size, skip) : statements.listFor.all(assessmentId, size, skip);
      return rows.map(toEntry);
    },

    count(query = {}) {
      const row = query.assessmentId === undefined ? statements.countAll.get() : statements.countFor.get(query.assessmentId);
      return row?.count ?? 0;
    },

    head() {
      const last = statements.last.get();
      return last ? { seq: last.seq, hash: last.hash } : null;
    },

    verify(options) {
      return verifyAuditLog(db, options);
    },
  };
}
