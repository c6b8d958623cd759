import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackupFileName } from '../../shared/backup/backup-name';
import type { Assessment } from '../../shared/domain/assessment';
import { backupBeforeMigration } from '../../electron/services/backup/before-migration';
import { backupsDirOf } from '../../electron/services/backup/backup-folder';
import { createBackupService, type BackupService } from '../../electron/services/backup/backup-service';
import { scheduleDailyBackups } from '../../electron/services/backup/daily-schedule';
import { restoreBackup } from '../../electron/services/backup/restore';
import { createAssessmentStore } from '../../electron/services/database/assessment-store';
import { MIGRATIONS, runMigrations } from '../../electron/services/database/migrations';
import { openDatabase } from '../../electron/services/database/open-database';
import { DATABASE_FILE, createServices } from '../../electron/services/index';
import { loadLawLibrary } from '../../electron/services/law-library';
import { resourcesDir } from '../../electron/services/paths';
import type { Services } from '../../electron/services/types';
import { failureOf, rejectionCode } from './support/failures';

const RESOURCES = resourcesDir();
const SAMPLE = readFileSync(join(RESOURCES, 'examples/telnyx-sample.dtia.json'), 'utf8');
const DAY_MS = 24 * 60 * 60 * 1000;

let work: string;
let dataDir: string;
let databaseFile: string;
let backupsDir: string;
const toClose: Array<{ close(): void }> = [];

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'dtia-backup-'));
  dataDir = join(work, 'data');
  databaseFile = join(dataDir, DATABASE_FILE);
  backupsDir = backupsDirOf(dataDir);
});

afterEach(() => {
  for (const item of toClose.splice(0).reverse()) {
    try {
      item.close();
    } catch {
      // already closed by the test
    }
  }
  rmSync(work, { recursive: true, force: true });
});

function openServices(now?: () => Date): Services {
  const services = createServices({ dataDir, resourcesDir: RESOURCES, appVersion: 'test', ...(now ? { now } : {}) });
  toClose.push(services);
  return services;
}

/** A second connection to the app's database, as the backup service is given one. */
function connection(): Database.Database {
  const db = openDatabase(databaseFile);
  toClose.push(db);
  return db;
}

function importSample(services: Services, times: number): Assessment[] {
  return Array.from({ length: times }, () => services.assessments.importText('telnyx.dtia.json', SAMPLE));
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** What an independent read-only connection finds in a database file. */
function inspect(file: string): { integrity: string[]; rows: Map<string, string>; tables: string[]; schemaVersion: number | null } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    const rows = new Map((db.prepare('SELECT id, title FROM assessments').all() as Array<{ id: string; title: string }>).map((r) => [r.id, r.title]));
    const schemaVersion = db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number | null;
    return { integrity, rows, tables, schemaVersion };
  } finally {
    db.close();
  }
}

/** Files beside the database that a restore may create: journals, temporary copies, files moved aside. */
function leftBeside(file: string): string[] {
  const name = basename(file);
  return readdirSync(dirname(file)).filter((entry) => entry.startsWith(name) && entry !== name);
}

function backupService(db: Database.Database, extra: Partial<Parameters<typeof createBackupService>[0]> = {}): BackupService {
  return createBackupService({ db, databaseFile, backupsDir, ...extra });
}

describe('backups of the database in use', () => {
  it('are complete and sound while another connection keeps writing, and hold everything committed before they started', async () => {
    const services = openServices();
    const imported = importSample(services, 120);
    const committed = new Set(services.assessments.list().map((s) => s.id));
    expect(committed.size).toBe(120);
    const backups = backupService(connection(), { pagesPerStep: 4 });

    let finished = false;
    const pending = backups.create('manual');
    pending.then(
      () => (finished = true),
      () => (finished = true),
    );
    let writesDuring = 0;
    const sample = imported[0]!;
    while (!finished) {
      // Saves and imports through the app's own connection, between the steps of the backup.
      services.assessments.save({ ...sample, title: `Edited ${writesDuring}` });
      services.assessments.importText('telnyx.dtia.json', SAMPLE);
      writesDuring += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const info = await pending;

    expect(writesDuring).toBeGreaterThan(0);
    const copy = inspect(join(backupsDir, info.id));
    expect(copy.integrity).toEqual(['ok']);
    expect([...committed].filter((id) => !copy.rows.has(id))).toEqual([]);
    expect(info).toMatchObject({ reason: 'manual', assessments: copy.rows.size, schemaVersion: MIGRATIONS.length });
    expect(info.bytes).toBe(statSync(join(backupsDir, info.id)).size);
    // One self-contained file: nothing half-written or journal-like beside it.
    expect(readdirSync(backupsDir)).toEqual([info.id]);
  });

  it('follow the writes made through their own connection while they run', async () => {
    openServices().close();
    const db = connection();
    const store = createAssessmentStore(db, { now: () => new Date(), newId: randomUUID, lawLibrary: () => loadLawLibrary(RESOURCES) });
    for (let i = 0; i < 120; i += 1) store.importText('telnyx.dtia.json', SAMPLE);
    const committed = store.list().map((s) => s.id);
    const backups = backupService(db, { pagesPerStep: 8 });

    let finished = false;
    const pending = backups.create('daily');
    pending.then(
      () => (finished = true),
      () => (finished = true),
    );
    const during: string[] = [];
    while (!finished) {
      during.push(store.importText('telnyx.dtia.json', SAMPLE).id);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const info = await pending;

    expect(during.length).toBeGreaterThan(10);
    const copy = inspect(join(backupsDir, info.id));
    expect(copy.integrity).toEqual(['ok']);
    expect(committed.filter((id) => !copy.rows.has(id))).toEqual([]);
    // The copy is one state of the database: every row in it exists in the database as well.
    const live = new Set(store.list().map((s) => s.id));
    expect([...copy.rows.keys()].filter((id) => !live.has(id))).toEqual([]);
  });

  it('give two backups started in the same second different names', async () => {
    openServices();
    const backups = backupService(connection(), { now: () => new Date('2026-11-22T10:15:00.250Z') });
    const [first, second] = await Promise.all([backups.create('manual'), backups.create('manual')]);
    expect([first.id, second.id].sort()).toEqual(['dtia-2026-11-22T10-15-00Z-2-manual.sqlite', 'dtia-2026-11-22T10-15-00Z-manual.sqlite']);
    expect(backups.list().map((b) => b.id)).toEqual(['dtia-2026-11-22T10-15-00Z-2-manual.sqlite', 'dtia-2026-11-22T10-15-00Z-manual.sqlite']);
  });

  it('refuses a reason it does not know', async () => {
    openServices();
    const backups = backupService(connection());
    expect(await rejectionCode(() => backups.create('weekly' as never))).toBe('INVALID_REQUEST');
  });
});

describe('rotation', () => {
  it('leaves 7 daily, 4 weekly and the recent before-migration backups after 60 days of daily backups', async () => {
    let clock = new Date('2026-01-01T09:00:00Z');
    const services = openServices(() => clock);
    importSample(services, 3);
    const backups = backupService(connection(), { now: () => clock });

    for (let day = 0; day < 60; day += 1) {
      clock = new Date(Date.parse('2026-01-01T09:00:00Z') + day * DAY_MS);
      if (backups.due()) await backups.create('daily');
      expect(backups.due()).toBe(false);
      if (day === 20 || day === 50) {
        clock = new Date(clock.getTime() + 60 * 60 * 1000);
        expect(backupBeforeMigration(databaseFile, backupsDir, clock)).not.toBeNull();
      }
      services.assessments.importText('telnyx.dtia.json', SAMPLE);
      backups.prune();
    }

    const left = backups.list();
    expect(left.map((b) => b.id)).toEqual([
      ...['03-01', '02-28', '02-27', '02-26', '02-25', '02-24', '02-23'].map((d) => `dtia-2026-${d}T09-00-00Z-daily.sqlite`),
      // The newest of ISO weeks 8, 7, 6 and 5.
      'dtia-2026-02-22T09-00-00Z-daily.sqlite',
      // Made before a migration nine days ago; the one of 21 January is older than 30 days and not the newest.
      'dtia-2026-02-20T10-00-00Z-before-migration.sqlite',
      ...['02-15', '02-08', '02-01'].map((d) => `dtia-2026-${d}T09-00-00Z-daily.sqlite`),
    ]);
    for (const backup of left) {
      expect(inspect(join(backupsDir, backup.id)).integrity).toEqual(['ok']);
    }
    // Each copy holds what had been imported by its day: three at the start, one more each day.
    expect(left[0]).toMatchObject({ reason: 'daily', assessments: 3 + 59, schemaVersion: MIGRATIONS.length });
    expect(left.find((b) => b.reason === 'before-migration')).toMatchObject({ assessments: 3 + 50 });
    expect(readdirSync(backupsDir).sort()).toEqual(left.map((b) => b.id).sort());
  });

  it('is due once no backup was made in the last 24 hours, and a backup dated ahead of the clock does not hold it off', async () => {
    let clock = new Date('2026-05-01T08:00:00Z');
    openServices();
    const backups = backupService(connection(), { now: () => clock });
    expect(backups.due()).toBe(true);
    await backups.create('start');
    expect(backups.due(new Date('2026-05-02T07:59:59Z'))).toBe(false);
    expect(backups.due(new Date('2026-05-02T08:00:00Z'))).toBe(true);

    clock = new Date('2031-01-01T00:00:00Z');
    await backups.create('manual');
    expect(backups.due(new Date('2026-05-03T12:00:00Z'))).toBe(true);
  });

  it('removes copies a crash left unfinished, and nothing it does not recognise', async () => {
    openServices();
    const backups = backupService(connection(), { now: () => new Date('2026-05-01T08:00:00Z') });
    await backups.create('start');
    mkdirSync(backupsDir, { recursive: true });
    writeFileSync(join(backupsDir, 'dtia-2026-04-30T23-00-00Z-daily.sqlite.partial'), 'half a copy');
    writeFileSync(join(backupsDir, 'dtia-2026-04-30T23-00-00Z-daily.sqlite.partial-journal'), 'its journal');
    writeFileSync(join(backupsDir, 'notes.txt'), 'kept by the user');
    writeFileSync(join(backupsDir, 'dtia-2020-01-01T00-00-00Z-weekly.sqlite'), 'not a name the app writes');

    expect(backups.list().map((b) => b.id)).toEqual(['dtia-2026-05-01T08-00-00Z-start.sqlite']);
    expect(backups.prune()).toEqual([]);
    expect(readdirSync(backupsDir).sort()).toEqual(['dtia-2020-01-01T00-00-00Z-weekly.sqlite', 'dtia-2026-05-01T08-00-00Z-start.sqlite', 'notes.txt']);
  });

  it('makes the daily backup from a schedule while the app runs', async () => {
    let clock = new Date('2026-05-01T08:00:00Z');
    openServices();
    const backups = backupService(connection(), { now: () => clock });
    const errors: unknown[] = [];
    const schedule = scheduleDailyBackups(backups, { checkEveryMs: 60 * 60 * 1000, onError: (error) => errors.push(error) });
    try {
      await Promise.all([schedule.check(), schedule.check()]);
      clock = new Date('2026-05-01T20:00:00Z');
      await schedule.check();
      clock = new Date('2026-05-02T08:00:01Z');
      await schedule.check();
    } finally {
      schedule.stop();
    }
    expect(errors).toEqual([]);
    expect(backups.list().map((b) => b.id)).toEqual(['dtia-2026-05-02T08-00-01Z-daily.sqlite', 'dtia-2026-05-01T08-00-00Z-daily.sqlite']);
  });
});

describe('restoreBackup', () => {
  it('brings back the content of the backup and keeps the state before it as a before-restore backup', async () => {
    let services = openServices();
    const [first] = importSample(services, 2);
    const db = connection();
    const backups = backupService(db, { now: () => new Date('2026-06-01T10:00:00Z') });
    const backup = await backups.create('manual');
    const atBackup = new Map(services.assessments.list().map((s) => [s.id, s.title]));

    services.assessments.save({ ...first!, title: 'Renamed after the backup' });
    const added = services.assessments.importText('telnyx.dtia.json', SAMPLE);
    const beforeRestoreState = new Map(services.assessments.list().map((s) => [s.id, s.title]));
    await backups.whenIdle();
    db.close();
    services.close();

    const result = restoreBackup({ databaseFile, backupsDir, id: backup.id, now: new Date('2026-06-02T09:30:00Z') });

    expect(result.restored).toMatchObject({ id: backup.id, assessments: 2 });
    expect(result.damagedFileMovedTo).toBeNull();
    expect(result.beforeRestore?.id).toBe('dtia-2026-06-02T09-30-00Z-before-restore.sqlite');
    expect(leftBeside(databaseFile)).toEqual([]);
    expect(inspect(databaseFile).integrity).toEqual(['ok']);

    services = openServices();
    expect(new Map(services.assessments.list().map((s) => [s.id, s.title]))).toEqual(atBackup);
    expect(() => services.assessments.get(added.id)).toThrow();
    const kept = inspect(join(backupsDir, result.beforeRestore!.id));
    expect(kept.integrity).toEqual(['ok']);
    expect(kept.rows).toEqual(beforeRestoreState);
    expect(services.assessments.list()).toHaveLength(2);
  });

  it('keeps what a crashed process had committed only to the -wal file in the before-restore copy', async () => {
    const services = openServices();
    importSample(services, 1);
    const backups = backupService(connection(), { now: () => new Date('2026-06-01T10:00:00Z') });
    const backup = await backups.create('manual');
    await backups.whenIdle();
    for (const item of toClose.splice(0)) item.close();

    // A process that commits an import and is killed before any checkpoint: the row exists only in dtia.sqlite-wal.
    const script = `
      const Database = require('better-sqlite3');
      const db = new Database(${JSON.stringify(databaseFile)});
      db.pragma('wal_autocheckpoint = 0');
      db.prepare("INSERT INTO settings (key, value) VALUES ('written-before-the-crash', '\\"yes\\"')").run();
      process.kill(process.pid, 'SIGKILL');
    `;
    expect(() => execFileSync(process.execPath, ['-e', script], { cwd: process.cwd(), stdio: 'pipe' })).toThrow();
    expect(statSync(`${databaseFile}-wal`).size).toBeGreaterThan(0);

    const result = restoreBackup({ databaseFile, backupsDir, id: backup.id, now: new Date('2026-06-01T11:00:00Z') });

    const copy = new Database(join(backupsDir, result.beforeRestore!.id), { readonly: true });
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'written-before-the-crash'").pluck().get()).toBe('"yes"');
    copy.close();
    expect(existsSync(`${databaseFile}-wal`)).toBe(false);
    const restored = new Database(databaseFile, { readonly: true });
    expect(restored.prepare("SELECT COUNT(*) FROM settings WHERE key = 'written-before-the-crash'").pluck().get()).toBe(0);
    restored.close();
  });

  it.each([
    ['truncated to half its size', (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2))],
    [
      'with a page overwritten',
      (file: string) => {
        const fd = openSync(file, 'r+');
        writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096 * 3);
        closeSync(fd);
      },
    ],
    ['with its header overwritten', (file: string) => writeFileSync(file, Buffer.concat([Buffer.from('not a database any more'), readFileSync(file).subarray(23)]))],
  ])('moves a database file %s aside untouched and restores the backup', async (_label, damage) => {
    const services = openServices();
    importSample(services, 30);
    const backups = backupService(connection(), { now: () => new Date('2026-06-01T10:00:00Z') });
    const backup = await backups.create('manual');
    await backups.whenIdle();
    for (const item of toClose.splice(0)) item.close();
    damage(databaseFile);
    const damagedBytes = sha256(databaseFile);

    const result = restoreBackup({ databaseFile, backupsDir, id: backup.id, now: new Date('2026-06-03T07:00:00Z') });

    expect(result.damagedFileMovedTo).toBe(`${databaseFile}.damaged-2026-06-03T07-00-00Z`);
    expect(sha256(result.damagedFileMovedTo!)).toBe(damagedBytes);
    expect(result.beforeRestore).toBeNull();
    expect(readdirSync(backupsDir)).toEqual([backup.id]);
    expect(inspect(databaseFile).rows.size).toBe(30);
    expect(openServices().assessments.list()).toHaveLength(30);
  });

  it('never overwrites an earlier damaged file moved aside at the same time', async () => {
    const services = openServices();
    importSample(services, 1);
    const backups = backupService(connection(), { now: () => new Date('2026-06-01T10:00:00Z') });
    const backup = await backups.create('manual');
    await backups.whenIdle();
    for (const item of toClose.splice(0)) item.close();
    const now = new Date('2026-06-03T07:00:00Z');

    writeFileSync(databaseFile, 'first damage');
    const first = restoreBackup({ databaseFile, backupsDir, id: backup.id, now });
    writeFileSync(databaseFile, 'second damage');
    const second = restoreBackup({ databaseFile, backupsDir, id: backup.id, now });

    expect(second.damagedFileMovedTo).toBe(`${first.damagedFileMovedTo}-2`);
    expect(readFileSync(first.damagedFileMovedTo!, 'utf8')).toBe('first damage');
    expect(readFileSync(second.damagedFileMovedTo!, 'utf8')).toBe('second damage');
  });

  it('refuses ids that are paths, or name no backup in the folder, and changes nothing', async () => {
    const services = openServices();
    importSample(services, 1);
    const backups = backupService(connection(), { now: () => new Date('2026-06-01T10:00:00Z') });
    const backup = await backups.create('manual');
    await backups.whenIdle();
    for (const item of toClose.splice(0)) item.close();

    // A sound database outside the folder, and a link inside the folder that points to it.
    const outside = join(work, 'dtia-2026-06-01T09-00-00Z-manual.sqlite');
    writeFileSync(outside, readFileSync(join(backupsDir, backup.id)));
    symlinkSync(outside, join(backupsDir, 'dtia-2026-06-01T08-00-00Z-manual.sqlite'));
    writeFileSync(join(backupsDir, 'notes.txt'), 'not a backup');
    const before = sha256(databaseFile);

    for (const id of [
      `../${backup.id}`,
      `backups/${backup.id}`,
      join(backupsDir, backup.id),
      '../dtia.sqlite',
      '../../data/dtia.sqlite',
      `..\\${backup.id}`,
      `${backup.id}/.`,
      outside,
      '../dtia-2026-06-01T09-00-00Z-manual.sqlite',
      'dtia-2026-06-01T08-00-00Z-manual.sqlite',
      'dtia-2026-06-01T07-00-00Z-manual.sqlite',
      'notes.txt',
      '',
    ]) {
      const failure = failureOf(() => restoreBackup({ databaseFile, backupsDir, id, now: new Date('2026-06-02T00:00:00Z') }));
      expect([id, failure.code]).toEqual([id, 'BACKUP_NOT_FOUND']);
    }
    expect(sha256(databaseFile)).toBe(before);
    expect(readdirSync(backupsDir).sort()).toEqual([backup.id, 'dtia-2026-06-01T08-00-00Z-manual.sqlite', 'notes.txt'].sort());
  });

  it('refuses a damaged backup, or one from a newer version, and changes nothing', async () => {
    const services = openServices();
    importSample(services, 20);
    const backups = backupService(connection(), { now: () => new Date('2026-06-01T10:00:00Z') });
    const damaged = await backups.create('manual');
    const newer = await backups.create('daily');
    await backups.whenIdle();
    for (const item of toClose.splice(0)) item.close();
    truncateSync(join(backupsDir, damaged.id), Math.floor(damaged.bytes / 2));
    const raw = new Database(join(backupsDir, newer.id));
    raw.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from-the-future', '2030-01-01T00:00:00.000Z')").run();
    raw.close();
    const before = sha256(databaseFile);

    expect(failureOf(() => restoreBackup({ databaseFile, backupsDir, id: damaged.id })).code).toBe('BACKUP_DAMAGED');
    expect(failureOf(() => restoreBackup({ databaseFile, backupsDir, id: newer.id })).code).toBe('DATABASE_NEWER');
    expect(sha256(databaseFile)).toBe(before);
    expect(readdirSync(backupsDir).sort()).toEqual([damaged.id, newer.id].sort());
    expect(leftBeside(databaseFile)).toEqual([]);
  });
});

describe('backupBeforeMigration', () => {
  /** A database as version 2 of the app left it, holding one assessment stored by the current app. */
  function writeVersion2Database(): { id: string } {
    const source = createServices({ dataDir: join(work, 'source'), resourcesDir: RESOURCES, appVersion: 'test' });
    const imported = source.assessments.importText('telnyx.dtia.json', SAMPLE);
    source.close();
    const current = new Database(join(work, 'source', DATABASE_FILE), { readonly: true });
    const row = current.prepare('SELECT * FROM assessments').get() as Record<string, unknown>;
    current.close();

    mkdirSync(dataDir, { recursive: true });
    const raw = new Database(databaseFile);
    raw.pragma('journal_mode = WAL');
    runMigrations(raw, MIGRATIONS.filter((m) => m.version <= 2));
    raw
      .prepare(
        `INSERT INTO assessments (id, title, importer, destination, status, next_review_date, created_at, updated_at, document)
         VALUES (@id, @title, @importer, @destination, @status, @next_review_date, @created_at, @updated_at, @document)`,
      )
      .run(row);
    raw.close();
    return { id: imported.id };
  }

  it('copies a version 2 database so that the copy opens with the old schema, while the original is migrated', () => {
    const { id } = writeVersion2Database();
    // The app has the database open, as openDatabase has when it finds migrations pending.
    const reader = new Database(databaseFile);
    toClose.push(reader);

    const info = backupBeforeMigration(databaseFile, backupsDir, new Date('2026-07-01T06:00:00Z'));
    reader.close();

    expect(info).toMatchObject({ id: 'dtia-2026-07-01T06-00-00Z-before-migration.sqlite', reason: 'before-migration', assessments: 1, schemaVersion: 2 });
    const copyFile = join(backupsDir, info!.id);
    const copyBytes = sha256(copyFile);
    const migrated = openDatabase(databaseFile);
    migrated.close();

    const copy = inspect(copyFile);
    expect(copy.integrity).toEqual(['ok']);
    expect(copy.schemaVersion).toBe(2);
    expect(copy.tables).toEqual(['assessments', 'schema_migrations']);
    expect([...copy.rows.keys()]).toEqual([id]);
    expect(sha256(copyFile)).toBe(copyBytes);
    expect(inspect(databaseFile).schemaVersion).toBe(MIGRATIONS.length);
    expect(parseBackupFileName(info!.id)?.reason).toBe('before-migration');
    // A self-contained file: it opens read-only without leaving journal files in the backups folder.
    expect(readdirSync(backupsDir)).toEqual([info!.id]);
  });

  it('includes transactions committed only to the -wal file', () => {
    writeVersion2Database();
    const writer = new Database(databaseFile);
    toClose.push(writer);
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare("UPDATE assessments SET title = 'Committed to the WAL only'").run();

    const info = backupBeforeMigration(databaseFile, backupsDir, new Date('2026-07-01T06:00:00Z'));

    expect([...inspect(join(backupsDir, info!.id)).rows.values()]).toEqual(['Committed to the WAL only']);
  });

  it('has nothing to copy for a new, empty database file, and refuses a damaged one', () => {
    mkdirSync(dataDir, { recursive: true });
    expect(backupBeforeMigration(databaseFile, backupsDir)).toBeNull();
    writeFileSync(databaseFile, '');
    expect(backupBeforeMigration(databaseFile, backupsDir)).toBeNull();

    writeFileSync(databaseFile, 'this is plain text, not SQLite '.repeat(200));
    expect(failureOf(() => backupBeforeMigration(databaseFile, backupsDir)).code).toBe('DATABASE_ERROR');
    expect(readdirSync(backupsDir)).toEqual([]);
  });
});
