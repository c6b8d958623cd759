import { useEffect, useState } from 'react';
import type { AppError } from '../../../../shared/domain/result';
import type { AuditEntry } from '../../../../shared/history/audit';
import { client } from '../../client';

export const HISTORY_PAGE_SIZE = 50;

export interface AuditLogPage {
  /** Where this page starts in the log, newest first. */
  offset: number;
  entries: AuditEntry[];
  total: number;
  /** The current titles of the assessments that still exist, by id. */
  titles: ReadonlyMap<string, string>;
}

/**
 * A page of the audit log with the titles of the assessments it names. The titles come with every page, so that a
 * title changed or an assessment deleted since the last page (by the command line, say) shows as it is now. The page
 * shown stays until the next one has arrived, so that the page buttons, and the focus on them, stay in place.
 */
export function useAuditLogPage(offset: number): { page: AuditLogPage | null; error: AppError | null; reload: () => void } {
  const [page, setPage] = useState<AuditLogPage | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    let current = true;
    void client.listHistory({ limit: HISTORY_PAGE_SIZE, offset }).then((history) => {
      if (!current) return;
      setError(history.ok ? null : history.error);
      if (history.ok) setPage({ offset, ...history.value, titles: new Map(Object.entries(history.value.titles)) });
    });
    return () => {
      current = false;
    };
  }, [offset, loads]);

  return { page, error, reload: () => setLoads((count) => count + 1) };
}
