import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { AppFailure, type AppError } from '../../../shared/domain/result';
import type { JobPhase } from '../../../shared/exchange/jobs';
import { pendingMigrations } from '../database/migrations';
import { loadLawLibrary } from '../law-library';
import { checkWorkspace } from './check-workspace';
import { exportWorkspace } from './export-workspace';
import { importWorkspace } from './import-workspace';
import { FINISHING, claim, isCancelled, type MainMessage, type WorkerData, type WorkerMessage, type WorkerResult, type WorkerTask } from './worker-protocol';

/**
 * The exchange worker: exports, checks or imports a whole workspace on a database connection of its own, off the
 * main thread, reporting progress as it goes. It is ended by the main thread to cancel it; see worker-protocol.ts.
 */

const BUSY_TIMEOUT_MS = 5000;
/** Progress messages at most this often; a phase change is always reported. */
const PROGRESS_INTERVAL_MS = 50;

const port = parentPort;
if (!port) throw new Error('The exchange worker runs only as a worker thread.');
const { task, state: shared } = workerData as WorkerData;
const state = new Int32Array(shared);

function send(message: WorkerMessage): void {
  port!.postMessage(message);
}

function progressReporter(): (phase: JobPhase, progress: number) => void {
  let lastPhase: JobPhase | null = null;
  let lastAt = 0;
  return (phase, progress) => {
    const now = Date.now();
    if (phase === lastPhase && now - lastAt < PROGRESS_INTERVAL_MS) return;
    lastPhase = phase;
    lastAt = now;
    send({ type: 'progress', phase, progress });
  };
}

function open(task: WorkerTask, readonly: boolean): Database.Database {
  const db = new Database(task.databaseFile, { readonly, fileMustExist: true, ...(task.nativeBinding ? { nativeBinding: task.nativeBinding } : {}) });
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!readonly) db.pragma('foreign_keys = ON');
    // The main thread opened and migrated the database; a difference means another version changed it since.
    if (pendingMigrations(db).length > 0) {
      throw new AppFailure('DATABASE_ERROR', 'The database changed to another format while DTIA Studio was open; nothing was exchanged.');
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

async function waitForProceed(): Promise<{ backupId: string | null }> {
  const [message] = (await once(port!, 'message')) as [MainMessage];
  return { backupId: message.backupId };
}

async function run(task: WorkerTask): Promise<WorkerResult> {
  const now = () => new Date(Date.now() + task.clockOffsetMs);
  const report = progressReporter();
  const finish = () => claim(state, FINISHING);
  if (task.kind === 'export') {
    const db = open(task, true);
    try {
      return await exportWorkspace(db, {
        temporary: task.temporary,
        target: task.target,
        appVersion: task.appVersion,
        now,
        onProgress: (fraction) => report('writing', fraction),
        finish,
      });
    } finally {
      db.close();
    }
  }
  if (task.kind === 'check') {
    const db = open(task, true);
    try {
      return await checkWorkspace(db, task.source, (fraction) => report('checking', fraction));
    } finally {
      db.close();
    }
  }
  const db = open(task, false);
  try {
    return await importWorkspace(db, {
      source: task.source,
      fileName: task.fileName,
      resolution: task.resolution,
      lawLibrary: loadLawLibrary(task.resourcesDir),
      now,
      actor: () => task.actor,
      newId: randomUUID,
      onProgress: report,
      checked: async ({ databaseHasAssessments }) => {
        send({ type: 'checked', databaseHasAssessments });
        return waitForProceed();
      },
      finish,
      isCancelled: () => isCancelled(state),
    });
  } finally {
    db.close();
  }
}

function asError(error: unknown): AppError {
  if (error instanceof AppFailure) return error.details ? { code: error.code, message: error.message, details: error.details } : { code: error.code, message: error.message };
  return { code: 'INTERNAL', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

run(task).then(
  (result) => send({ type: 'done', result }),
  (error: unknown) => send({ type: 'failed', error: asError(error) }),
);
