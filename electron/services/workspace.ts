import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { LawLibrary } from '../../shared/domain/law-library';
import { profileActor } from './audit/actor';
import { createAuditLog, type AuditLog } from './audit/audit-log';
import { createLifecycleService } from './lifecycle/lifecycle-service';
import { createBackupService, type BackupService } from './backup/backup-service';
import { createAssessmentStore } from './database/assessment-store';
import { unavailableFailure } from './database/database-health';
import { openCheckedDatabase } from './database/open-database';
import { createPortfolioService } from './portfolio/portfolio-service';
import { createPortfolioCsvService } from './portfolio/portfolio-csv';
import { createTemplateService } from './templates/template-service';
import { createVendorDocumentService } from './vendors/vendor-documents';
import { createVendorService } from './vendors/vendor-service';
import { createSettingsService } from './settings/settings-service';
import { createTrustService } from './signing/trust-service';
import type {
  AssessmentStore,
  DataProblem,
  LifecycleService,
  PortfolioCsvService,
  PortfolioService,
  ServicesHealth,
  SettingsService,
  TemplateService,
  TrustService,
  VendorDocumentService,
  VendorService,
} from './types';

/** The services that live on the database connection. */
export interface DatabaseServices {
  assessments: AssessmentStore;
  portfolio: PortfolioService;
  portfolioCsv: PortfolioCsvService;
  vendors: VendorService;
  vendorDocuments: VendorDocumentService;
  templates: TemplateService;
  /** The hash-chained record of every change, written in the transaction of the change it records. */
  audit: AuditLog;
  /** The status workflow and the kept versions, in the same transactions as the audit entries. */
  lifecycle: LifecycleService;
  trust: TrustService;
  settings: SettingsService;
}

/**
 * The open database with everything built on its connection, or the reason the database cannot be used. A restore
 * closes one workspace and opens the next on the same file.
 */
export interface Workspace {
  health: ServicesHealth;
  data: DatabaseServices;
  /** Backups through the open connection; null while the database cannot be used. */
  backups: BackupService | null;
  close(): void;
}

export interface WorkspaceOptions {
  databaseFile: string;
  backupsDir: string;
  now: () => Date;
  lawLibrary: () => LawLibrary;
  /** The app's resources/ folder, where the sample vendor documents ship. */
  resourcesDir: string;
  nativeBinding?: string | undefined;
  /** Another running instance has the database open; see InspectOptions. */
  attached: boolean;
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

export function refusedWorkspace(problem: DataProblem): Workspace {
  return {
    health: problem,
    data: {
      assessments: refusing(problem),
      portfolio: refusing(problem),
      portfolioCsv: refusing(problem),
      vendors: refusing(problem),
      vendorDocuments: refusing(problem),
      templates: refusing(problem),
      audit: refusing(problem),
      lifecycle: refusing(problem),
      trust: refusing(problem),
      settings: refusing(problem),
    },
    backups: null,
    close: () => {},
  };
}

function databaseServices(db: Database.Database, options: WorkspaceOptions): DatabaseServices {
  const settings = createSettingsService(db);
  const actor = profileActor(() => settings.profile().name);
  const audit = createAuditLog(db, { now: options.now, actor });
  const assessments = createAssessmentStore(db, { now: options.now, newId: randomUUID, lawLibrary: options.lawLibrary, audit, actor });
  const lifecycle = createLifecycleService(db, {
    now: options.now,
    actor,
    lawLibrary: options.lawLibrary,
    current: (id) => assessments.get(id),
    audit,
  });
  const portfolio = createPortfolioService(db, { now: options.now, newId: randomUUID });
  return {
    assessments,
    portfolio,
    portfolioCsv: createPortfolioCsvService({ now: options.now, portfolio }),
    vendors: createVendorService(db, { now: options.now, newId: randomUUID, audit }),
    vendorDocuments: createVendorDocumentService(db, { now: options.now, newId: randomUUID, audit, resourcesDir: options.resourcesDir }),
    templates: createTemplateService(db, { now: options.now, newId: randomUUID, assessments }),
    audit,
    lifecycle,
    trust: createTrustService(db, { now: options.now }),
    settings,
  };
}

/** Inspects and opens the database (backing it up first when its schema must be migrated); a refusal when it cannot be used. */
export function openWorkspace(options: WorkspaceOptions): Workspace {
  const { databaseFile, backupsDir, now, nativeBinding } = options;
  const opened = openCheckedDatabase(databaseFile, { nativeBinding, attached: options.attached, backupsDir, now });
  if (opened.db === null) return refusedWorkspace(opened.problem);
  const db = opened.db;
  return {
    health: { state: 'ok' },
    data: databaseServices(db, options),
    backups: createBackupService({ db, databaseFile, backupsDir, now, nativeBinding }),
    close: () => db.close(),
  };
}

/**
 * A service object that always reaches the current workspace's service of that name, so that whoever holds it (the
 * IPC handlers, the report service) keeps working after a restore replaced the workspace.
 */
export function forwarding<T extends object>(current: () => T): T {
  return new Proxy({} as T, {
    get: (_target, property) => {
      if (typeof property !== 'string' || property === 'then') return undefined;
      return (...args: unknown[]) => {
        const target = current();
        return (Reflect.get(target, property) as (...parameters: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
