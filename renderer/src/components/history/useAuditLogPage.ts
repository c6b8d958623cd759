import { useEffect, useState } from 'react';
import type { AppError } from '../../../../shared/domain/result';
import type { AuditEntry } from '../../../../shared/history/audit';
import { client } from '../../client';

export const HISTORY_PAGE_SIZE = 50;

export interface AuditLogPage {
  entries: AuditEntry[];
  total: number;
  /** The current titles of the assessments that still exist, by id. */
  titles: ReadonlyMap<string, string>;
}

type Loaded = { offset: number; page: AuditLogPage | null; error: AppError | null };

/**
 * One page of the audit log with the titles of the assessments it names. The titles come with every page, so that a
 * title changed or an assessment deleted since the last page (by the command line, say) shows as it is now.
 */
export function useAuditLogPage(offset: number): { page: AuditLogPage | null; error: AppError | null } {
  // Kept with the offset it answers, so that a page change shows "loading" until its own answer arrives.
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let current = true;
    void Promise.all([client.listHistory({ limit: HISTORY_PAGE_SIZE, offset }), client.listAssessments()]).then(([history, assessments]) => {
      if (!current) return;
      if (!history.ok) return setLoaded({ offset, page: null, error: history.error });
      if (!assessments.ok) return setLoaded({ offset, page: null, error: assessments.error });
      const titles = new Map(assessments.value.map((summary) => [summary.id, summary.title]));
      setLoaded({ offset, page: { ...history.value, titles }, error: null });
    });
    return () => {
      current = false;
    };
  }, [offset]);

  const answer = loaded?.offset === offset ? loaded : null;
  return { page: answer?.page ?? null, error: answer?.error ?? null };
}
