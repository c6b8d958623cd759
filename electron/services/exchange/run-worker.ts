import { Worker } from 'node:worker_threads';
import { AppFailure } from '../../../shared/domain/result';
import type { JobPhase } from '../../../shared/exchange/jobs';
import { CANCELLED, FINISHING, claim, type MainMessage, type WorkerData, type WorkerMessage, type WorkerResult, type WorkerTask } from './worker-protocol';

export interface WorkerHooks {
  /** Aborting ends the worker at once, unless it has already begun to make its result final. */
  signal: AbortSignal;
  onProgress: (phase: JobPhase, progress: number) => void;
  /** An import's file is sound: back up the database before the worker writes. Rejecting stops the import. */
  onChecked?: (facts: { databaseHasAssessments: boolean }) => Promise<{ backupId: string | null }>;
}

export interface WorkerRun {
  result: Promise<WorkerResult>;
  /** The worker is making its result final (renaming the file, committing): it can no longer be cancelled. */
  finishing(): boolean;
}

function cancelledFailure(task: WorkerTask): AppFailure {
  return new AppFailure('CANCELLED', task.kind === 'export' ? 'The export was cancelled; no file was written.' : 'The work was cancelled; nothing was written.');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs one task in a new exchange worker. Cancelling terminates the worker: a database transaction it had open is
 * never committed, and whatever file it was writing is left for the caller to remove.
 */
export function runExchangeWorker(workerFile: string, task: WorkerTask, hooks: WorkerHooks): WorkerRun {
  const shared = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const state = new Int32Array(shared);
  const data: WorkerData = { task, state: shared };

  const result = new Promise<WorkerResult>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(workerFile, { workerData: data });
    } catch (error) {
      reject(new AppFailure('INTERNAL', `The exchange worker cannot be started: ${describe(error)}`));
      return;
    }
    let settled = false;
    /** Why the worker was ended from here; reported once it has exited, so that nothing of it is still running. */
    let endedBecause: unknown = null;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      hooks.signal.removeEventListener('abort', cancel);
      outcome();
    };
    const end = (reason: unknown) => {
      endedBecause = reason;
      void worker.terminate();
    };
    function cancel(): void {
      // Lost the race: the worker is finishing and its result will be final; it is let through.
      if (claim(state, CANCELLED)) end(cancelledFailure(task));
    }

    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'progress':
          hooks.onProgress(message.phase, message.progress);
          return;
        case 'checked': {
          const proceed = hooks.onChecked ? hooks.onChecked(message) : Promise.resolve({ backupId: null });
          proceed.then(
            ({ backupId }) => {
              if (!settled) worker.postMessage({ type: 'proceed', backupId } satisfies MainMessage);
            },
            (error: unknown) => {
              claim(state, CANCELLED);
              end(error);
            },
          );
          return;
        }
        case 'done':
          settle(() => resolve(message.result));
          void worker.terminate();
          return;
        case 'failed':
          settle(() => reject(new AppFailure(message.error.code, message.error.message, message.error.details)));
          void worker.terminate();
          return;
      }
    });
    worker.on('error', (error) => settle(() => reject(new AppFailure('INTERNAL', `The exchange worker failed: ${describe(error)}`))));
    worker.on('exit', (code) =>
      settle(() => reject(endedBecause ?? new AppFailure('INTERNAL', `The exchange worker stopped unexpectedly (exit code ${code}).`))),
    );
    if (hooks.signal.aborted) cancel();
    else hooks.signal.addEventListener('abort', cancel, { once: true });
  });

  return { result, finishing: () => Atomics.load(state, 0) === FINISHING };
}
