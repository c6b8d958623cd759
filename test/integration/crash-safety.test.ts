import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/services/index';
import { DELETED, documentHash, parseLines, seededRandom, shapeHash, type Intent } from './support/edit-protocol';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const KILLS = 200;
const MIN_DELAY_MS = 5;
const MAX_DELAY_MS = 150;
/** Edit-stream processes that load their modules while the current one edits; loading is most of a start. */
const STARTED_AHEAD = 2;
/** From "go" to the process's end: start of the backend, first acknowledged edit, the delay, the kill. */
const ITERATION_TIMEOUT_MS = 20_000;

const seed = process.env.DTIA_CRASH_SEED ? Number(process.env.DTIA_CRASH_SEED) : Math.floor(Math.random() * 2 ** 32);

/** Under the repository, so that the bundle finds its packages; one per run, so that runs side by side do not collide. */
function bundleEditStream(): string {
  const bundle = join(REPO_ROOT, 'test-results', 'crash-safety', `edit-stream-${process.pid}.mjs`);
  execFileSync(
    join(REPO_ROOT, 'node_modules/.bin/esbuild'),
    [
      join(REPO_ROOT, 'test/integration/support/edit-stream.ts'),
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--packages=external',
      `--outfile=${bundle}`,
      '--log-level=warning',
    ],
    { cwd: REPO_ROOT, stdio: 'inherit' },
  );
  return bundle;
}

interface EditStream {
  process: ChildProcessWithoutNullStreams;
  stderr: string;
}

function startEditStream(bundle: string, dataDir: string): EditStream {
  const child = spawn(process.execPath, [bundle, dataDir, join(REPO_ROOT, 'resources'), join(REPO_ROOT, 'resources/examples/telnyx-sample.dtia.json')], {
    cwd: REPO_ROOT,
    stdio: 'pipe',
  });
  const stream: EditStream = { process: child, stderr: '' };
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stream.stderr += chunk));
  return stream;
}

interface Run {
  output: string;
  signal: NodeJS.Signals | null;
  code: number | null;
}

/** Lets the stream edit until `delayMs` after its first acknowledgement, then kills it without warning. */
function runUntilKilled(stream: EditStream, childSeed: number, firstEdit: number, delayMs: number): Promise<Run> {
  const child = stream.process;
  return new Promise((resolve, reject) => {
    let output = '';
    let killScheduled = false;
    const timeout = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`No acknowledged edit within ${ITERATION_TIMEOUT_MS} ms. stderr:\n${stream.stderr}`));
    }, ITERATION_TIMEOUT_MS);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      if (!killScheduled && /^ack /m.test(output)) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    // 'close' comes after the last byte of stdout, so every line written before the kill is in `output`.
    child.on('close', (code, signal) => {
      clearTimeout(timeout);
      resolve({ output, signal, code });
    });
    child.stdin.write(`go ${childSeed} ${firstEdit}\n`);
  });
}

interface StoredState {
  integrity: string[];
  documents: Map<string, object>;
  /** Rows whose document is not JSON any more. */
  unreadable: string[];
}

/**
 * Read with a connection of the test's own, not through the app; read-only, so the next start recovers the WAL itself.
 * SQLite may refuse a damaged file outright; its error then stands in for the check's findings.
 */
function readStored(file: string): StoredState {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
    const documents = new Map<string, object>();
    const unreadable: string[] = [];
    for (const row of db.prepare<[], { id: string; document: string }>('SELECT id, document FROM assessments').all()) {
      try {
        documents.set(row.id, JSON.parse(row.document) as object);
      } catch (error) {
        unreadable.push(`${row.id}: ${(error as Error).message}`);
      }
    }
    return { integrity, documents, unreadable };
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error';
    return { integrity: [`${code}: ${(error as Error).message}`], documents: new Map(), unreadable: [] };
  } finally {
    db?.close();
  }
}

/** What the database must hold: the last acknowledged state of every assessment that was not deleted. */
class Expectation {
  readonly acknowledged = new Map<string, string>();
  /** Every acknowledged hash with its edit number, to name an older state when one turns up. */
  private readonly history = new Map<string, number>();

  /** Takes the run's acknowledgements; returns the write that was under way at the kill, if any. */
  apply(output: string): { pending: Intent | undefined; acks: number; lastEdit: number } {
    let pending: Intent | undefined;
    let acks = 0;
    let lastEdit = -1;
    for (const line of parseLines(output)) {
      lastEdit = Math.max(lastEdit, line.n);
      if (line.type === 'intent') {
        if (pending) throw new Error(`Edit ${line.n} started before edit ${pending.n} was acknowledged.`);
        pending = line;
        continue;
      }
      if (!pending || pending.n !== line.n) throw new Error(`Edit ${line.n} was acknowledged without being announced.`);
      pending = undefined;
      acks += 1;
      if (line.hash === DELETED) {
        this.acknowledged.delete(line.id);
      } else {
        this.acknowledged.set(line.id, line.hash);
        this.history.set(line.hash, line.n);
      }
    }
    return { pending, acks, lastEdit };
  }

  /**
   * Compares the database with the acknowledged states. The one write under way at the kill may have committed
   * (the kill fell between commit and acknowledgement): then its state is accepted and becomes the expected one.
   */
  check(stored: Map<string, object>, pending: Intent | undefined): { problems: string[]; pendingCommitted: boolean } {
    const problems: string[] = [];
    let pendingCommitted = false;
    const nameState = (document: object) => {
      const edit = this.history.get(documentHash(document));
      return edit === undefined ? 'a state that was never acknowledged' : `the state of edit ${edit}`;
    };
    for (const [id, hash] of this.acknowledged) {
      const document = stored.get(id);
      if (!document) {
        if (pending?.kind === 'delete' && pending.id === id) pendingCommitted = true;
        else problems.push(`${id}: acknowledged, but not in the database`);
      } else if (documentHash(document) !== hash) {
        if (pending?.kind === 'save' && pending.id === id && shapeHash(document, 'save') === pending.shape) pendingCommitted = true;
        else problems.push(`${id}: holds ${nameState(document)}, not that of edit ${this.history.get(hash)}, the last acknowledged`);
      }
    }
    const unknown = [...stored.keys()].filter((id) => !this.acknowledged.has(id));
    const first = unknown[0] === undefined ? undefined : stored.get(unknown[0]);
    if (unknown.length === 1 && first && pending && pending.id === null && shapeHash(first, pending.kind) === pending.shape) {
      pendingCommitted = true;
    } else {
      for (const id of unknown) problems.push(`${id}: in the database, but never acknowledged`);
    }
    if (problems.length === 0 && pendingCommitted) {
      this.acknowledged.clear();
      for (const [id, document] of stored) this.acknowledged.set(id, documentHash(document));
    }
    return { problems, pendingCommitted };
  }
}

describe('crash safety', () => {
  let dataDir: string;
  let bundle: string;
  const waiting: EditStream[] = [];

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'dtia-crash-'));
    bundle = bundleEditStream();
  });

  afterAll(() => {
    for (const stream of waiting) stream.process.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(bundle, { force: true });
  });

  it(`keeps every acknowledged edit and an intact database through ${KILLS} kills at random moments`, async () => {
    console.log(`crash-safety seed ${seed} (repeat with DTIA_CRASH_SEED=${seed})`);
    const started = performance.now();
    const random = seededRandom(seed);
    const file = join(dataDir, DATABASE_FILE);
    const expectation = new Expectation();
    let nextEdit = 1;
    let acks = 0;
    let committedUnacknowledged = 0;
    let largestWal = 0;

    for (let kill = 1; kill <= KILLS; kill++) {
      while (waiting.length < STARTED_AHEAD + 1) waiting.push(startEditStream(bundle, dataDir));
      const stream = waiting.shift()!;
      const delayMs = MIN_DELAY_MS + Math.floor(random() * (MAX_DELAY_MS - MIN_DELAY_MS + 1));
      const run = await runUntilKilled(stream, Math.floor(random() * 2 ** 32), nextEdit, delayMs);
      const where = `kill ${kill} of ${KILLS}, ${delayMs} ms after the first acknowledgement, seed ${seed}`;
      expect(run.signal, `${where}: the edit stream ended by itself. stderr:\n${stream.stderr}`).toBe('SIGKILL');

      const applied = expectation.apply(run.output);
      acks += applied.acks;
      nextEdit = Math.max(nextEdit, applied.lastEdit + 1);
      const wal = `${file}-wal`;
      if (existsSync(wal)) largestWal = Math.max(largestWal, statSync(wal).size);

      const stored = readStored(file);
      expect(stored.integrity, `${where}: PRAGMA integrity_check`).toEqual(['ok']);
      expect(stored.unreadable, `${where}: stored documents`).toEqual([]);
      const verdict = expectation.check(stored.documents, applied.pending);
      expect(verdict.problems, `${where}: acknowledged edits`).toEqual([]);
      if (verdict.pendingCommitted) committedUnacknowledged += 1;
    }

    const seconds = (performance.now() - started) / 1000;
    console.log(
      `crash-safety: ${KILLS} kills in ${seconds.toFixed(1)} s, ${acks} edits acknowledged, ` +
        `${committedUnacknowledged} kills between a commit and its acknowledgement, largest WAL ${(largestWal / 1e6).toFixed(1)} MB, ` +
        `${expectation.acknowledged.size} assessments at the end`,
    );
    expect(acks).toBeGreaterThanOrEqual(KILLS);
  }, 600_000);
});
