import { useCallback, useEffect, useState } from 'react';
import type { AppError, Result } from '../../../../shared/domain/result';
import type { LifecycleStatus } from '../../../../shared/history/lifecycle';
import { client } from '../../client';
import { useEditor } from '../../stores/editor';

/**
 * The lifecycle of the open assessment. Loaded again after every save, because an edit can change it: editing an
 * approved revision starts the next one, editing one in review takes it back to draft.
 */
export function useLifecycleStatus(assessmentId: string) {
  const savedAt = useEditor((state) => state.assessment?.updatedAt);
  const flush = useEditor((state) => state.flush);
  const setReadOnly = useEditor((state) => state.setReadOnly);
  const [status, setStatus] = useState<LifecycleStatus | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    void client.getLifecycle(assessmentId).then((result) => {
      if (!current) return;
      if (result.ok) setStatus(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [assessmentId, savedAt]);

  useEffect(() => {
    if (status) setReadOnly(status.lifecycle === 'archived');
  }, [status, setReadOnly]);

  /** Saves pending edits first, so that what is submitted or approved is what the user sees. */
  const run = useCallback(
    async (change: () => Promise<Result<LifecycleStatus>>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        if (!(await flush())) return false;
        const result = await change();
        if (!result.ok) {
          setError(result.error);
          return false;
        }
        setStatus(result.value);
        return true;
      } finally {
        setBusy(false);
      }
    },
    [flush],
  );

  return { status, error, busy, run, dismissError: () => setError(null) };
}
