import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupsDirOf } from '../../electron/services/backup/backup-folder';
import { MIGRATIONS, runMigrations } from '../../electron/services/database/migrations';
import { openDatabase } from '../../electron/services/database/open-database';
import { createHandlers, type Handlers } from '../../electron/services/handlers';
import { DATABASE_FILE, createServices } from '../../electron/services/index';
import { resourcesDir } from '../../electron/services/paths';
import type { Services, ServicesOptions } from '../../electron/services/types';
import type { Result } from '../../shared/domain/result';
import { failureOf } from './support/failures';

const RESOURCES = resourcesDir();
const SAMPLE = readFileSync(join(RESOURCES, 'examples/telnyx-sample.dtia.json'), 'utf8');
const HOUR_MS = 60 * 60 * 1000;

let work: string;
let dataDir: string;
let databaseFile: string;
let backupsDir: string;
const toClose: Array<{ close(): void }> = [];

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'dtia-backup-wiring-'));
  dataDir = join(work, 'data');
  databaseFile = join(dataDir, DATABASE_FILE);
  backupsDir = backupsDirOf(dataDir);
});

afterEach(() => {
  vi.useRealTimers();
  for (const item of toClose.splice(0).reverse()) item.close();
  rmSync(work, { recursive: true, force: true });
});

interface Opened {
  services: Services;
  handlers: Handlers;
  logged: Array<{ message: string; error: unknown }>;
}

function open(options: Partial<ServicesOptions> = {}): Opened {
  const logged: Opened['logged'] = [];
  const log = (message: string, error: unknown) => logged.push({ message, error });
  const services = createServices({ dataDir, resourcesDir: RESOURCES, appVersion: 'test', log, ...options });
  toClose.push(services);
  const handlers = createHandlers(services, { saveFile: async () => ({ saved: false, path: null }) }, log);
  return { services, handlers, logged };
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function titles(services: Services): string[] {
  return services.assessments
    .list()
    .map((summary) => summary.title)
    .sort();
}

/** Rows and schema version of a database file, read by an independent read-only connection. */
function readDatabase(file: string): { integrity: string; titles: string[]; schemaVersion: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      titles: (db.prepare('SELECT title FROM assessments ORDER BY title').pluck().all() as string[]).sort(),
      schemaVersion: db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

describe('automatic backups', () => {
  it('make a start backup after the services are built, then prune to the retention policy', async () => {
    const seeded = open();
    seeded.services.assessments.importText('telnyx.dtia.json', SAMPLE);
    const seed = await seeded.services.backups.create();
    seeded.services.close();
    // Daily backups of twelve days in January 2020, in ISO weeks 1 and 2; the seed itself goes.
    const january = Array.from({ length: 12 }, (_, index) => `dtia-2020-01-${String(12 - index).padStart(2, '0')}T10-00-00Z-daily.sqlite`);
    for (const name of january) writeFileSync(join(backupsDir, name), readFileSync(join(backupsDir, seed.id)));
    rmSync(join(backupsDir, seed.id));

    const { services, logged } = open({ automaticBackups: true });
    // Opening did not wait for the copy: it is still being written when createServices returns.
    expect(services.backups.list().map((backup) => backup.reason)).not.toContain('start');
    await services.backups.whenIdle();

    const listed = services.backups.list();
    const start = listed[0]!;
    expect(start).toMatchObject({ reason: 'start', assessments: 1, schemaVersion: MIGRATIONS.length });
    expect(readDatabase(join(backupsDir, start.id)).integrity).toBe('ok');
    // Seven days: the start backup's and 12 to 7 January; then the newest of each week before: 6 January (week 2) and 5 January (week 1).
    expect(listed.map((backup) => backup.id)).toEqual([start.id, ...january.slice(0, 8)]);
    expect(readdirSync(backupsDir).sort()).toEqual([start.id, ...january.slice(0, 8)].sort());
    expect(logged).toEqual([]);
    expect(services.backups.automaticFailure()).toBeNull();
  });

  it('are not made for a folder opened without its lock (the CLI), nor unless asked for', async () => {
    open().services.close();
    const cli = open({ lock: 'none', automaticBackups: true });
    await cli.services.backups.whenIdle();
    cli.services.close();
    const plain = open();
    await plain.services.backups.whenIdle();
    expect(existsSync(backupsDir) ? readdirSync(backupsDir) : []).toEqual([]);
  });

  it('report a failed start backup in the list and the log, and the app keeps working', async () => {
    open().services.close();
    // The backups folder is a link to a folder that is gone (a disconnected drive): no backup can be written.
    symlinkSync(join(work, 'disconnected-drive', 'backups'), backupsDir);
    const { services, handlers, logged } = open({ automaticBackups: true });
    await services.backups.whenIdle();

    expect(services.health()).toEqual({ state: 'ok' });
    const listed = value(await handlers.listBackups({}));
    expect(listed.automaticFailure).toMatchObject({ reason: 'start', code: 'DATABASE_ERROR', message: expect.stringContaining(backupsDir) });
    expect(logged.map((entry) => entry.message)).toEqual(['The automatic backup (start) failed']);
    expect(value(await handlers.createAssessment({ title: 'Still works' })).title).toBe('Still works');
  });

  it('report a backups folder that cannot be read as a failure with its reason', async () => {
    const { handlers } = open();
    writeFileSync(backupsDir, 'a file where the folder should be');
    expect(await handlers.listBackups({})).toMatchObject({ ok: false, error: { code: 'DATABASE_ERROR', message: expect.stringContaining(backupsDir) } });
  });

  it('make the daily backup while the services run, and stop when they are closed', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let clock = new Date('2026-03-02T08:00:00Z');
    const { services } = open({ automaticBackups: true, now: () => clock });
    await services.backups.whenIdle();
    expect(services.backups.list().map((backup) => backup.id)).toEqual(['dtia-2026-03-02T08-00-00Z-start.sqlite']);

    clock = new Date(clock.getTime() + 25 * HOUR_MS);
    vi.advanceTimersByTime(HOUR_MS);
    await services.backups.whenIdle();
    expect(services.backups.list().map((backup) => backup.id)).toEqual([
      'dtia-2026-03-03T09-00-00Z-daily.sqlite',
      'dtia-2026-03-02T08-00-00Z-start.sqlite',
    ]);

    expect(vi.getTimerCount()).toBe(1);
    services.close();
    expect(vi.getTimerCount()).toBe(0);
    clock = new Date(clock.getTime() + 50 * HOUR_MS);
    vi.advanceTimersByTime(4 * HOUR_MS);
    expect(readdirSync(backupsDir).sort()).toEqual(['dtia-2026-03-02T08-00-00Z-start.sqlite', 'dtia-2026-03-03T09-00-00Z-daily.sqlite']);
  });
});

describe('restoring through the handlers', () => {
  it('brings back an earlier state, backs up the one it replaces, and the handlers keep working on the restored data', async () => {
    const { services, handlers } = open();
    const kept = value(await handlers.createAssessment({ title: 'Kept' }));
    const backup = value(await handlers.createBackup({}));
    expect(backup).toMatchObject({ reason: 'manual', assessments: 1 });

    value(await handlers.saveAssessment({ assessment: { ...kept, title: 'Renamed later' } }));
    value(await handlers.createAssessment({ title: 'Added later' }));
    expect(titles(services)).toEqual(['Added later', 'Renamed later']);

    const outcome = value(await handlers.restoreBackup({ id: backup.id }));
    expect(outcome.health).toEqual({ state: 'ok' });
    expect(outcome.restored.id).toBe(backup.id);
    expect(outcome.damagedFileMovedTo).toBeNull();
    expect(outcome.beforeRestore).toMatchObject({ reason: 'before-restore', assessments: 2 });

    // The same handlers, on the restored database.
    expect(value(await handlers.listAssessments({})).map((summary) => summary.title)).toEqual(['Kept']);
    expect(value(await handlers.getAssessment({ id: kept.id })).title).toBe('Kept');
    value(await handlers.createAssessment({ title: 'After the restore' }));
    expect(titles(services)).toEqual(['After the restore', 'Kept']);
    expect(value(await handlers.getHealth({}))).toEqual({ health: { state: 'ok' }, canRestore: true });
    expect(readDatabase(join(backupsDir, outcome.beforeRestore!.id)).titles).toEqual(['Added later', 'Renamed later']);
    // The restored history records the restore, and its chain still holds.
    const [latest, restoreEntry] = services.audit.list({ limit: 2, offset: 0 });
    expect(latest?.action).toBe('create');
    expect(restoreEntry).toMatchObject({
      action: 'restore',
      assessmentId: null,
      details: { backup: { id: backup.id, reason: 'manual' }, stateBeforeBackedUpAs: outcome.beforeRestore!.id, damagedFileMovedTo: null },
    });
    expect(services.audit.verify()).toMatchObject({ ok: true });

    // The before-restore backup undoes the restore.
    const undone = value(await handlers.restoreBackup({ id: outcome.beforeRestore!.id }));
    expect(undone.health).toEqual({ state: 'ok' });
    expect(titles(services)).toEqual(['Added later', 'Renamed later']);
    const listed = value(await handlers.listBackups({})).backups;
    expect(listed.map((entry) => entry.reason).sort()).toEqual(['before-restore', 'before-restore', 'manual']);
  });

  it('waits for a backup still being written before it closes the database', async () => {
    const { services, handlers } = open();
    for (let i = 0; i < 40; i += 1) services.assessments.importText('telnyx.dtia.json', SAMPLE);
    const first = value(await handlers.createBackup({}));
    services.assessments.importText('telnyx.dtia.json', SAMPLE);

    const running = handlers.createBackup({});
    const restored = handlers.restoreBackup({ id: first.id });
    const [second, outcome] = await Promise.all([running, restored]);

    expect(value(second).assessments).toBe(41);
    expect(readDatabase(join(backupsDir, value(second).id)).integrity).toBe('ok');
    expect(value(outcome).health).toEqual({ state: 'ok' });
    expect(services.assessments.list()).toHaveLength(40);
  });

  it('repairs a damaged database: the damaged file is moved aside unchanged, and the data of the backup is back', async () => {
    const first = open();
    first.services.assessments.importText('telnyx.dtia.json', SAMPLE);
    first.services.assessments.create('Second');
    const backup = await first.services.backups.create();
    first.services.close();
    const expectedTitles = readDatabase(databaseFile).titles;
    // Bytes of the header overwritten, as a failing disk or a stray program would.
    const fd = openSync(databaseFile, 'r+');
    writeSync(fd, Buffer.from('this is no longer a SQLite header'), 0, 33, 0);
    closeSync(fd);
    const damagedSha = sha256(databaseFile);

    const { services, handlers } = open();
    const health = value(await handlers.getHealth({}));
    expect(health).toMatchObject({ health: { state: 'damaged' }, canRestore: true });
    expect(await handlers.listAssessments({})).toMatchObject({ ok: false, error: { code: 'DATABASE_UNAVAILABLE' } });
    expect(await handlers.createBackup({})).toMatchObject({ ok: false, error: { code: 'DATABASE_UNAVAILABLE' } });
    expect(value(await handlers.listBackups({})).backups.map((entry) => entry.id)).toEqual([backup.id]);

    const outcome = value(await handlers.restoreBackup({ id: backup.id }));
    expect(outcome.health).toEqual({ state: 'ok' });
    expect(outcome.beforeRestore).toBeNull();
    expect(outcome.damagedFileMovedTo).toMatch(/dtia\.sqlite\.damaged-/);
    expect(sha256(outcome.damagedFileMovedTo!)).toBe(damagedSha);

    expect(services.health()).toEqual({ state: 'ok' });
    expect(value(await handlers.listAssessments({})).map((summary) => summary.title).sort()).toEqual(expectedTitles);
    value(await handlers.createAssessment({ title: 'Written after the repair' }));
    expect(titles(services)).toEqual([...expectedTitles, 'Written after the repair'].sort());
  });

  it('replaces a database from a newer version, keeping it as a before-restore backup', async () => {
    const first = open();
    first.services.assessments.create('Made by this version');
    const backup = await first.services.backups.create();
    first.services.assessments.create('Made just before the newer version');
    first.services.close();
    const raw = new Database(databaseFile);
    raw.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(999, 'from-the-future', '2030-01-01T00:00:00Z');
    raw.close();

    const { handlers } = open();
    expect(value(await handlers.getHealth({}))).toMatchObject({ health: { state: 'newer' }, canRestore: true });
    const outcome = value(await handlers.restoreBackup({ id: backup.id }));

    expect(outcome.health).toEqual({ state: 'ok' });
    expect(outcome.beforeRestore).toMatchObject({ reason: 'before-restore', schemaVersion: 999, assessments: 2 });
    expect(value(await handlers.listAssessments({})).map((summary) => summary.title)).toEqual(['Made by this version']);
  });

  it('is refused while another instance holds the folder, which shows nothing but why', async () => {
    const holder = open();
    holder.services.assessments.create('Held');
    const backup = await holder.services.backups.create();

    const { handlers } = open();
    expect(value(await handlers.getHealth({}))).toMatchObject({ health: { state: 'locked' }, canRestore: false });
    expect(await handlers.listBackups({})).toMatchObject({ ok: false, error: { code: 'DATABASE_UNAVAILABLE' } });
    expect(await handlers.restoreBackup({ id: backup.id })).toMatchObject({ ok: false, error: { code: 'DATABASE_UNAVAILABLE' } });
    expect(titles(holder.services)).toEqual(['Held']);
  });

  it('is refused to a reader beside the app (the CLI), which takes no lock', async () => {
    const app = open();
    const backup = await app.services.backups.create();
    const cli = open({ lock: 'none' });
    expect(cli.services.backups.canRestore()).toBe(false);
    expect(await cli.handlers.restoreBackup({ id: backup.id })).toMatchObject({ ok: false, error: { code: 'DATABASE_UNAVAILABLE' } });
  });
});

describe('the backup before a migration', () => {
  /** A database as version 2 of the app left it, holding one assessment stored by the current app. */
  function writeVersion2Database(): void {
    const sourceDir = join(work, 'source');
    const source = createServices({ dataDir: sourceDir, resourcesDir: RESOURCES, appVersion: 'test' });
    source.assessments.importText('telnyx.dtia.json', SAMPLE);
    source.close();
    const current = new Database(join(sourceDir, DATABASE_FILE), { readonly: true });
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
  }

  it('is made when the services open a version 2 database, which is then migrated', () => {
    writeVersion2Database();
    const { services } = open({ now: () => new Date('2026-07-01T06:00:00Z') });

    expect(services.health()).toEqual({ state: 'ok' });
    expect(services.backups.list()).toEqual([
      expect.objectContaining({ id: 'dtia-2026-07-01T06-00-00Z-before-migration.sqlite', reason: 'before-migration', assessments: 1, schemaVersion: 2 }),
    ]);
    const copy = readDatabase(join(backupsDir, 'dtia-2026-07-01T06-00-00Z-before-migration.sqlite'));
    expect(copy).toMatchObject({ integrity: 'ok', schemaVersion: 2 });
    expect(copy.titles).toEqual(titles(services));
    services.close();
    expect(readDatabase(databaseFile).schemaVersion).toBe(MIGRATIONS.length);
  });

  it('is made by openDatabase when it is given a backups folder, and not for a new database', () => {
    openDatabase(join(work, 'new', DATABASE_FILE), { backupsDir: join(work, 'new-backups') }).close();
    expect(existsSync(join(work, 'new-backups'))).toBe(false);

    writeVersion2Database();
    openDatabase(databaseFile, { backupsDir, now: () => new Date('2026-07-01T06:00:00Z') }).close();
    expect(readdirSync(backupsDir)).toEqual(['dtia-2026-07-01T06-00-00Z-before-migration.sqlite']);
  });

  it('stops the migration when it cannot be made: the database stays at version 2, unchanged', () => {
    writeVersion2Database();
    const before = sha256(databaseFile);
    writeFileSync(backupsDir, 'not a folder');

    const failure = failureOf(() => openDatabase(databaseFile, { backupsDir }));
    expect(failure.code).toBe('DATABASE_ERROR');
    expect(failure.message).toMatch(/backs it up first\. The backup could not be made, so the database was not updated/);

    const { services } = open();
    const health = services.health();
    expect(health).toMatchObject({ state: 'unreadable', message: expect.stringMatching(/The backup could not be made/) });
    expect(failureOf(() => services.assessments.list()).code).toBe('DATABASE_UNAVAILABLE');
    services.close();
    expect(sha256(databaseFile)).toBe(before);
    expect(readDatabase(databaseFile).schemaVersion).toBe(2);
  });
});
