import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { LawLibrary } from '../../shared/domain/law-library';
import { acquireDataDirLock, heldByRunningInstance, lockProblem, type DataDirLock } from './data-dir-lock';
import { createAssessmentStore } from './database/assessment-store';
import { unavailableFailure } from './database/database-health';
import { openCheckedDatabase } from './database/open-database';
import { loadLawLibrary } from './law-library';
import { createReportService } from './report/report-service';
import { createIdentityService } from './signing/identity-service';
import { createSettingsService } from './settings/settings-service';
import { createTrustService } from './signing/trust-service';
import type { AssessmentStore, DataProblem, Services, ServicesHealth, ServicesOptions, SettingsService, TrustService } from './types';

export const DATABASE_FILE = 'dtia.sqlite';

interface DatabaseServices {
  assessments: AssessmentStore;
  trust: TrustService;
  settings: SettingsService;
}

/**
 * Stands in for a database service while the data cannot be used: every method, including any added later, throws
 * DATABASE_UNAVAILABLE, and nothing reaches the file.
 */
function refusing<T extends object>(problem: DataProblem): T {
  return new Proxy({} as T, {
    get: (_target, property) =>
      typeof property === 'string' && property !== 'then'
        ? () => {
            throw unavailableFailure(problem);
          }
        : undefined,
  });
}

type OpenedFolder = { db: Database.Database; lock: DataDirLock | null; problem: null } | { db: null; lock: DataDirLock | null; problem: DataProblem };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Creates the folder, takes its lock (unless the caller works beside a running app), then inspects and opens the
 * database, each only if the step before succeeded. The lock is kept when the database cannot be used, so that no
 * second instance works on the folder while this one offers to restore a backup.
 */
function openDataFolder(options: ServicesOptions): OpenedFolder {
  try {
    mkdirSync(options.dataDir, { recursive: true });
  } catch (error) {
    const message = 'DTIA Studio cannot create its data folder. Nothing was changed; check the permissions of the folder above it.';
    return { db: null, lock: null, problem: { state: 'unreadable', message, details: [`Data folder: ${options.dataDir}`, describe(error)] } };
  }
  const shared = options.lock === 'none';
  const lock = shared ? null : acquireDataDirLock(options.dataDir);
  if (lock && !lock.acquired) return { db: null, lock: null, problem: lockProblem(lock, options.dataDir) };
  const opened = openCheckedDatabase(join(options.dataDir, DATABASE_FILE), {
    nativeBinding: options.sqliteNativeBinding,
    attached: shared && heldByRunningInstance(options.dataDir),
  });
  return opened.db ? { db: opened.db, lock, problem: null } : { db: null, lock, problem: opened.problem };
}

function databaseServices(db: Database.Database, now: () => Date, lawLibrary: () => LawLibrary): DatabaseServices {
  return {
    assessments: createAssessmentStore(db, { now, newId: randomUUID, lawLibrary }),
    trust: createTrustService(db, { now }),
    settings: createSettingsService(db),
  };
}

/**
 * Builds every backend service from a data directory; the Electron main process, the CLI and the tests all use it.
 * A data folder that cannot be used (damaged, newer, in use by another instance, unreadable) does not make it throw:
 * `health()` says why, and the database services refuse every call.
 */
export function createServices(options: ServicesOptions): Services {
  const now = options.now ?? (() => new Date());
  const folder = openDataFolder(options);
  const lawLibrary = () => loadLawLibrary(options.resourcesDir);
  const data: DatabaseServices =
    folder.problem === null
      ? databaseServices(folder.db, now, lawLibrary)
      : { assessments: refusing(folder.problem), trust: refusing(folder.problem), settings: refusing(folder.problem) };
  const health: ServicesHealth = folder.problem ?? { state: 'ok' };
  const { assessments, trust, settings } = data;
  const identity = createIdentityService({ dataDir: options.dataDir, secretBox: options.secretBox, now });
  const appVersion = options.appVersion ?? '0.0.0';
  const reports = createReportService({
    assessments,
    lawLibrary: (language) => loadLawLibrary(options.resourcesDir, language),
    identity,
    trust,
    settings,
    resourcesDir: options.resourcesDir,
    now,
    appVersion,
  });
  return {
    dataDir: options.dataDir,
    appVersion,
    assessments,
    lawLibrary: (language = 'en') => loadLawLibrary(options.resourcesDir, language),
    identity,
    trust,
    settings,
    reports,
    health: () => health,
    close: () => {
      folder.db?.close();
      if (folder.lock?.acquired) folder.lock.release();
    },
  };
}
