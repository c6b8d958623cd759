import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../electron/services/data-dir-lock';
import { DATABASE_FILE, createServices } from '../../electron/services/index';
import type { DataProblem, Services } from '../../electron/services/types';
import { failureOf } from './support/failures';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const RESOURCES = join(REPO_ROOT, 'resources');
const EXAMPLE = readFileSync(join(RESOURCES, 'examples', 'telnyx-sample.dtia.json'), 'utf8');
const IMPORTED = 12;
const LEFT_AS_IT_WAS = 'DTIA Studio has left it exactly as it was; restore a backup to continue.';

let work: string;
/** A sound data folder, closed cleanly (no -wal): the starting point of every case. */
let template: string;
let pageSize: number;
let pageCount: number;
/** A leaf page of the assessments table, 1-based. */
let assessmentLeaf: number;

function open(dataDir: string): Services {
  return createServices({ dataDir, resourcesDir: RESOURCES, appVersion: 'test' });
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A file's SHA-256, or for a file this process may not read, its size and modification time. */
function fingerprint(path: string): string {
  try {
    return sha256(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EACCES') throw error;
    const stat = statSync(path, { bigint: true });
    return `unreadable, ${stat.size} bytes, modified ${stat.mtimeNs}`;
  }
}

/** Every file in the folder with its fingerprint: a file changed, added or removed shows. */
function folderState(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [entry.name, fingerprint(join(dir, entry.name))]),
  );
}

let caseNumber = 0;
function caseFolder(): string {
  caseNumber += 1;
  const dir = join(work, `case-${caseNumber}`);
  cpSync(template, dir, { recursive: true });
  return dir;
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens the folder and checks what a refused folder must do: say why, refuse every database operation with that
 * message, keep identities working, and leave every file of the folder as it was, adding none but its lock.
 */
function expectRefused(dataDir: string, state: DataProblem['state']): DataProblem {
  const before = folderState(dataDir);
  const services = open(dataDir);
  let health;
  try {
    health = services.health();
    expect(health.state).toBe(state);
    if (health.state === 'ok') throw new Error('unreachable');
    for (const operation of [
      () => services.assessments.list(),
      () => services.assessments.create('Never stored'),
      () => services.assessments.importText('example.dtia.json', EXAMPLE),
      () => services.trust.list(),
      () => services.settings.app(),
      () => services.settings.saveApp({ uiLanguage: 'de' }),
    ]) {
      const failure = failureOf(operation);
      expect(failure.code).toBe('DATABASE_UNAVAILABLE');
      expect(failure.message).toBe(health.message);
      expect(failure.details).toEqual(health.details);
    }
    expect(services.identity.list()).toEqual([]);
    expect(folderState(dataDir)).toEqual({ ...before, [LOCK_FILE]: expect.any(String) });
  } finally {
    services.close();
  }
  expect(folderState(dataDir)).toEqual(before);
  return health;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dtia-damaged-'));
  template = join(work, 'template');
  const services = open(template);
  try {
    for (let i = 0; i < IMPORTED; i++) services.assessments.importText('telnyx-sample.dtia.json', EXAMPLE);
    services.settings.saveApp({ uiLanguage: 'de' });
  } finally {
    services.close();
  }
  // Read-write on purpose: a read-only connection would leave an empty -wal and a -shm behind.
  const raw = new Database(join(template, DATABASE_FILE), { fileMustExist: true });
  try {
    pageSize = Number(raw.pragma('page_size', { simple: true }));
    pageCount = Number(raw.pragma('page_count', { simple: true }));
    assessmentLeaf = raw.prepare("SELECT pageno FROM dbstat WHERE name = 'assessments' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1").pluck().get() as number;
  } finally {
    raw.close();
  }
  expect(readdirSync(template).sort()).toEqual([DATABASE_FILE]);
  expect(pageCount).toBeGreaterThan(20);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('a damaged database file', () => {
  it('is refused when cut short, wherever the cut falls', () => {
    const cases: Array<[string, number, string]> = [
      ['to nothing', 0, 'the file is empty'],
      ['inside the header', 57, 'it was cut short inside its header'],
      ['right after the header', 100, 'it was cut short in the middle of a page'],
      ['in the middle of a page', 5 * pageSize + 1234, 'it was cut short in the middle of a page'],
      ['at a page boundary', (pageCount - 3) * pageSize, `it was cut short, keeping ${pageCount - 3} of its ${pageCount} pages`],
    ];
    for (const [where, length, reason] of cases) {
      const dataDir = caseFolder();
      truncateSync(join(dataDir, DATABASE_FILE), length);
      const health = expectRefused(dataDir, 'damaged');
      expect(health.message, where).toBe(`The database file is damaged: ${reason}. ${LEFT_AS_IT_WAS}`);
      expect(health.details[0], where).toBe(`Database file: ${join(dataDir, DATABASE_FILE)}`);
    }
  });

  it('is refused when bytes of its header were overwritten', () => {
    const fields = caseFolder();
    overwrite(join(fields, DATABASE_FILE), 16, Buffer.alloc(8, 0xff));
    const health = expectRefused(fields, 'damaged');
    expect(health.message).toBe(`The database file is damaged: its header holds values no database has, so it was overwritten. ${LEFT_AS_IT_WAS}`);
    expect(health.details[1]).toBe('The header holds page size 65535, write version 255, read version 255, payload fractions 255/255/255 instead of 64/32/32.');

    const start = caseFolder();
    overwrite(join(start, DATABASE_FILE), 0, Buffer.from('PK\u0003\u0004 overwritten', 'latin1'));
    expect(expectRefused(start, 'damaged').message).toBe(
      `The database file is damaged: it does not begin like an SQLite database, so it is another kind of file or its first bytes were overwritten. ${LEFT_AS_IT_WAS}`,
    );
  });

  it('is refused when a b-tree page of its data was overwritten, by SQLite\'s consistency check', () => {
    const dataDir = caseFolder();
    overwrite(join(dataDir, DATABASE_FILE), (assessmentLeaf - 1) * pageSize, randomBytes(64));
    const health = expectRefused(dataDir, 'damaged');
    expect(health.message).toBe(`The database file is damaged: SQLite's consistency check found broken pages. ${LEFT_AS_IT_WAS}`);
    expect(health.details.slice(1).every((line) => line.startsWith("SQLite's check: ") || line.startsWith('… and '))).toBe(true);
    expect(health.details.join('\n')).toMatch(new RegExp(`[Pp]age ${assessmentLeaf}\\b`));
  });

  it('is refused, with its -wal and -shm untouched, when a crash left them beside a damaged file', () => {
    const dataDir = caseFolder();
    const file = join(dataDir, DATABASE_FILE);
    const crashed = join(work, 'crashed-copy');
    mkdirSync(crashed);
    // A connection with edits still in the -wal: its files copied while it is open are what a crash leaves.
    const writer = new Database(file);
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare("INSERT INTO settings (key, value) VALUES ('written-before-the-crash', '\"yes\"')").run();
    for (const suffix of ['', '-wal', '-shm']) copyFileSync(`${file}${suffix}`, join(crashed, `${DATABASE_FILE}${suffix}`));
    writer.close();
    for (const suffix of ['', '-wal', '-shm']) copyFileSync(join(crashed, `${DATABASE_FILE}${suffix}`), `${file}${suffix}`);
    rmSync(crashed, { recursive: true });
    expect(readdirSync(dataDir).sort()).toEqual([DATABASE_FILE, `${DATABASE_FILE}-shm`, `${DATABASE_FILE}-wal`]);
    overwrite(file, (assessmentLeaf - 1) * pageSize, Buffer.alloc(32, 0x5a));

    const health = expectRefused(dataDir, 'damaged');
    expect(health.message).toBe(`The database file is damaged: SQLite's consistency check found broken pages. ${LEFT_AS_IT_WAS}`);
  });

  it('is refused when the file is missing but a -wal with edits is still there', () => {
    const dataDir = caseFolder();
    const file = join(dataDir, DATABASE_FILE);
    writeFileSync(`${file}-wal`, randomBytes(8192));
    rmSync(file);
    const health = expectRefused(dataDir, 'damaged');
    expect(health.message).toBe(`The database file is damaged: the file is missing, but its write-ahead log (-wal) is still there. ${LEFT_AS_IT_WAS}`);
  });

  it('is refused when another file was put in its place', () => {
    const dataDir = caseFolder();
    writeFileSync(join(dataDir, DATABASE_FILE), randomBytes(256 * 1024));
    const health = expectRefused(dataDir, 'damaged');
    expect(health.message).toBe(
      `The database file is damaged: it does not begin like an SQLite database, so it is another kind of file or its first bytes were overwritten. ${LEFT_AS_IT_WAS}`,
    );
  });
});

describe('a database the app cannot use for other reasons', () => {
  it('is refused when a newer version of DTIA Studio wrote it', () => {
    const dataDir = caseFolder();
    const raw = new Database(join(dataDir, DATABASE_FILE));
    raw.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from-the-future', '2030-01-01T00:00:00.000Z')").run();
    raw.close();
    expect(readdirSync(dataDir)).toEqual([DATABASE_FILE]);

    const health = expectRefused(dataDir, 'newer');
    expect(health.message).toBe('This data was written by a newer version of DTIA Studio. Please update DTIA Studio to open it; nothing was changed.');
    expect(health.details[1]).toMatch(/^schema version 999 \(from-the-future\) is unknown; this version knows up to \d+$/);
  });

  it.skipIf(process.getuid?.() === 0)('is refused when the file may not be read (skipped as root, who may read any file)', () => {
    const dataDir = caseFolder();
    const file = join(dataDir, DATABASE_FILE);
    const before = sha256(file);
    chmodSync(file, 0o000);
    try {
      const health = expectRefused(dataDir, 'unreadable');
      expect(health.message).toBe("DTIA Studio cannot read the database file (permission denied). Nothing was changed; check the file's permissions, or restore a backup.");
    } finally {
      chmodSync(file, 0o644);
    }
    expect(sha256(file)).toBe(before);
  });
});

describe('a sound database', () => {
  it('opens after a crash with the edits its -wal holds, and is opened no differently than before', () => {
    const dataDir = caseFolder();
    const file = join(dataDir, DATABASE_FILE);
    const writer = new Database(file);
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare("UPDATE settings SET value = '{\"uiLanguage\":\"en\"}' WHERE key = 'app'").run();
    const left = join(work, 'left-by-crash');
    mkdirSync(left);
    for (const suffix of ['', '-wal', '-shm']) copyFileSync(`${file}${suffix}`, join(left, `${DATABASE_FILE}${suffix}`));
    writer.close();
    for (const suffix of ['', '-wal', '-shm']) copyFileSync(join(left, `${DATABASE_FILE}${suffix}`), `${file}${suffix}`);

    const services = open(dataDir);
    try {
      expect(services.health()).toEqual({ state: 'ok' });
      expect(services.settings.app()).toEqual({ uiLanguage: 'en' });
      expect(services.assessments.list()).toHaveLength(IMPORTED);
    } finally {
      services.close();
    }
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });
});
