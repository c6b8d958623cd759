import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/domain/result';
import type { JobStatus } from '../../../../shared/exchange/jobs';
import { client } from '../../client';

/** Often enough for a progress bar to move smoothly, rarely enough to cost nothing. */
const POLL_MS = 200;

interface Polled {
  jobId: string;
  status: JobStatus | null;
  pollError: AppError | null;
}

/**
 * The status of a backend job, asked for every 200 ms until it is done; `onSettled` is called once with the final
 * status. A failure to ask is reported as `pollError`.
 */
export function useJobStatus(jobId: string | null, onSettled: (status: JobStatus) => void): { status: JobStatus | null; pollError: AppError | null } {
  const [polled, setPolled] = useState<Polled | null>(null);
  const settled = useRef(onSettled);
  useEffect(() => {
    settled.current = onSettled;
  });

  useEffect(() => {
    if (jobId === null) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const result = await client.getJob(jobId);
      if (stopped) return;
      if (!result.ok) {
        setPolled({ jobId, status: null, pollError: result.error });
        return;
      }
      setPolled({ jobId, status: result.value, pollError: null });
      if (result.value.done) settled.current(result.value);
      else timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId]);

  // What was polled for another job (or none) is not this one's.
  const current = polled !== null && polled.jobId === jobId ? polled : null;
  return { status: current?.status ?? null, pollError: current?.pollError ?? null };
}
