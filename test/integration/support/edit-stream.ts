// The backend under a stream of edits, run as a child process by crash-safety.test.ts and killed there at random.
// Usage: node edit-stream.mjs <dataDir> <resourcesDir> <examplePath>; then "go <seed> <firstEditNumber>" on stdin.
// The modules load before "go", so the test can start the next process while the current one is still editing.
import { readFileSync, writeSync } from 'node:fs';
import { LIMITS, createEmptyAssessment, type Assessment, type Party } from '../../../shared/domain/assessment';
import { parseInterchange } from '../../../shared/domain/interchange';
import { keptBothTitle } from '../../../shared/exchange/conflicts';
import { createServices } from '../../../electron/services/index';
import type { AssessmentStore } from '../../../electron/services/types';
import { DELETED, ackLine, documentHash, hashesOfSave, intentLine, seededRandom, shapeHash, type EditKind } from './edit-protocol';

const EXAMPLE_IMPORTS = 3;
const MIN_ASSESSMENTS = 3;
const MAX_ASSESSMENTS = 10;
const MAX_ADDED_PARTIES = 12;
/** Free-text fields that take a long note; five of them hold up to 100 KB, several pages per write. */
const NOTE_FIELDS = 5;
const MAX_NOTE_CHARS = NOTE_FIELDS * LIMITS.longText;
/** The test kills the process long before this; the limit only stops an orphan whose test runner died. */
const MAX_RUNTIME_MS = 30_000;
const ADDED_PARTY = 'added-party-';

const [dataDir, resourcesDir, examplePath] = process.argv.slice(2);
if (!dataDir || !resourcesDir || !examplePath) {
  process.stderr.write('usage: edit-stream <dataDir> <resourcesDir> <examplePath>\n');
  process.exit(2);
}

/** Straight to the pipe: once this returns, the line survives a SIGKILL. */
function say(line: string): void {
  writeSync(1, line);
}

function refuse(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(3);
}

function readGo(): Promise<{ seed: number; firstEdit: number }> {
  return new Promise((resolve) => {
    let received = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      received += chunk;
      const match = /^go (\d+) (\d+)\n/.exec(received);
      if (!match) return;
      process.stdin.pause();
      resolve({ seed: Number(match[1]), firstEdit: Number(match[2]) });
    });
    // The test went away before this process got its turn.
    process.stdin.on('end', () => process.exit(0));
  });
}

/** Notes are slices of this text at random offsets: every note differs, and cutting one costs no time. */
function notePool(): string {
  const random = seededRandom(1);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;';
  return Array.from({ length: MAX_NOTE_CHARS + 10_000 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}

function stream(store: AssessmentStore, random: () => number, firstEdit: number, exampleText: string, pool: string): void {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const example = (() => {
    const parsed = parseInterchange(exampleText);
    if (!parsed.ok) refuse(`The example does not parse: ${parsed.error.message}`);
    return parsed.value.assessment;
  })();
  /** A repeated import keeps both: the copy gets a new id and the next free "Title (n)". */
  function importShape(): string {
    if (!ids.includes(example.id)) return shapeHash(example, 'import');
    const titles = new Set(store.list().map((summary) => summary.title));
    return shapeHash({ ...example, title: keptBothTitle(example.title, (candidate) => titles.has(candidate)) }, 'import');
  }

  let n = firstEdit;
  const started = Date.now();
  const ids = store.list().map((summary) => summary.id);

  /** The store's answer for a new record must be what the intent announced, or the test's check would be wrong. */
  function expectShape(kind: EditKind, stored: Assessment, expected: string): void {
    if (shapeHash(stored, kind) !== expected) {
      refuse(`The ${kind} of edit ${n} stored something else than edit-stream expects; update its prediction.`);
    }
  }

  function addNew(kind: 'import' | 'create' | 'duplicate'): void {
    let write: () => Assessment;
    let shape: string;
    if (kind === 'import') {
      write = () => store.importText('example.dtia.json', exampleText);
      shape = importShape();
    } else if (kind === 'create') {
      const title = `Created in edit ${n}`;
      write = () => store.create(title);
      shape = shapeHash(createEmptyAssessment({ id: 'new', title, now: new Date(0).toISOString() }), kind);
    } else {
      const original = store.get(pick(ids));
      const copySuffix = ' (copy)';
      const title = `${original.title.slice(0, LIMITS.shortText - copySuffix.length)}${copySuffix}`;
      write = () => store.duplicate(original.id);
      shape = shapeHash({ ...original, title }, kind);
    }
    say(intentLine({ n, kind, id: null, shape }));
    const stored = write();
    expectShape(kind, stored, shape);
    ids.push(stored.id);
    say(ackLine({ n, id: stored.id, hash: documentHash(stored) }));
  }

  function remove(): void {
    const id = pick(ids);
    say(intentLine({ n, kind: 'delete', id, shape: DELETED }));
    store.delete(id);
    ids.splice(ids.indexOf(id), 1);
    say(ackLine({ n, id, hash: DELETED }));
  }

  function note(length: number): string[] {
    const start = Math.floor(random() * (pool.length - length));
    const text = `edit ${n}: ${pool.slice(start, start + length)}`.slice(0, length);
    return Array.from({ length: NOTE_FIELDS }, (_, index) => text.slice(index * LIMITS.longText, (index + 1) * LIMITS.longText));
  }

  function changeParties(assessment: Assessment): void {
    const added = assessment.map.parties.filter((party) => party.id.startsWith(ADDED_PARTY));
    if (added.length > 0 && (added.length >= MAX_ADDED_PARTIES || random() < 0.5)) {
      const gone = pick(added).id;
      assessment.map.parties = assessment.map.parties.filter((party) => party.id !== gone);
      return;
    }
    const party: Party = {
      id: `${ADDED_PARTY}${n}`,
      name: `Sub-processor added in edit ${n}`,
      kind: 'sub-processor',
      role: 'processor',
      country: pick(['US', 'IN', 'BR', 'JP', 'CH']),
      entityType: 'company',
      address: '',
      contact: '',
    };
    assessment.map.parties.push(party);
  }

  function edit(): void {
    const assessment = store.get(pick(ids));
    const transfer = assessment.map.transfers[0];
    if (transfer) transfer.purpose = `edit ${n}`;
    else assessment.title = `Edited in edit ${n}`;
    if (random() < 0.3) changeParties(assessment);
    const roll = random();
    if (roll < 0.5) {
      // Long notes now and then, cleared again now and then: records grow and shrink across pages.
      const [first, second, third, fourth, fifth] = note(roll < 0.4 ? Math.floor(random() * MAX_NOTE_CHARS) : 0);
      assessment.prechecks.note = first ?? '';
      assessment.prechecks.minimisationNote = second ?? '';
      assessment.step3.overallReasoning = third ?? '';
      assessment.step6.otherTriggers = fourth ?? '';
      assessment.conclusion.rationale = fifth ?? '';
    }
    const hashes = hashesOfSave(assessment);
    say(intentLine({ n, kind: 'save', id: assessment.id, shape: hashes.shape }));
    const { updatedAt } = store.save(assessment);
    say(ackLine({ n, id: assessment.id, hash: hashes.stored(updatedAt) }));
  }

  if (ids.length === 0) {
    for (let i = 0; i < EXAMPLE_IMPORTS; i++, n++) addNew('import');
  }
  for (; Date.now() - started < MAX_RUNTIME_MS; n++) {
    const roll = random();
    if (ids.length < MIN_ASSESSMENTS || (roll < 0.04 && ids.length < MAX_ASSESSMENTS)) addNew(pick(['create', 'duplicate']));
    else if (ids.length > MAX_ASSESSMENTS || roll < 0.08) remove();
    else edit();
  }
  refuse(`Nobody stopped the edit stream within ${MAX_RUNTIME_MS} ms.`);
}

const exampleText = readFileSync(examplePath, 'utf8');
const pool = notePool();
const { seed, firstEdit } = await readGo();
// The data-folder lock is not under test here (it has tests of its own); every kill would leave a stale one behind.
const services = createServices({ dataDir, resourcesDir, lock: 'none' });
const health = services.health();
if (health.state !== 'ok') refuse(`The backend did not open the data folder (${health.state}): ${health.message}\n${health.details.join('\n')}`);
stream(services.assessments, seededRandom(seed), firstEdit, exampleText, pool);
