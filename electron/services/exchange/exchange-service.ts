import { rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { BackupInfo } from '../../../shared/backup/backup-info';
import { AppFailure } from '../../../shared/domain/result';
import type { ConflictChoice, ConflictResolution } from '../../../shared/exchange/conflicts';
import type { JobStatus } from '../../../shared/exchange/jobs';
import { unavailableFailure } from '../database/database-health';
import type { AssessmentStore, BackupsService, ImportPreview, ImportedAssessment, ServicesHealth } from '../types';
import { createJobRegistry, type JobContext } from './job-registry';
import { runExchangeWorker } from './run-worker';
import type { WorkerTask } from './worker-protocol';
import type { WorkspaceCheck, WorkspaceExport, WorkspaceImport } from './workspace-types';

export interface ExchangeServiceDeps {
  databaseFile: string;
  resourcesDir: string;
  nativeBinding?: string | undefined;
  /** The built exchange worker; see ServicesOptions.exchangeWorker. */
  workerFile: string | undefined;
  appVersion: string;
  now: () => Date;
  /** The author of audit entries: the user profile's name. */
  actor: () => string;
  newId: () => string;
  health: () => ServicesHealth;
  assessments: AssessmentStore;
  backups: BackupsService;
  log: (message: string, error: unknown) => void;
}

/** A single assessment to import: a `.dtia.json` text, or a report PDF that carries one. */
export type SingleImportSource = { fileName: string } & ({ kind: 'file'; content: string } | { kind: 'pdf'; pdf: Buffer });

export interface ExchangeService {
  previewAssessmentImport(source: SingleImportSource): ImportPreview;
  /** Imports one assessment; replacing a stored one backs up the database first (`backup`). */
  importAssessment(source: SingleImportSource, choice?: ConflictChoice): Promise<ImportedAssessment & { backup: BackupInfo | null }>;
  /** Writes the whole workspace to `target` in a worker; the file appears only when complete. */
  startWorkspaceExport(target: string): JobStatus;
  /** Checks a workspace file without writing; its result names the file by a token for the import that follows. */
  startWorkspacePreview(source: string): JobStatus;
  /** Imports the file a preview checked, resolving the conflicts as `resolution` says. */
  startWorkspaceImport(fileToken: string, resolution: ConflictResolution): JobStatus;
  /** As startWorkspaceImport, for a file named by its path (the command line, tests, the benchmark). */
  startWorkspaceImportFrom(source: string, resolution: ConflictResolution): JobStatus;
  getJob(id: string): JobStatus;
  cancelJob(id: string): JobStatus;
  /** The job's status once it has finished, failed or been cancelled. */
  whenSettled(id: string): Promise<JobStatus>;
  /** Cancels every running job and waits until each has stopped; before a restore and on closing. */
  stopAll(): Promise<void>;
}

export function createExchangeService(deps: ExchangeServiceDeps): ExchangeService {
  const jobs = createJobRegistry({ newId: deps.newId, log: deps.log });
  /** Files a preview checked, by token: the renderer never names a path to read. */
  const checkedFiles = new Map<string, string>();

  function workerFile(): string {
    const health = deps.health();
    if (health.state !== 'ok') throw unavailableFailure(health);
    if (!deps.workerFile) throw new AppFailure('INTERNAL', 'Workspace export and import are not available in this build of DTIA Studio.');
    // A Worker takes a relative path as relative to the process's folder, and only with ./ before it.
    return resolve(deps.workerFile);
  }

  const access = () => ({
    databaseFile: deps.databaseFile,
    nativeBinding: deps.nativeBinding,
    clockOffsetMs: deps.now().getTime() - Date.now(),
  });

  function run<T>(file: string, task: WorkerTask, context: JobContext, onChecked?: Parameters<typeof runExchangeWorker>[2]['onChecked']): Promise<T> {
    const started = runExchangeWorker(file, task, { signal: context.signal, onProgress: context.progress, ...(onChecked ? { onChecked } : {}) });
    context.finishingWhen(started.finishing);
    return started.result as Promise<T>;
  }

  function startImport(source: string, resolution: ConflictResolution): JobStatus {
    const file = workerFile();
    return jobs.start('workspace-import', async (context) => {
      let backup: BackupInfo | null = null;
      const task: WorkerTask = { kind: 'import', ...access(), source, fileName: basename(source), resolution, resourcesDir: deps.resourcesDir, actor: deps.actor() };
      const imported = await run<WorkspaceImport>(file, task, context, async ({ databaseHasAssessments }) => {
        if (!databaseHasAssessments) return { backupId: null };
        backup = await deps.backups.create('before-import');
        return { backupId: backup.id };
      });
      return { ...imported, kind: 'workspace-import', fileName: basename(source), backup };
    });
  }

  return {
    previewAssessmentImport: (source) => deps.assessments.previewImport(source),

    async importAssessment(source, choice) {
      let backup: BackupInfo | null = null;
      if (choice === 'replace' && deps.assessments.previewImport(source).conflicts.length > 0) {
        backup = await deps.backups.create('before-import');
      }
      const imported =
        source.kind === 'pdf'
          ? deps.assessments.importPdf(source.fileName, source.pdf, choice)
          : deps.assessments.importFile(source.fileName, source.content, choice);
      return { ...imported, backup };
    },

    startWorkspaceExport(target) {
      const file = workerFile();
      return jobs.start('workspace-export', async (context) => {
        // Beside the target, so that the finished file is renamed into place on the same disk.
        const temporary = join(dirname(target), `${basename(target)}.${deps.newId()}.partial`);
        const task: WorkerTask = { kind: 'export', ...access(), target, temporary, appVersion: deps.appVersion };
        try {
          const exported = await run<WorkspaceExport>(file, task, context);
          return { ...exported, kind: 'workspace-export', fileName: basename(target) };
        } finally {
          // A cancelled worker cannot clean up after itself; after a success the name is gone already.
          rmSync(temporary, { force: true });
        }
      });
    },

    startWorkspacePreview(source) {
      const file = workerFile();
      return jobs.start('workspace-preview', async (context) => {
        const checked = await run<WorkspaceCheck>(file, { kind: 'check', ...access(), source }, context);
        const fileToken = deps.newId();
        checkedFiles.set(fileToken, source);
        const { header } = checked;
        return {
          kind: 'workspace-preview',
          fileToken,
          fileName: basename(source),
          exportedAt: header.exportedAt,
          appVersion: header.appVersion,
          counts: header.counts,
          conflicts: checked.conflicts,
          history: checked.history,
        };
      });
    },

    startWorkspaceImport(fileToken, resolution) {
      const source = checkedFiles.get(fileToken);
      if (source === undefined) throw new AppFailure('NOT_FOUND', 'The workspace file to import was not checked first; choose it again.');
      return startImport(source, resolution);
    },

    startWorkspaceImportFrom: (source, resolution) => startImport(source, resolution),
    getJob: (id) => jobs.get(id),
    cancelJob: (id) => jobs.cancel(id),
    whenSettled: (id) => jobs.settled(id),
    stopAll: () => jobs.stopAll(),
  };
}
