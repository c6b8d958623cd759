import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupInfo } from '../../../shared/backup/backup-info';
import { BACKUP_REASONS, type BackupReason } from '../../../shared/backup/backup-reason';
import { parseBackupFileName } from '../../../shared/backup/backup-name';
import { DEFAULT_RETENTION, decideRetention, type RetentionPolicy } from '../../../shared/backup/rotation';
import { AppFailure } from '../../../shared/domain/result';
import { PARTIAL_SUFFIX, backupBytes, freeBackupName, listBackupFiles, type BackupFile } from './backup-folder';
import { makeSelfContained, readCopyFacts, removeCopy, verifyDatabaseFile, type NativeBindingOption } from './database-copy';
import { fsyncDirectory, fsyncFile } from './durable-file';

export interface BackupServiceOptions extends NativeBindingOption {
  /** The app's open connection; writes made through it while a backup runs reach the copy as well. */
  db: Database.Database;
  /** The file `db` has open. */
  databaseFile: string;
  backupsDir: string;
  now?: () => Date;
  policy?: RetentionPolicy;
  /** Pages copied per step; between steps the app keeps working. */
  pagesPerStep?: number;
}

export interface BackupService {
  /** Copies the open database with SQLite's online backup API; the copy counts only once integrity_check passed on it. */
  create(reason: BackupReason): Promise<BackupInfo>;
  /** The finished backups, newest first. */
  list(): BackupInfo[];
  /** Deletes the backups the retention policy no longer keeps, and copies left unfinished by a crash. Returns the deleted backup ids. */
  prune(): string[];
  /** Whether the daily backup is due: no backup made in the 24 hours before `at`. */
  due(at?: Date): boolean;
  /** Resolves once no backup is being written, so that the database can be closed. */
  whenIdle(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_PAGES_PER_STEP = 256;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** More pages than any database has: the step copies everything that remains. */
const ALL_PAGES = 0x7fffffff;

/**
 * How many pages each backup step copies; between steps the app keeps working. Two things could keep a stepwise copy
 * from ever finishing, and both end it with one step that copies the rest, holding the read lock only as long as
 * copying the file takes:
 * - a write through another connection (the CLI, or the app when the service has a connection of its own) makes
 *   SQLite start the copy over at the next step, which shows as fewer pages copied than before;
 * - writes through the backup's own connection are copied as they happen, but a database growing faster than the
 *   steps copy would never be caught up with, so the steps are limited to twice as many as the database needed.
 */
function stepPlanner(pagesPerStep: number): (progress: { totalPages: number; remainingPages: number }) => number {
  let copiedBefore = -1;
  let stepsLeft: number | null = null;
  let finishNow = false;
  return ({ totalPages, remainingPages }) => {
    const copied = totalPages - remainingPages;
    stepsLeft = (stepsLeft ?? 2 * Math.ceil(totalPages / pagesPerStep)) - 1;
    if (copied <= copiedBefore || stepsLeft <= 0) finishNow = true;
    copiedBefore = copied;
    return finishNow ? ALL_PAGES : pagesPerStep;
  };
}

export function createBackupService(options: BackupServiceOptions): BackupService {
  const { db, backupsDir } = options;
  const now = options.now ?? (() => new Date());
  const policy = options.policy ?? DEFAULT_RETENTION;
  const pagesPerStep = options.pagesPerStep ?? DEFAULT_PAGES_PER_STEP;
  if (!Number.isInteger(pagesPerStep) || pagesPerStep < 1) throw new RangeError('A backup step copies at least one page.');
  if (resolve(db.name) !== resolve(options.databaseFile)) {
    throw new AppFailure('INTERNAL', `The backup service was given a connection to ${db.name}, not to ${options.databaseFile}.`);
  }
  /** Names of backups being written, so that two at once never share a name and pruning leaves them alone. */
  const writing = new Set<string>();
  const running = new Set<Promise<unknown>>();

  function info(file: BackupFile): BackupInfo {
    return { id: file.id, createdAt: file.createdAt, reason: file.reason, bytes: backupBytes(file), ...readCopyFacts(file.path, options) };
  }

  async function write(name: string): Promise<BackupInfo> {
    const partial = join(backupsDir, `${name}${PARTIAL_SUFFIX}`);
    const final = join(backupsDir, name);
    try {
      await db.backup(partial, { progress: stepPlanner(pagesPerStep) });
      makeSelfContained(partial, options);
      const facts = verifyDatabaseFile(partial, options);
      fsyncFile(partial);
      renameSync(partial, final);
      fsyncDirectory(backupsDir);
      const parsed = parseBackupFileName(name)!;
      return { id: name, createdAt: parsed.createdAt, reason: parsed.reason, bytes: backupBytes({ ...parsed, id: name, path: final }), ...facts };
    } catch (error) {
      removeCopy(partial);
      if (error instanceof AppFailure) throw error;
      throw new AppFailure('DATABASE_ERROR', `The backup could not be written: ${describe(error)}`);
    }
  }

  function create(reason: BackupReason): Promise<BackupInfo> {
    if (!BACKUP_REASONS.includes(reason)) return Promise.reject(new AppFailure('INVALID_REQUEST', `"${String(reason)}" is not a reason for a backup.`));
    let name: string;
    try {
      mkdirSync(backupsDir, { recursive: true });
      name = freeBackupName(backupsDir, now(), reason, writing);
    } catch (error) {
      return Promise.reject(new AppFailure('DATABASE_ERROR', `The backups folder ${backupsDir} cannot be used: ${describe(error)}`));
    }
    writing.add(name);
    const job = write(name).finally(() => {
      writing.delete(name);
      running.delete(job);
    });
    running.add(job);
    return job;
  }

  function removeAbandonedCopies(): void {
    for (const entry of readdirSync(backupsDir)) {
      const match = /^(.+\.sqlite)\.partial(?:-journal|-wal|-shm)?$/.exec(entry);
      if (match && parseBackupFileName(match[1]!) && !writing.has(match[1]!)) removeCopy(join(backupsDir, `${match[1]}${PARTIAL_SUFFIX}`));
    }
  }

  function prune(): string[] {
    if (!existsSync(backupsDir)) return [];
    removeAbandonedCopies();
    const { drop } = decideRetention(listBackupFiles(backupsDir), now(), policy);
    for (const id of drop) removeCopy(join(backupsDir, id));
    if (drop.length > 0) fsyncDirectory(backupsDir);
    return drop;
  }

  function due(at: Date = now()): boolean {
    // A backup dated after `at` (a clock once set ahead) must not hold off the daily backups until that date.
    const recent = listBackupFiles(backupsDir).find((file) => {
      const age = at.getTime() - Date.parse(file.createdAt);
      return age >= 0 && age < DAY_MS;
    });
    return recent === undefined;
  }

  return {
    create,
    list: () => listBackupFiles(backupsDir).map(info),
    prune,
    due,
    whenIdle: async () => {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
