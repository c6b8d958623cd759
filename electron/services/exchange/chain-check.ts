import type { HistoryCheck } from '../../../shared/exchange/jobs';
import type { ExportedAuditEntry } from '../../../shared/exchange/workspace-format';
import { GENESIS_HASH, type AuditHead } from '../../../shared/history/audit';
import { entryHash } from '../audit/chain';

/**
 * Checks an audit history handed over entry by entry (from a workspace file, or an imported history as stored), by
 * the same rule as the workspace's own log: numbered from 1 without gaps, each entry linked to the hash of the one
 * before, each hash still given by the entry's contents, the last one the head recorded with it.
 */
export interface ChainCheck {
  add(entry: ExportedAuditEntry): void;
  /** `head`: the newest entry as recorded beside the history; undefined when nothing was recorded to compare with. */
  result(head?: AuditHead | null): HistoryCheck;
}

export function createChainCheck(): ChainCheck {
  let entries = 0;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let firstBroken: number | null = null;

  return {
    add(entry) {
      entries += 1;
      if (firstBroken !== null) return;
      const holds =
        entry.seq === expectedSeq && entry.prevHash === prevHash && entryHash(entry.prevHash, entry, entry.details) === entry.hash;
      if (!holds) firstBroken = Math.min(entry.seq, expectedSeq);
      expectedSeq = entry.seq + 1;
      prevHash = entry.hash;
    },

    result(head) {
      const lastSeq = expectedSeq - 1;
      let broken = firstBroken;
      if (broken === null && head !== undefined) {
        if (head === null && lastSeq > 0) broken = 1;
        // Entries cut from the end, entries added after the head, or a last entry that is not the recorded one.
        if (head !== null && head.seq > lastSeq) broken = lastSeq + 1;
        else if (head !== null && head.seq < lastSeq) broken = head.seq + 1;
        else if (head !== null && head.hash !== prevHash) broken = lastSeq;
      }
      return { entries, intact: broken === null, firstBroken: broken };
    },
  };
}
