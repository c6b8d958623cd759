import { AppFailure } from '../../../shared/domain/result';
import type { JobKind, JobPhase, JobResult, JobStatus } from '../../../shared/exchange/jobs';

export interface JobContext {
  signal: AbortSignal;
  progress(phase: JobPhase, progress: number): void;
  /** Tells the registry how to know that the job can no longer be cancelled. */
  finishingWhen(check: () => boolean): void;
}

interface Job {
  status: JobStatus;
  controller: AbortController;
  finishing: () => boolean;
  settled: Promise<void>;
}

/** Finished jobs kept for their status to be read; the oldest are forgotten first. */
const KEPT_FINISHED = 20;

function asFailure(error: unknown): AppFailure {
  return error instanceof AppFailure ? error : new AppFailure('INTERNAL', 'An unexpected error occurred. Details are in the application log.');
}

/**
 * The long-running jobs of the backend, by id: their progress as reported, their outcome once settled, and their
 * cancellation. The renderer asks for a job's status as often as it wants to show progress.
 */
export function createJobRegistry(deps: { newId: () => string; log: (message: string, error: unknown) => void }) {
  const jobs = new Map<string, Job>();

  function forgetOldFinished(): void {
    const finished = [...jobs.entries()].filter(([, job]) => job.status.done);
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEPT_FINISHED))) jobs.delete(id);
  }

  function find(id: string): Job {
    const job = jobs.get(id);
    if (!job) throw new AppFailure('NOT_FOUND', `No job with id ${id}.`);
    return job;
  }

  function snapshot(job: Job): JobStatus {
    return { ...job.status, cancellable: !job.status.done && !job.finishing() };
  }

  return {
    start(kind: JobKind, run: (context: JobContext) => Promise<JobResult>): JobStatus {
      const id = deps.newId();
      const controller = new AbortController();
      const job: Job = {
        status: { id, kind, phase: 'starting', progress: 0, done: false, cancellable: true, error: null, result: null },
        controller,
        finishing: () => false,
        settled: Promise.resolve(),
      };
      const context: JobContext = {
        signal: controller.signal,
        progress(phase, progress) {
          if (job.status.done) return;
          job.status = { ...job.status, phase, progress: Math.min(1, Math.max(job.status.progress, progress)) };
        },
        finishingWhen(check) {
          job.finishing = check;
        },
      };
      jobs.set(id, job);
      forgetOldFinished();
      job.settled = run(context).then(
        (result) => {
          job.status = { ...job.status, phase: 'done', progress: 1, done: true, result };
        },
        (error: unknown) => {
          const failure = asFailure(error);
          if (failure.code === 'INTERNAL' && !(error instanceof AppFailure)) deps.log(`The ${kind} job failed`, error);
          const cancelled = failure.code === 'CANCELLED';
          job.status = {
            ...job.status,
            phase: cancelled ? 'cancelled' : 'failed',
            done: true,
            error: failure.details ? { code: failure.code, message: failure.message, details: failure.details } : { code: failure.code, message: failure.message },
          };
        },
      );
      return snapshot(job);
    },

    get: (id: string): JobStatus => snapshot(find(id)),

    /** Asks the job to stop; its status says when it has (phase 'cancelled'), or that it finished after all. */
    cancel(id: string): JobStatus {
      const job = find(id);
      if (!job.status.done) job.controller.abort();
      return snapshot(job);
    },

    /** Cancels every running job and waits until each has stopped or finished. */
    async stopAll(): Promise<void> {
      for (const job of jobs.values()) if (!job.status.done) job.controller.abort();
      await Promise.all([...jobs.values()].map((job) => job.settled));
    },

    /** Resolves when the job has settled; for the callers that start and wait (tests, the benchmark). */
    settled: (id: string): Promise<JobStatus> => find(id).settled.then(() => snapshot(find(id))),
  };
}

export type JobRegistry = ReturnType<typeof createJobRegistry>;
