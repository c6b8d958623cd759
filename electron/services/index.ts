import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createAppBackups } from './app-backups';
import { profileActor } from './audit/actor';
import { createExchangeService, type ExchangeService } from './exchange/exchange-service';
import { backupsDirOf } from './backup/backup-folder';
import { acquireDataDirLock, heldByRunningInstance, lockProblem, type DataDirLock } from './data-dir-lock';
import { loadLawLibrary } from './law-library';
import { createReportService } from './report/report-service';
import { createIdentityService } from './signing/identity-service';
import type { DataProblem, Services, ServicesOptions } from './types';
import { forwarding, openWorkspace, refusedWorkspace, type Workspace } from './workspace';

export const DATABASE_FILE = 'dtia.sqlite';

type FolderAccess = { lock: DataDirLock | null; problem: null } | { lock: null; problem: DataProblem };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Creates the folder and takes its lock, unless the caller works beside a running app. The lock is kept for the
 * services' life, also while the database cannot be used, so that no second instance works on the folder while this
 * one offers to restore a backup.
 */
function accessDataFolder(options: ServicesOptions): FolderAccess {
  try {
    mkdirSync(options.dataDir, { recursive: true });
  } catch (error) {
    const message = 'DTIA Studio cannot create its data folder. Nothing was changed; check the permissions of the folder above it.';
    return { lock: null, problem: { state: 'unreadable', message, details: [`Data folder: ${options.dataDir}`, describe(error)] } };
  }
  if (options.lock === 'none') return { lock: null, problem: null };
  const lock = acquireDataDirLock(options.dataDir);
  return lock.acquired ? { lock, problem: null } : { lock: null, problem: lockProblem(lock, options.dataDir) };
}

/**
 * Builds every backend service from a data directory; the Electron main process, the CLI and the tests all use it.
 * A data folder that cannot be used (damaged, newer, in use by another instance, unreadable) does not make it throw:
 * `health()` says why, and the database services refuse every call until a backup is restored.
 */
export function createServices(options: ServicesOptions): Services {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string, error: unknown) => console.error(message, error));
  const folder = accessDataFolder(options);
  const databaseFile = join(options.dataDir, DATABASE_FILE);
  const backupsDir = backupsDirOf(options.dataDir);
  const lawLibrary = () => loadLawLibrary(options.resourcesDir);
  const open = (): Workspace =>
    folder.problem
      ? refusedWorkspace(folder.problem)
      : openWorkspace({
          databaseFile,
          backupsDir,
          now,
          lawLibrary,
          resourcesDir: options.resourcesDir,
          nativeBinding: options.sqliteNativeBinding,
          attached: options.lock === 'none' && heldByRunningInstance(options.dataDir),
        });

  let workspace = open();
  // Built below, once the services it needs exist; a restore stops its jobs before the database is closed.
  let exchange: ExchangeService | null = null;
  const backups = createAppBackups({
    slot: {
      current: () => workspace,
      reopenAround: (change) => {
        workspace.close();
        try {
          return change();
        } finally {
          workspace = open();
        }
      },
    },
    folderProblem: folder.problem,
    holdsLock: folder.lock?.acquired === true,
    databaseFile,
    backupsDir,
    now,
    nativeBinding: options.sqliteNativeBinding,
    log,
    beforeRestore: async () => exchange?.stopAll(),
  });

  // Stable objects that reach the workspace of the moment: a restore needs no one to fetch them again.
  const assessments = forwarding(() => workspace.data.assessments);
  const portfolio = forwarding(() => workspace.data.portfolio);
  const portfolioCsv = forwarding(() => workspace.data.portfolioCsv);
  const vendors = forwarding(() => workspace.data.vendors);
  const vendorDocuments = forwarding(() => workspace.data.vendorDocuments);
  const templates = forwarding(() => workspace.data.templates);
  const audit = forwarding(() => workspace.data.audit);
  const lifecycle = forwarding(() => workspace.data.lifecycle);
  const trust = forwarding(() => workspace.data.trust);
  const settings = forwarding(() => workspace.data.settings);
  const identity = createIdentityService({ dataDir: options.dataDir, secretBox: options.secretBox, now });
  const appVersion = options.appVersion ?? '0.0.0';
  const reports = createReportService({
    assessments,
    lawLibrary: (language) => loadLawLibrary(options.resourcesDir, language),
    identity,
    trust,
    settings,
    lifecycle,
    resourcesDir: options.resourcesDir,
    now,
    appVersion,
  });
  exchange = createExchangeService({
    databaseFile,
    resourcesDir: options.resourcesDir,
    nativeBinding: options.sqliteNativeBinding,
    workerFile: options.exchangeWorker,
    appVersion,
    now,
    actor: profileActor(() => settings.profile().name),
    newId: randomUUID,
    health: () => workspace.health,
    assessments,
    backups,
    log,
  });
  // After everything is built: the start backup runs in the background and never holds up the first screen.
  if (options.automaticBackups && folder.lock?.acquired) backups.startAutomatic();
  return {
    dataDir: options.dataDir,
    appVersion,
    assessments,
    portfolio,
    portfolioCsv,
    vendors,
    vendorDocuments,
    templates,
    audit,
    lifecycle,
    lawLibrary: (language = 'en') => loadLawLibrary(options.resourcesDir, language),
    identity,
    trust,
    settings,
    reports,
    backups,
    exchange,
    health: () => workspace.health,
    close: () => {
      backups.stop();
      // Ends the workers at once: an import not yet committed is rolled back by SQLite.
      void exchange?.stopAll();
      workspace.close();
      if (folder.lock?.acquired) folder.lock.release();
    },
  };
}
