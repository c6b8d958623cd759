import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../shared/domain/assessment';
import { serializeInterchange } from '../../shared/domain/interchange';
import { GENESIS_HASH, type AuditEntry, type AuditHead, type AuditVerification } from '../../shared/history/audit';
import { createAuditLog, type AuditLog } from '../../electron/services/audit/audit-log';
import { entryHash } from '../../electron/services/audit/chain';
import { verifyHistoryFile } from '../../electron/services/audit/verify-history-file';
import { createAssessmentStore } from '../../electron/services/database/assessment-store';
import { openDatabase } from '../../electron/services/database/open-database';
import type { AssessmentStore } from '../../electron/services/types';
import { fullAssessment } from '../fixtures/full-assessment';
import { fullAssessmentV1 } from '../fixtures/full-assessment-v1';
import { pdfWithAssessment } from '../fixtures/pdf-attachments';
import { shippedLawLibrary } from '../fixtures/report-assessment';
import { failureOf } from './support/failures';

const library = shippedLawLibrary();

let dir: string;
let clock: Date;
let actor: string;
const opened: Database.Database[] = [];

interface Opened {
  db: Database.Database;
  audit: AuditLog;
  store: AssessmentStore;
}

/** Each call moves the clock one second on, so every entry has its own time. */
const tick = () => (clock = new Date(clock.getTime() + 1000));

function open(file: string, withAudit = true): Opened {
  const db = openDatabase(file);
  opened.push(db);
  const audit = createAuditLog(db, { now: tick, actor: () => actor });
  const store = createAssessmentStore(db, { now: tick, newId: randomUUID, lawLibrary: () => library, ...(withAudit ? { audit } : {}) });
  return { db, audit, store };
}

function close(db: Database.Database): void {
  db.close();
  opened.splice(opened.indexOf(db), 1);
}

/** The canonical JSON of the requirement, written out here rather than taken from the code under test. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return `{${Object.keys(object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(object[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const entries = (audit: AuditLog, assessmentId?: string): AuditEntry[] =>
  audit.list({ limit: 1000, offset: 0, ...(assessmentId ? { assessmentId } : {}) }).reverse();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dtia-audit-'));
  clock = new Date('2026-06-01T08:00:00.000Z');
  actor = 'jana.nowak';
});

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('audit log', () => {
  it('chains every entry to the one before with SHA-256 over the previous hash and the canonical entry', () => {
    const { db, audit } = open(join(dir, 'dtia.sqlite'));
    for (let i = 0; i < 250; i++) {
      actor = i % 2 ? 'jana.nowak' : 'Łukasz Wiśniewski';
      audit.append('edit', i % 3 ? randomUUID() : null, { title: `Step ${i}`, changes: [{ path: 'title', before: 'ä', after: i }] });
    }

    const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Record<string, unknown>[];
    expect(rows).toHaveLength(250);
    let prev = GENESIS_HASH;
    rows.forEach((row, index) => {
      expect(row.seq).toBe(index + 1);
      expect(row.prev_hash).toBe(prev);
      const hashed = { seq: row.seq, at: row.at, actor: row.actor, action: row.action, assessmentId: row.assessment_id, details: JSON.parse(row.details as string) };
      const expected = createHash('sha256').update(`${prev}\n${canonical(hashed)}`).digest('hex');
      expect(row.hash).toBe(expected);
      prev = expected;
    });
    expect(rows[0]).toMatchObject({ prev_hash: '0'.repeat(64), at: '2026-06-01T08:00:01.000Z', actor: 'Łukasz Wiśniewski', action: 'edit' });

    const head = JSON.parse((db.prepare("SELECT value FROM settings WHERE key = 'auditHead'").get() as { value: string }).value) as AuditHead;
    expect(head).toEqual({ seq: 250, hash: prev });
    expect(audit.head()).toEqual(head);
    expect(audit.verify()).toEqual({ ok: true, entries: 250, firstBroken: null });
    expect(verifyHistoryFile(join(dir, 'dtia.sqlite'))).toEqual({ ok: true, entries: 250, firstBroken: null });
  });

  it('lists entries newest first, by assessment and page by page', () => {
    const { audit } = open(join(dir, 'dtia.sqlite'));
    const a = randomUUID();
    const b = randomUUID();
    for (let i = 0; i < 10; i++) audit.append('edit', i % 2 ? a : b, { title: `edit ${i}` });

    expect(audit.count()).toBe(10);
    expect(audit.count({ assessmentId: a })).toBe(5);
    expect(audit.list({ limit: 3, offset: 0 }).map((e) => e.seq)).toEqual([10, 9, 8]);
    expect(audit.list({ limit: 3, offset: 9 }).map((e) => e.seq)).toEqual([1]);
    const ofA = audit.list({ assessmentId: a, limit: 2, offset: 1 });
    expect(ofA.map((e) => [e.seq, e.details])).toEqual([
      [8, { title: 'edit 7' }],
      [6, { title: 'edit 5' }],
    ]);
    expect(ofA[0]).toMatchObject({ actor: 'jana.nowak', action: 'edit', assessmentId: a, at: '2026-06-01T08:00:08.000Z' });
  });

  it('refuses, in the app itself, to change or remove an entry', () => {
    const { db, audit } = open(join(dir, 'dtia.sqlite'));
    audit.append('create', null, { title: 'x' });
    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/cannot be removed/);
    expect(audit.verify().ok).toBe(true);
  });
});

describe('verify: tampering with the database file', () => {
  let source: string;
  let work: string;
  let total: number;
  let originalHead: AuditHead;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'dtia-audit-tamper-'));
    source = join(work, 'source.sqlite');
    clock = new Date('2026-06-01T08:00:00.000Z');
    actor = 'jana.nowak';
    const db = openDatabase(source);
    const audit = createAuditLog(db, { now: tick, actor: () => actor });
    const store = createAssessmentStore(db, { now: tick, newId: randomUUID, lawLibrary: () => library, audit });
    const first = store.create('Payroll to Łódź');
    for (let i = 0; i < 8; i++) store.save({ ...store.get(first.id), title: `Payroll to Łódź, revision ${i}` });
    const copy = store.duplicate(first.id);
    store.importFile('helpdesk.dtia.json', serializeInterchange(fullAssessment(), '2026-06-01T07:00:00.000Z'));
    for (let i = 0; i < 6; i++) store.save({ ...store.get(copy.id), title: `Copy ${i}` });
    store.delete(first.id);
    store.create('Marketing to São Paulo');
    total = audit.count();
    originalHead = audit.head() as AuditHead;
    db.close();
  });

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  /** A copy of the database changed as someone with write access to the file would: the guard triggers dropped first. */
  function tampered(change: (raw: Database.Database) => void): string {
    const file = join(work, `${randomUUID()}.sqlite`);
    copyFileSync(source, file);
    expect(existsSync(`${source}-wal`)).toBe(false);
    const raw = new Database(file);
    raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    change(raw);
    raw.close();
    return file;
  }

  /** The app's verdict and the read-only file check, which must agree. */
  function verdict(file: string, anchor?: AuditHead): AuditVerification {
    const fromFile = verifyHistoryFile(file, {}, anchor ? { anchor } : {});
    const db = openDatabase(file);
    try {
      expect(createAuditLog(db, { now: tick, actor: () => actor }).verify(anchor ? { anchor } : {})).toEqual(fromFile);
    } finally {
      db.close();
    }
    return fromFile;
  }

  const row = (raw: Database.Database, seq: number) =>
    raw.prepare('SELECT * FROM audit_log WHERE seq = ?').get(seq) as { at: string; actor: string; action: string; assessment_id: string | null; details: string; prev_hash: string; hash: string };

  /** Appends an entry with a correct hash, as someone who knows the formula would. */
  function forge(raw: Database.Database, seq: number, prevHash: string, updateHead: boolean): string {
    const fields = { seq, at: '2026-06-02T09:00:00.000Z', actor: 'intruder', action: 'delete', assessmentId: null };
    const details = canonical({ title: 'forged' });
    const hash = entryHash(prevHash, fields, details);
    raw.prepare('INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(seq, fields.at, fields.actor, fields.action, null, details, prevHash, hash);
    if (updateHead) raw.prepare("UPDATE settings SET value = ? WHERE key = 'auditHead'").run(JSON.stringify({ seq, hash }));
    return hash;
  }

  it('has a history of store changes that verifies', () => {
    expect(total).toBeGreaterThan(15);
    expect(verdict(source)).toEqual({ ok: true, entries: total, firstBroken: null });
  });

  /** `seq` counts from the last entry of the untouched log where it is a function of that entry's number. */
  const cases: { name: string; change: (raw: Database.Database) => void; entries?: number; broken: { seq: number | ((last: number) => number); reason: string } }[] = [
    { name: 'the details of one entry', change: (raw) => raw.prepare("UPDATE audit_log SET details = '{\"title\":\"Harmless\"}' WHERE seq = 7").run(), broken: { seq: 7, reason: 'altered' } },
    { name: 'the actor of one entry', change: (raw) => raw.prepare("UPDATE audit_log SET actor = 'someone.else' WHERE seq = 7").run(), broken: { seq: 7, reason: 'altered' } },
    { name: 'the time of one entry', change: (raw) => raw.prepare("UPDATE audit_log SET at = '2026-05-01T08:00:07.000Z' WHERE seq = 7").run(), broken: { seq: 7, reason: 'altered' } },
    { name: 'the action of one entry', change: (raw) => raw.prepare("UPDATE audit_log SET action = 'create' WHERE seq = 7").run(), broken: { seq: 7, reason: 'altered' } },
    { name: 'the assessment of one entry', change: (raw) => raw.prepare('UPDATE audit_log SET assessment_id = NULL WHERE seq = 7').run(), broken: { seq: 7, reason: 'altered' } },
    {
      name: 'the spacing of one entry’s details, with the same meaning',
      change: (raw) => raw.prepare('UPDATE audit_log SET details = ? WHERE seq = 7').run(JSON.stringify(JSON.parse(row(raw, 7).details), null, 1)),
      broken: { seq: 7, reason: 'altered' },
    },
    {
      name: 'the hash of one entry',
      change: (raw) => raw.prepare('UPDATE audit_log SET hash = ? WHERE seq = 7').run(createHash('sha256').update('another entry').digest('hex')),
      broken: { seq: 7, reason: 'altered' },
    },
    { name: 'the link of one entry', change: (raw) => raw.prepare('UPDATE audit_log SET prev_hash = ? WHERE seq = 7').run(GENESIS_HASH), broken: { seq: 7, reason: 'broken-link' } },
    { name: 'a middle entry deleted', change: (raw) => raw.prepare('DELETE FROM audit_log WHERE seq = 7').run(), entries: -1, broken: { seq: 7, reason: 'missing-entry' } },
    { name: 'the first entry deleted', change: (raw) => raw.prepare('DELETE FROM audit_log WHERE seq = 1').run(), entries: -1, broken: { seq: 1, reason: 'missing-entry' } },
    {
      name: 'two entries swapped',
      change: (raw) => raw.exec('UPDATE audit_log SET seq = -5 WHERE seq = 5; UPDATE audit_log SET seq = 5 WHERE seq = 9; UPDATE audit_log SET seq = 9 WHERE seq = -5;'),
      broken: { seq: 5, reason: 'broken-link' },
    },
    {
      name: 'an entry inserted in the middle, with a correct hash of its own',
      change: (raw) => {
        raw.exec('UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 8; UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1000;');
        forge(raw, 8, row(raw, 7).hash, false);
      },
      entries: +1,
      broken: { seq: 9, reason: 'broken-link' },
    },
    {
      name: 'the last three entries cut off',
      change: (raw) => raw.prepare('DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 3 FROM audit_log)').run(),
      entries: -3,
      broken: { seq: (last) => last - 2, reason: 'truncated' },
    },
    {
      name: 'an entry added at the end, with a correct hash but without the head',
      change: (raw) => void forge(raw, originalHead.seq + 1, originalHead.hash, false),
      entries: +1,
      broken: { seq: (last) => last + 1, reason: 'beyond-head' },
    },
    { name: 'the head removed', change: (raw) => raw.prepare("DELETE FROM settings WHERE key = 'auditHead'").run(), broken: { seq: (last) => last, reason: 'head-missing' } },
    {
      name: 'the head pointing at another hash',
      change: (raw) => raw.prepare("UPDATE settings SET value = ? WHERE key = 'auditHead'").run(JSON.stringify({ ...originalHead, hash: GENESIS_HASH })),
      broken: { seq: (last) => last, reason: 'head-mismatch' },
    },
  ];

  for (const { name, change, entries: delta = 0, broken } of cases) {
    it(`finds ${name}`, () => {
      const seq = typeof broken.seq === 'function' ? broken.seq(total) : broken.seq;
      expect(verdict(tampered(change))).toEqual({ ok: false, entries: total + delta, firstBroken: { seq, reason: broken.reason } });
    });
  }

  it('cannot tell a log cut off together with its head from the chain alone; a copy of the head kept elsewhere can', () => {
    const file = tampered((raw) => {
      raw.prepare('DELETE FROM audit_log WHERE seq > ?').run(total - 2);
      const last = row(raw, total - 2);
      raw.prepare("UPDATE settings SET value = ? WHERE key = 'auditHead'").run(JSON.stringify({ seq: total - 2, hash: last.hash }));
    });
    expect(verdict(file)).toEqual({ ok: true, entries: total - 2, firstBroken: null });
    expect(verdict(file, originalHead)).toEqual({ ok: false, entries: total - 2, firstBroken: { seq: total, reason: 'anchor-mismatch' } });
  });

  it('cannot tell a history rewritten from one entry on, hashes and head included; a copy of the head kept elsewhere can', () => {
    const file = tampered((raw) => {
      raw.prepare('DELETE FROM audit_log WHERE seq >= 7').run();
      let prev = row(raw, 6).hash;
      for (let seq = 7; seq <= total; seq++) prev = forge(raw, seq, prev, true);
    });
    expect(verdict(file)).toEqual({ ok: true, entries: total, firstBroken: null });
    expect(verdict(file, originalHead)).toEqual({ ok: false, entries: total, firstBroken: { seq: total, reason: 'anchor-mismatch' } });
    expect(verdict(source, originalHead)).toEqual({ ok: true, entries: total, firstBroken: null });
  });

  it('reports a log whose table was dropped', () => {
    const file = tampered((raw) => raw.exec('DROP TABLE audit_log'));
    expect(verifyHistoryFile(file)).toEqual({ ok: false, entries: 0, firstBroken: { seq: 1, reason: 'log-missing' } });
  });
});

describe('assessment store with the audit log', () => {
  it('records create, edit, duplicate, delete and the imports, with who, when and what', async () => {
    const { store, audit } = open(join(dir, 'dtia.sqlite'));
    const created = store.create('  Payroll to Łódź ');
    const full = fullAssessment();
    const filled: Assessment = { ...full, id: created.id, title: created.title, createdAt: created.createdAt, updatedAt: created.updatedAt };
    store.save(filled);
    actor = 'piotr.kowalski';
    const edited = structuredClone(store.get(created.id));
    edited.map.parties[1]!.country = 'IE';
    edited.step3.overallReasoning = 'Ü'.repeat(1000);
    store.save(edited);
    const copy = store.duplicate(created.id);
    store.delete(created.id);
    const v1 = JSON.stringify({ format: 'dtia-assessment', version: 1, exportedAt: '2026-01-05T08:00:00.000Z', assessment: fullAssessmentV1() });
    const first = store.importFile('legacy.dtia.json', v1).assessment;
    const second = store.importFile('legacy.dtia.json', v1, 'keep-both').assessment;
    const pdf = await pdfWithAssessment(store.exportJson(copy.id));
    const fromPdf = store.importPdf('report.pdf', pdf, 'keep-both').assessment;

    const log = entries(audit);
    expect(log.map((e) => [e.action, e.assessmentId, e.actor])).toEqual([
      ['create', created.id, 'jana.nowak'],
      ['edit', created.id, 'jana.nowak'],
      ['edit', created.id, 'piotr.kowalski'],
      ['duplicate', copy.id, 'piotr.kowalski'],
      ['delete', created.id, 'piotr.kowalski'],
      ['import', first.id, 'piotr.kowalski'],
      ['import', second.id, 'piotr.kowalski'],
      ['import-pdf', fromPdf.id, 'piotr.kowalski'],
    ]);
    expect(log[0]).toMatchObject({ at: '2026-06-01T08:00:02.000Z', details: { title: 'Payroll to Łódź' } });
    expect(created.createdAt).toBe('2026-06-01T08:00:01.000Z');

    const filling = log[1]!.details as { title: string; changes: { path: string }[]; omitted?: number };
    expect(filling.title).toBe('Payroll to Łódź');
    expect(filling.changes.length + (filling.omitted ?? 0)).toBeGreaterThan(20);

    expect(log[2]!.details).toEqual({
      title: 'Payroll to Łódź',
      changes: [
        {
          kind: 'changed',
          path: `map.parties[${full.map.parties[1]!.id}].country`,
          label: [{ key: 'history.item.party', params: { name: full.map.parties[1]!.name } }, { key: 'map.parties.country' }],
          before: full.map.parties[1]!.country,
          after: 'IE',
        },
        {
          kind: 'changed',
          path: 'step3.overallReasoning',
          label: [{ key: 'wizard.step3.overall.reasoning' }],
          before: full.step3.overallReasoning.length > 200 ? `${full.step3.overallReasoning.slice(0, 199)}…` : full.step3.overallReasoning,
          after: `${'Ü'.repeat(199)}…`,
        },
      ],
    });
    expect(log[3]!.details).toEqual({ title: 'Payroll to Łódź (copy)', sourceId: created.id, sourceTitle: 'Payroll to Łódź' });
    expect(log[4]!.details).toEqual({ title: 'Payroll to Łódź' });
    expect(log[5]!.details).toEqual({ title: fullAssessmentV1().title, fileName: 'legacy.dtia.json', migratedFromVersion: 1 });
    expect(log[6]!.details).toEqual({ title: `${fullAssessmentV1().title} (2)`, fileName: 'legacy.dtia.json', migratedFromVersion: 1, originalId: fullAssessmentV1().id });
    expect(log[7]!.details).toMatchObject({ fileName: 'report.pdf', migratedFromVersion: null, originalId: copy.id });

    expect(entries(audit, created.id).map((e) => e.action)).toEqual(['create', 'edit', 'edit', 'delete']);
    expect(audit.verify()).toEqual({ ok: true, entries: 8, firstBroken: null });
  });

  it('adds no entry for a save that changes nothing', () => {
    const { store, audit } = open(join(dir, 'dtia.sqlite'));
    const created = store.create('Unchanged');
    const before = audit.count();
    const saved = store.save(store.get(created.id));
    store.save({ ...store.get(created.id), updatedAt: '2030-01-01T00:00:00.000Z' });
    expect(saved.updatedAt).not.toBe(created.updatedAt);
    expect(audit.count()).toBe(before);
  });

  it('commits a change and its entry together: a failing entry leaves the change undone', () => {
    const { db, store, audit } = open(join(dir, 'dtia.sqlite'));
    const created = store.create('Payroll');
    const stored = store.get(created.id);
    db.exec("CREATE TRIGGER refuse_entries BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END;");

    expect(() => store.save({ ...stored, title: 'Payroll, edited' })).toThrow(/disk full \(simulated\)/);
    expect(() => store.create('Never stored')).toThrow(/disk full/);
    expect(() => store.delete(created.id)).toThrow(/disk full/);
    expect(() => store.duplicate(created.id)).toThrow(/disk full/);
    expect(() => store.importFile('x.dtia.json', serializeInterchange(fullAssessment(), '2026-06-01T07:00:00.000Z'))).toThrow(/disk full/);

    expect(store.get(created.id)).toEqual(stored);
    expect(store.list().map((s) => s.title)).toEqual(['Payroll']);
    expect(audit.count()).toBe(1);
    db.exec('DROP TRIGGER refuse_entries');
    expect(audit.verify()).toEqual({ ok: true, entries: 1, firstBroken: null });
  });

  it('commits a change and its entry together: a failing change leaves no entry', () => {
    const { db, store, audit } = open(join(dir, 'dtia.sqlite'));
    const created = store.create('Payroll');
    db.exec("CREATE TRIGGER refuse_updates BEFORE UPDATE ON assessments BEGIN SELECT RAISE(ABORT, 'read-only medium (simulated)'); END;");
    expect(() => store.save({ ...store.get(created.id), title: 'Payroll, edited' })).toThrow(/read-only medium/);
    expect(failureOf(() => store.save({ ...store.get(created.id), title: '' })).code).toBe('INVALID_ASSESSMENT');
    expect(entries(audit).map((e) => e.action)).toEqual(['create']);
    expect(store.get(created.id).title).toBe('Payroll');
  });

  it('keeps the chain intact across two connections writing in turn, as the app and the command line do', () => {
    const file = join(dir, 'dtia.sqlite');
    const app = open(file);
    const cli = open(file);
    for (let i = 0; i < 20; i++) (i % 3 ? app : cli).store.create(`Assessment ${i}`);
    expect(app.audit.verify()).toEqual({ ok: true, entries: 20, firstBroken: null });
    close(cli.db);
  });

  it('records nothing without an audit log, as the store did before', () => {
    const { store, audit } = open(join(dir, 'dtia.sqlite'), false);
    const created = store.create('Unrecorded');
    store.save({ ...store.get(created.id), title: 'Still unrecorded' });
    store.delete(created.id);
    expect(audit.count()).toBe(0);
    expect(audit.verify()).toEqual({ ok: true, entries: 0, firstBroken: null });
  });
});

describe('the author of history entries', () => {
  it('is the name in the user profile, and the system account while the profile names nobody', async () => {
    const { createServices } = await import('../../electron/services');
    const { osUserName } = await import('../../electron/services/audit/actor');
    const dataDir = mkdtempSync(join(tmpdir(), 'dtia-profile-'));
    const services = createServices({ dataDir, resourcesDir: join(__dirname, '../../resources'), appVersion: 'test' });
    try {
      const first = services.assessments.create('Before a name was set');
      expect(services.settings.saveProfile({ name: '  Jane Roe  ' })).toEqual({ name: 'Jane Roe' });
      const second = services.assessments.create('After the name was set');
      services.settings.saveProfile({ name: '' });
      services.assessments.delete(second.id);
      const authors = services.audit
        .list({ limit: 10, offset: 0 })
        .map((entry) => [entry.action, entry.assessmentId, entry.actor])
        .reverse();
      expect(authors).toEqual([
        ['create', first.id, osUserName()],
        ['create', second.id, 'Jane Roe'],
        ['delete', second.id, osUserName()],
      ]);
      expect(services.audit.verify()).toMatchObject({ ok: true, entries: 3 });
    } finally {
      services.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
