import { execFileSync, spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../electron/services/data-dir-lock';
import { createServices } from '../../electron/services/index';
import type { Services, ServicesHealth } from '../../electron/services/types';
import { failureOf } from './support/failures';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const RESOURCES = join(REPO_ROOT, 'resources');
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(REPO_ROOT, 'electron', 'cli', 'index.ts');
const REPLY_TIMEOUT_MS = 20_000;

let work: string;
let bundle: string;
const children: ChildProcessWithoutNullStreams[] = [];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dtia-lock-'));
  bundle = join(REPO_ROOT, 'test-results', 'data-dir-lock', 'hold-data-dir.mjs');
  execFileSync(
    join(REPO_ROOT, 'node_modules/.bin/esbuild'),
    [join(REPO_ROOT, 'test/integration/support/hold-data-dir.ts'), '--bundle', '--platform=node', '--format=esm', '--packages=external', `--outfile=${bundle}`, '--log-level=warning'],
    { cwd: REPO_ROOT, stdio: 'inherit' },
  );
});

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A process of its own that opens the folder like the app and obeys the lines it is sent. */
class Holder {
  readonly process: ChildProcessWithoutNullStreams;
  private output = '';
  private stderr = '';

  constructor(dataDir: string) {
    this.process = spawn(process.execPath, [bundle, dataDir, RESOURCES], { cwd: REPO_ROOT, stdio: 'pipe' });
    children.push(this.process);
    this.process.stdout.setEncoding('utf8');
    this.process.stdout.on('data', (chunk: string) => (this.output += chunk));
    this.process.stderr.setEncoding('utf8');
    this.process.stderr.on('data', (chunk: string) => (this.stderr += chunk));
  }

  /** The next line of output that starts with `prefix`, consumed. */
  async line(prefix: string): Promise<string> {
    const started = Date.now();
    for (;;) {
      const lines = this.output.split('\n');
      const index = lines.slice(0, -1).findIndex((line) => line.startsWith(prefix));
      if (index >= 0) {
        const found = lines[index] as string;
        this.output = [...lines.slice(0, index), ...lines.slice(index + 1)].join('\n');
        return found;
      }
      if (this.process.exitCode !== null || Date.now() - started > REPLY_TIMEOUT_MS) {
        throw new Error(`No "${prefix}" line from the holder. stderr:\n${this.stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async opened(): Promise<{ pid: number; health: ServicesHealth }> {
    return JSON.parse(await this.line('{')) as { pid: number; health: ServicesHealth };
  }

  async send(command: string, answer: string): Promise<string> {
    this.process.stdin.write(`${command}\n`);
    return (await this.line(answer)).slice(answer.length + 1);
  }

  kill(): Promise<void> {
    return new Promise((resolve) => {
      this.process.on('exit', () => resolve());
      this.process.kill('SIGKILL');
    });
  }
}

function lockHolder(dataDir: string): { pid: number; hostname: string; startedAt: string } {
  return JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as { pid: number; hostname: string; startedAt: string };
}

function open(dataDir: string, lock?: 'exclusive' | 'none'): Services {
  return createServices({ dataDir, resourcesDir: RESOURCES, appVersion: 'test', ...(lock ? { lock } : {}) });
}

describe('data folder lock', () => {
  it('refuses a second instance while another process holds the folder, naming that process, and takes the lock over once it was killed', async () => {
    const dataDir = join(work, 'held');
    const holder = new Holder(dataDir);
    const child = await holder.opened();
    expect(child.health).toEqual({ state: 'ok' });
    const held = lockHolder(dataDir);
    expect(held).toMatchObject({ pid: child.pid, hostname: hostname() });
    await holder.send('create Held by the child', 'created');

    const second = open(dataDir);
    const health = second.health();
    expect(health.state).toBe('locked');
    if (health.state === 'ok') throw new Error('unreachable');
    expect(health.message).toBe(
      `The data folder is already open in another DTIA Studio: process ${child.pid} on this computer opened it at ${held.startedAt}. ` +
        'Close DTIA Studio there first; this window has opened nothing.',
    );
    expect(health.details).toEqual([
      `Data folder: ${dataDir}`,
      `Lock file: ${join(dataDir, LOCK_FILE)}`,
      `If process ${child.pid} on this computer is not DTIA Studio, delete the lock file and start DTIA Studio again.`,
    ]);
    const refused = failureOf(() => second.assessments.list());
    expect(refused.code).toBe('DATABASE_UNAVAILABLE');
    expect(refused.message).toBe(health.message);
    expect(failureOf(() => second.settings.app()).code).toBe('DATABASE_UNAVAILABLE');
    expect(failureOf(() => second.trust.list()).code).toBe('DATABASE_UNAVAILABLE');
    expect(second.identity.list()).toEqual([]);
    second.close();

    // The refused instance leaves the holder's lock alone, and the holder goes on working.
    expect(lockHolder(dataDir)).toEqual(held);
    expect(await holder.send('create Still working', 'created')).toMatch(/^[0-9a-f-]{36}$/);

    await holder.kill();
    expect(lockHolder(dataDir).pid).toBe(child.pid);

    const third = open(dataDir);
    try {
      expect(third.health()).toEqual({ state: 'ok' });
      expect(third.assessments.list().map((summary) => summary.title).sort()).toEqual(['Held by the child', 'Still working']);
      expect(lockHolder(dataDir)).toMatchObject({ pid: process.pid, hostname: hostname() });
    } finally {
      third.close();
    }
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('opens a folder again in the same process after close(), and refuses a second open before it', () => {
    const dataDir = join(work, 'sequential');
    const first = open(dataDir);
    expect(first.health()).toEqual({ state: 'ok' });
    first.assessments.create('First open');

    const concurrent = open(dataDir);
    expect(concurrent.health()).toMatchObject({ state: 'locked', message: expect.stringContaining(`process ${process.pid} on this computer`) });
    concurrent.close();
    first.close();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);

    const second = open(dataDir);
    try {
      expect(second.health()).toEqual({ state: 'ok' });
      second.assessments.create('Second open');
    } finally {
      second.close();
    }
    const third = open(dataDir);
    try {
      expect(third.assessments.list().map((summary) => summary.title).sort()).toEqual(['First open', 'Second open']);
    } finally {
      third.close();
    }
  });

  it('lets the CLI work beside a running instance: it takes no lock and both see each other\'s writes', async () => {
    const dataDir = join(work, 'beside');
    const holder = new Holder(dataDir);
    expect((await holder.opened()).health).toEqual({ state: 'ok' });
    await holder.send('create Made by the app', 'created');
    const held = lockHolder(dataDir);

    const beside = open(dataDir, 'none');
    try {
      expect(beside.health()).toEqual({ state: 'ok' });
      expect(beside.assessments.list().map((summary) => summary.title)).toEqual(['Made by the app']);
      beside.assessments.create('Made beside it');
    } finally {
      beside.close();
    }
    expect(await holder.send('count', 'count')).toBe('2');

    const cli = spawnSync(TSX, [CLI, 'list', '--data-dir', dataDir], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('Made by the app');
    expect(cli.stdout).toContain('Made beside it');
    expect(lockHolder(dataDir)).toEqual(held);
    await holder.send('create After the CLI', 'created');
  });

  it('respects a lock taken on another computer, and takes over one whose process has ended or that cannot be read', () => {
    const elsewhere = join(work, 'elsewhere');
    const startedAt = '2026-11-20T07:45:00.000Z';
    open(elsewhere).close();
    writeFileSync(join(elsewhere, LOCK_FILE), JSON.stringify({ pid: 4242, hostname: 'other-laptop', startedAt }));
    const refused = open(elsewhere);
    expect(refused.health()).toMatchObject({
      state: 'locked',
      message: `The data folder is already open in another DTIA Studio: process 4242 on the computer "other-laptop" opened it at ${startedAt}. Close DTIA Studio there first; this window has opened nothing.`,
    });
    refused.close();
    expect(lockHolder(elsewhere).hostname).toBe('other-laptop');

    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const endedPid = Number(ended.stdout);
    expect(Number.isInteger(endedPid) && endedPid > 0).toBe(true);
    for (const [name, content] of [
      ['ended', JSON.stringify({ pid: endedPid, hostname: hostname(), startedAt: new Date().toISOString() })],
      // The pid runs (it is this test's parent), but the lock is older than this computer's last start.
      ['before the computer started', JSON.stringify({ pid: process.ppid, hostname: hostname(), startedAt: '2001-01-01T00:00:00.000Z' })],
      ['garbage', 'not a lock file at all'],
      ['empty', ''],
    ] as const) {
      const dataDir = join(work, `stale-${name.replace(/ /g, '-')}`);
      open(dataDir).close();
      writeFileSync(join(dataDir, LOCK_FILE), content);
      const services = open(dataDir);
      try {
        expect(services.health(), name).toEqual({ state: 'ok' });
        expect(lockHolder(dataDir).pid, name).toBe(process.pid);
      } finally {
        services.close();
      }
      expect(existsSync(join(dataDir, LOCK_FILE)), name).toBe(false);
    }
  });

  it.skipIf(process.getuid?.() === 0)('calls a data folder it may not write in unreadable (skipped as root, who may write anywhere)', async () => {
    const { chmodSync } = await import('node:fs');
    const dataDir = join(work, 'read-only');
    open(dataDir).close();
    chmodSync(dataDir, 0o555);
    try {
      const services = open(dataDir);
      expect(services.health()).toMatchObject({ state: 'unreadable', message: expect.stringContaining('may not write in its data folder') });
      services.close();
    } finally {
      chmodSync(dataDir, 0o755);
    }
  });
});
