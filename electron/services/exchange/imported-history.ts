import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/domain/result';
import type { HistoryCheck } from '../../../shared/exchange/jobs';
import type { AuditHead } from '../../../shared/history/audit';
import { createChainCheck } from './chain-check';

interface HistoryRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  assessment_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

/** The head of the imported history as this workspace's own log recorded it when the history was imported. */
function recordedHead(db: Database.Database, importId: string): AuditHead | null | undefined {
  const rows = db.prepare<[], { details: string }>("SELECT details FROM audit_log WHERE action = 'workspace-import' ORDER BY seq").all();
  for (const row of rows) {
    try {
      const details = JSON.parse(row.details) as { importedHistory?: { importId?: unknown; head?: AuditHead | null } };
      if (details.importedHistory?.importId === importId) return details.importedHistory.head ?? null;
    } catch {
      // An unreadable entry names no import; the log's own check reports it.
    }
  }
  return undefined;
}

/**
 * Checks a history brought in by a workspace import, as stored in imported_audit_log: a chain of its own, linked
 * entry to entry, ending at the head this workspace's log recorded for the import. Histories the other workspace had
 * imported itself are checked link by link (their heads are in the imported history's own entries).
 */
export function verifyImportedHistory(db: Database.Database, importId: string): HistoryCheck {
  const rows = db
    .prepare<[string], HistoryRow>(
      'SELECT seq, at, actor, action, assessment_id, details, prev_hash, hash FROM imported_audit_log WHERE import_id = ? ORDER BY seq',
    )
    .all(importId);
  const head = recordedHead(db, importId);
  if (rows.length === 0 && head === undefined) throw new AppFailure('NOT_FOUND', `No imported history with id ${importId}.`);
  const check = createChainCheck();
  for (const row of rows) {
    check.add({
      seq: row.seq,
      at: row.at,
      actor: row.actor,
      action: row.action,
      assessmentId: row.assessment_id,
      details: row.details,
      prevHash: row.prev_hash,
      hash: row.hash,
    });
  }
  return check.result(head);
}
