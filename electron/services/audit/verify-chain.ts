import type Database from 'better-sqlite3';
import { GENESIS_HASH, type AuditHead, type AuditVerification, type BrokenLink, type BrokenReason } from '../../../shared/history/audit';
import { AUDIT_HEAD_KEY, entryHash, type EntryFields } from './chain';

/**
 * Walks the audit log from the first entry and names the first link that does not hold. The chain alone shows an
 * entry changed, removed or moved anywhere before the last one; it cannot show entries cut from the end, because what
 * remains is a valid chain. The head recorded beside the log (settings key 'auditHead', written with every entry)
 * shows that too. Whoever can write the file can still rewrite the log and its head together: only a head copied out
 * of the database earlier (`anchor`) shows that.
 */

export interface AuditRow {
  seq: number;
  at: unknown;
  actor: unknown;
  action: unknown;
  assessment_id: unknown;
  details: unknown;
  prev_hash: unknown;
  hash: unknown;
}

export interface VerifyOptions {
  /** A head copied out of the database earlier: the log must still hold that entry, unchanged. */
  anchor?: AuditHead;
}

type RecordedHead = AuditHead | 'absent' | 'unreadable';

export function readRecordedHead(db: Database.Database): RecordedHead {
  const row = db.prepare<[string], { value: unknown }>('SELECT value FROM settings WHERE key = ?').get(AUDIT_HEAD_KEY);
  if (!row) return 'absent';
  try {
    const head = JSON.parse(String(row.value)) as Partial<AuditHead> | null;
    if (head && Number.isSafeInteger(head.seq) && typeof head.hash === 'string') return { seq: head.seq as number, hash: head.hash };
  } catch {
    // Not JSON: reported as unreadable below.
  }
  return 'unreadable';
}

/** Whether the entry's columns, as they are now, still give its hash. A column of another type gives another text. */
function rowHashHolds(row: AuditRow): boolean {
  if (typeof row.details !== 'string' || typeof row.prev_hash !== 'string') return false;
  const fields = { seq: row.seq, at: row.at, actor: row.actor, action: row.action, assessmentId: row.assessment_id } as EntryFields;
  return entryHash(row.prev_hash, fields, row.details) === row.hash;
}

/** The first problem of one entry, given where the chain before it ended. */
function linkProblem(row: AuditRow, expectedSeq: number, prevHash: string): BrokenLink | null {
  if (row.seq > expectedSeq) return { seq: expectedSeq, reason: 'missing-entry' };
  if (row.seq < expectedSeq) return { seq: row.seq, reason: 'out-of-order' };
  if (row.prev_hash !== prevHash) return { seq: row.seq, reason: 'broken-link' };
  if (!rowHashHolds(row)) return { seq: row.seq, reason: 'altered' };
  return null;
}

/** What the recorded head says about the end of the log, given its last entry. */
function headProblem(head: RecordedHead, lastSeq: number, lastHash: string): BrokenLink | null {
  if (head === 'absent') return lastSeq === 0 ? null : { seq: lastSeq, reason: 'head-missing' };
  if (head === 'unreadable') return { seq: Math.max(lastSeq, 1), reason: 'head-mismatch' };
  if (head.seq > lastSeq) return { seq: lastSeq + 1, reason: 'truncated' };
  if (head.seq < lastSeq) return { seq: head.seq + 1, reason: 'beyond-head' };
  return head.hash === lastHash ? null : { seq: lastSeq, reason: 'head-mismatch' };
}

function broken(seq: number, reason: BrokenReason): BrokenLink {
  return { seq, reason };
}

/** Checks the log on `db` without writing to it; works on a read-only connection. */
export function verifyAuditLog(db: Database.Database, options: VerifyOptions = {}): AuditVerification {
  const { anchor } = options;
  // One read transaction: the entries and the head are seen as of the same moment.
  return db.transaction((): AuditVerification => {
    const rows = db.prepare<[], AuditRow>('SELECT seq, at, actor, action, assessment_id, details, prev_hash, hash FROM audit_log ORDER BY seq');
    let entries = 0;
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let firstBroken: BrokenLink | null = null;
    for (const row of rows.iterate()) {
      entries += 1;
      if (firstBroken) continue;
      firstBroken = linkProblem(row, expectedSeq, prevHash);
      if (!firstBroken && anchor && row.seq === anchor.seq && row.hash !== anchor.hash) firstBroken = broken(row.seq, 'anchor-mismatch');
      expectedSeq = row.seq + 1;
      prevHash = typeof row.hash === 'string' ? row.hash : '';
    }
    if (!firstBroken) {
      const lastSeq = expectedSeq - 1;
      const atEnd = [headProblem(readRecordedHead(db), lastSeq, prevHash)];
      if (anchor && anchor.seq > lastSeq) atEnd.push(broken(anchor.seq, 'anchor-mismatch'));
      firstBroken = atEnd.filter((found): found is BrokenLink => found !== null).sort((a, b) => a.seq - b.seq)[0] ?? null;
    }
    return { ok: firstBroken === null, entries, firstBroken };
  })();
}
