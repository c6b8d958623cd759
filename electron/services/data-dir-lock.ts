import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import type { DataProblem } from './types';

/**
 * One app instance per data folder. The instance that opens a folder creates `dtia.lock` in it (an exclusive create,
 * so of two instances starting together only one succeeds) and removes it when it closes. A lock left behind by a
 * process that no longer runs on this computer is taken over; a lock from another computer (a shared folder) cannot be
 * checked and is respected.
 */

export const LOCK_FILE = 'dtia.lock';

export interface LockHolder {
  pid: number;
  hostname: string;
  /** When the holder opened the folder, ISO 8601. */
  startedAt: string;
}

export type DataDirLock =
  | { acquired: true; lockFile: string; release(): void }
  | { acquired: false; lockFile: string; holder: LockHolder; reason: 'held' }
  | { acquired: false; lockFile: string; reason: 'unwritable'; error: string };

/** A lock file that cannot be read yet may be one whose creator is still writing it; it gets this long to finish. */
const UNREADABLE_GRACE_MS = 200;
const GRACE_STEP_MS = 20;
const ATTEMPTS = 4;

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder> | null;
    if (
      value &&
      Number.isSafeInteger(value.pid) &&
      (value.pid as number) > 0 &&
      typeof value.hostname === 'string' &&
      typeof value.startedAt === 'string'
    ) {
      return { pid: value.pid as number, hostname: value.hostname, startedAt: value.startedAt };
    }
  } catch {
    // Not JSON: treated like any other unreadable lock.
  }
  return null;
}

/** The lock file's text and holder; `holder` null once the grace period has passed without a readable holder. */
function readLock(file: string): { text: string; holder: LockHolder | null } | 'gone' {
  for (let waited = 0; ; waited += GRACE_STEP_MS) {
    const text = readText(file);
    if (text === null) return 'gone';
    const holder = parseHolder(text);
    if (holder || waited >= UNREADABLE_GRACE_MS) return { text, holder };
    pause(GRACE_STEP_MS);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) === 'EPERM';
  }
}

/** Clocks drift and get corrected; a lock this little older than the computer's start still counts as from before it. */
const BOOT_TIME_SLACK_MS = 5 * 60 * 1000;

/**
 * A lock from before this computer last started is stale whatever runs under its pid now: after a restart, process
 * ids are handed out again from the start.
 */
function fromBeforeBoot(holder: LockHolder): boolean {
  const bootedAt = Date.now() - uptime() * 1000;
  return Date.parse(holder.startedAt) < bootedAt - BOOT_TIME_SLACK_MS;
}

function isStale(holder: LockHolder | null): boolean {
  if (holder === null) return true;
  return holder.hostname === hostname() && (fromBeforeBoot(holder) || !isRunning(holder.pid));
}

/**
 * Removes a stale lock, unless another instance replaced it in the meantime: the file is first moved aside (atomic),
 * and put back if it is no longer the one judged stale.
 */
function removeStale(file: string, staleText: string): void {
  const aside = `${file}.${process.pid}-${randomUUID()}.stale`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  try {
    if (readText(aside) !== staleText) linkSync(aside, file);
  } catch (error) {
    // EEXIST: a third instance has created a lock meanwhile; it holds the folder now.
    if (errorCode(error) !== 'EEXIST') throw error;
  } finally {
    unlinkSync(aside);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const lockFile = join(dataDir, LOCK_FILE);
  // The real time, not the services' injectable clock: the lock is compared with the computer's start.
  const own: LockHolder = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
  const ownText = `${JSON.stringify({ app: 'DTIA Studio', ...own }, null, 2)}\n`;
  let holder: LockHolder | null = null;
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        writeFileSync(lockFile, ownText, { flag: 'wx' });
        return { acquired: true, lockFile, release: () => release(lockFile, ownText) };
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw error;
      }
      const found = readLock(lockFile);
      if (found === 'gone') continue;
      holder = found.holder;
      if (!isStale(found.holder)) break;
      removeStale(lockFile, found.text);
    }
  } catch (error) {
    return { acquired: false, lockFile, reason: 'unwritable', error: describe(error) };
  }
  if (holder === null) {
    return { acquired: false, lockFile, reason: 'unwritable', error: `${lockFile} could not be taken over` };
  }
  return { acquired: false, lockFile, holder, reason: 'held' };
}

/** Whether another instance that is still running holds the folder (a reader working beside it uses this). */
export function heldByRunningInstance(dataDir: string): boolean {
  try {
    const text = readText(join(dataDir, LOCK_FILE));
    return text !== null && !isStale(parseHolder(text));
  } catch {
    return false;
  }
}

/** Removes the lock only while it is still this instance's own. */
function release(lockFile: string, ownText: string): void {
  try {
    if (readText(lockFile) === ownText) unlinkSync(lockFile);
  } catch {
    // A lock that cannot be removed is stale once this process has ended, and is taken over then.
  }
}

/** What the user is told when the folder could not be locked: who holds it and since when, or why no lock was possible. */
export function lockProblem(lock: Exclude<DataDirLock, { acquired: true }>, dataDir: string): DataProblem {
  if (lock.reason === 'unwritable') {
    return {
      state: 'unreadable',
      message: 'DTIA Studio may not write in its data folder, so it cannot open it. Nothing was changed; check the folder\'s permissions.',
      details: [`Data folder: ${dataDir}`, `Lock file: ${lock.lockFile}`, lock.error],
    };
  }
  const { pid, hostname: host, startedAt } = lock.holder;
  const where = host === hostname() ? 'on this computer' : `on the computer "${host}"`;
  return {
    state: 'locked',
    message:
      `The data folder is already open in another DTIA Studio: process ${pid} ${where} opened it at ${startedAt}. ` +
      'Close DTIA Studio there first; this window has opened nothing.',
    details: [
      `Data folder: ${dataDir}`,
      `Lock file: ${lock.lockFile}`,
      `If process ${pid} ${where} is not DTIA Studio, delete the lock file and start DTIA Studio again.`,
    ],
  };
}
