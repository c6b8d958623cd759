import type Database from 'better-sqlite3';
import type { LawLibrary } from '../../../shared/domain/law-library';
import { AppFailure } from '../../../shared/domain/result';
import { choiceFor, type ConflictResolution } from '../../../shared/exchange/conflicts';
import type { JobPhase } from '../../../shared/exchange/jobs';
import type { WorkspaceHeader } from '../../../shared/exchange/workspace-format';
import { createAuditLog } from '../audit/audit-log';
import { checkWorkspace } from './check-workspace';
import { createRecordImporter } from './import-records';
import { schemaFacts } from './schema-facts';
import { readWorkspace } from './workspace-reader';
import type { WorkspaceCheck, WorkspaceImport } from './workspace-types';

export interface ImportOptions {
  source: string;
  fileName: string;
  resolution: ConflictResolution;
  lawLibrary: LawLibrary;
  now: () => Date;
  actor: () => string;
  newId: () => string;
  /** Overall progress from 0 to 1: checking the file is the first part, writing it the rest. */
  onProgress: (phase: JobPhase, progress: number) => void;
  /** The file is sound and every conflict resolved; resolves once the database was backed up, with the backup's id. */
  checked: (facts: { databaseHasAssessments: boolean }) => Promise<{ backupId: string | null }>;
  /** Claims the right to commit; false when the import was cancelled meanwhile. */
  finish: () => boolean;
  isCancelled: () => boolean;
}

/** Checking reads the file once, writing once more; the writing takes the larger share of the time. */
const CHECK_SHARE = 0.3;
/** How many conflicts a refusal names. */
const NAMED_CONFLICTS = 20;

function cancelled(): AppFailure {
  return new AppFailure('CANCELLED', 'The import was cancelled; nothing was written.');
}

/** A record the database refuses (a duplicate kept version, a broken reference) is a fault of the file. */
function asRecordFailure(error: unknown, line: number): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return new AppFailure('WORKSPACE_DAMAGED', `Line ${line} of the workspace file cannot be stored: ${(error as Error).message}`);
  }
  return error;
}

function refuseOpenConflicts(check: WorkspaceCheck, resolution: ConflictResolution): void {
  const open = check.conflicts.filter((conflict) => choiceFor(resolution, conflict.id) === null);
  if (open.length === 0) return;
  throw new AppFailure(
    'IMPORT_CONFLICT',
    `${open.length} of the assessments in the workspace are already stored here. Choose whether to keep both or to replace them.`,
    open.slice(0, NAMED_CONFLICTS).map((conflict) => `${conflict.id}: “${conflict.importedTitle}”`),
  );
}

/**
 * Imports a workspace file in one transaction: all of it or nothing. The file is read through once to check it
 * (nothing is written when it is damaged, cut short, or leaves a conflict unresolved), the database is backed up, and
 * the file is read again and written. Records a 'workspace-import' entry that says where the imported history went.
 */
export async function importWorkspace(db: Database.Database, options: ImportOptions): Promise<WorkspaceImport> {
  const check = await checkWorkspace(db, options.source, (fraction) => options.onProgress('checking', fraction * CHECK_SHARE));
  refuseOpenConflicts(check, options.resolution);
  if (options.isCancelled()) throw cancelled();
  const databaseHasAssessments = db.prepare('SELECT 1 FROM assessments LIMIT 1').get() !== undefined;
  options.onProgress('backing-up', CHECK_SHARE);
  const { backupId } = await options.checked({ databaseHasAssessments });

  const importId = options.newId();
  const audit = createAuditLog(db, { now: options.now, actor: options.actor });
  const importer = createRecordImporter(db, {
    now: options.now,
    newId: options.newId,
    lawLibrary: options.lawLibrary,
    audit,
    resolution: options.resolution,
    facts: schemaFacts(db),
    fileName: options.fileName,
    importId,
  });

  db.exec('BEGIN IMMEDIATE');
  try {
    const readout = await readWorkspace(
      options.source,
      {
        record(record, line) {
          if (options.isCancelled()) throw cancelled();
          try {
            if (record.type === 'assessment') importer.assessment(record);
            else if (record.type === 'vendor') importer.vendor(record);
            else if (record.type === 'template') importer.template(record);
            else if (record.type === 'audit') importer.history(record.entry);
            else importer.earlierHistory(record.importId, record.entry);
          } catch (error) {
            throw asRecordFailure(error, line);
          }
        },
      },
      (fraction) => options.onProgress('writing', CHECK_SHARE + fraction * (1 - CHECK_SHARE)),
    );
    if (readout.fileSha256 !== check.fileSha256) {
      throw new AppFailure('WORKSPACE_DAMAGED', 'The workspace file was changed while it was being imported; nothing was written.');
    }
    const summary = importer.summary();
    audit.append('workspace-import', null, workspaceImportDetails(options, readout.header, check, { ...summary, importId, backupId }));
    options.onProgress('finishing', 1);
    if (!options.finish()) throw cancelled();
    db.exec('COMMIT');
    return { kind: 'import', counts: summary.counts, keptBoth: summary.keptBoth, replaced: summary.replaced, importId, history: check.history };
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

function workspaceImportDetails(
  options: ImportOptions,
  header: WorkspaceHeader,
  check: WorkspaceCheck,
  outcome: { counts: WorkspaceImport['counts']; keptBoth: number; replaced: number; importId: string; backupId: string | null },
): Record<string, unknown> {
  const { counts } = outcome;
  return {
    fileName: options.fileName,
    fileSha256: check.fileSha256,
    exportedAt: header.exportedAt,
    appVersion: header.appVersion,
    counts: { assessments: counts.assessments, versions: counts.versions, vendors: counts.vendors, templates: counts.templates },
    keptBoth: outcome.keptBoth,
    replaced: outcome.replaced,
    backup: outcome.backupId,
    importedHistory: {
      importId: outcome.importId,
      entries: counts.audit,
      head: header.auditHead,
      intact: check.history.intact,
      firstBroken: check.history.firstBroken,
      keptIn: 'imported_audit_log',
      how:
        'The audit log of the exported workspace is kept exactly as exported, as a chain of its own under this import id, and is not linked into this log. ' +
        'Its head is recorded here, in this chain, so that a later change to the imported copy shows when it is checked against this entry.',
      earlierImportedEntries: counts.importedAudit,
    },
  };
}
