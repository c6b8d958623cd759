import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createAssessmentStore } from './database/assessment-store';
import { openDatabase } from './database/open-database';
import { loadLawLibrary } from './law-library';
import { createReportService } from './report/report-service';
import { createIdentityService } from './signing/identity-service';
import { createSettingsService } from './settings/settings-service';
import { createTrustService } from './signing/trust-service';
import type { Services, ServicesOptions } from './types';

export const DATABASE_FILE = 'dtia.sqlite';

/** Builds every backend service from a data directory; the Electron main process, the CLI and the tests all use it. */
export function createServices(options: ServicesOptions): Services {
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, DATABASE_FILE), { nativeBinding: options.sqliteNativeBinding });
  const lawLibrary = () => loadLawLibrary(options.resourcesDir);
  const assessments = createAssessmentStore(db, { now, newId: randomUUID, lawLibrary });
  const identity = createIdentityService({ dataDir: options.dataDir, secretBox: options.secretBox, now });
  const trust = createTrustService(db, { now });
  const settings = createSettingsService(db);
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
    close: () => db.close(),
  };
}
