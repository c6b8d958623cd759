import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../shared/domain/assessment';
import type { AuditEntry } from '../../shared/history/audit';
import type { VersionEntry, VersionRef } from '../../shared/history/lifecycle';
import { createAuditLog, type AuditLog } from '../../electron/services/audit/audit-log';
import { verifyHistoryFile } from '../../electron/services/audit/verify-history-file';
import { createAssessmentStore } from '../../electron/services/database/assessment-store';
import { MIGRATIONS, runMigrations } from '../../electron/services/database/migrations';
import { openDatabase } from '../../electron/services/database/open-database';
import { createLifecycleService } from '../../electron/services/lifecycle/lifecycle-service';
import { contentHash } from '../../electron/services/report/content-hash';
import type { AssessmentStore, LifecycleService } from '../../electron/services/types';
import { fullAssessment } from '../fixtures/full-assessment';
import { shippedLawLibrary } from '../fixtures/report-assessment';
import { failureOf } from './support/failures';

const library = shippedLawLibrary();

let dir: string;
let file: string;
let clock: Date;
let db: Database.Database;
let audit: AuditLog;
let store: AssessmentStore;
let lifecycle: LifecycleService;

/** Each call moves the clock one second on, so every write and every kept version has its own time. */
const tick = () => (clock = new Date(clock.getTime() + 1000));

function open(): void {
  db = openDatabase(file);
  audit = createAuditLog(db, { now: tick, actor: () => 'jana.nowak' });
  store = createAssessmentStore(db, { now: tick, newId: randomUUID, lawLibrary: () => library, audit, actor: () => 'jana.nowak' });
  lifecycle = createLifecycleService(db, { now: tick, actor: () => 'jana.nowak', lawLibrary: () => library, current: (id) => store.get(id), audit });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dtia-lifecycle-'));
  file = join(dir, 'dtia.sqlite');
  clock = new Date('2026-06-01T08:00:00.000Z');
  open();
});

afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A stored assessment with every required answer given. */
function completeAssessment(title = 'Support telephony'): Assessment {
  const created = store.create(title);
  store.save({ ...fullAssessment(), id: created.id, title, createdAt: created.createdAt, updatedAt: created.updatedAt });
  return store.get(created.id);
}

const entriesOf = (id: string): AuditEntry[] => audit.list({ assessmentId: id, limit: 1000, offset: 0 }).reverse();
const refOf = (version: VersionEntry): VersionRef => ({ revision: version.revision, kind: version.kind, at: version.at });
const versionRows = (id: string) => db.prepare('SELECT count(*) AS n FROM assessment_versions WHERE assessment_id = ?').get(id) as { n: number };

describe('status workflow', () => {
  it('goes draft → in review → approved → revision 2 → approved, superseding revision 1, with an audit entry for each step', () => {
    const first = completeAssessment();
    const id = first.id;
    expect(lifecycle.status(id)).toEqual({ assessmentId: id, lifecycle: 'draft', revision: 1, approvedRevision: null });

    expect(lifecycle.submitForReview(id)).toMatchObject({ lifecycle: 'in-review', revision: 1 });
    expect(lifecycle.approve(id, { approver: 'Dr. Lena Vogt', approvedOn: '2026-06-02' })).toEqual({
      assessmentId: id,
      lifecycle: 'approved',
      revision: 1,
      approvedRevision: 1,
    });
    const approvedDocument = store.get(id);

    // Editing the approved assessment starts revision 2; revision 1 stays approved and in force.
    const edited: Assessment = {
      ...approvedDocument,
      step6: { ...approvedDocument.step6, nextReviewDate: '2027-11-30' },
      map: {
        ...approvedDocument.map,
        parties: approvedDocument.map.parties.map((p) => (p.id === 'importer' ? { ...p, contact: 'dpo@importer.example' } : p)),
      },
    };
    store.save(edited);
    expect(lifecycle.status(id)).toEqual({ assessmentId: id, lifecycle: 'draft', revision: 2, approvedRevision: 1 });
    const inForce = lifecycle.history(id).versions.find((v) => v.kind === 'approved');
    expect(inForce).toMatchObject({ revision: 1, approval: 'in-force', approver: 'Dr. Lena Vogt', approvedOn: '2026-06-02', actor: 'jana.nowak' });
    // The frozen version is the document as approved, not the edited one.
    expect(inForce?.contentHash).toBe(contentHash(approvedDocument));
    expect(lifecycle.diff(id, { from: refOf(inForce as VersionEntry), to: 'current' }).changes.map((c) => c.path)).toEqual([
      'map.parties[importer].contact',
      'step6.nextReviewDate',
    ]);

    lifecycle.submitForReview(id);
    const reportSha256 = createHash('sha256').update('the countersigned report').digest('hex');
    expect(lifecycle.approve(id, { approver: 'Dr. Lena Vogt', approvedOn: '2026-06-09', reportSha256 })).toEqual({
      assessmentId: id,
      lifecycle: 'approved',
      revision: 2,
      approvedRevision: 2,
    });

    const { status, versions } = lifecycle.history(id);
    expect(status).toEqual({ assessmentId: id, lifecycle: 'approved', revision: 2, approvedRevision: 2 });
    expect(versions.map((v) => [v.revision, v.kind, v.approval])).toEqual([
      [2, 'approved', 'in-force'],
      [2, 'submitted', null],
      [1, 'approved', 'superseded'],
      [1, 'submitted', null],
    ]);
    expect(versions[0]).toMatchObject({ reportSha256, approvedOn: '2026-06-09' });
    for (let i = 1; i < versions.length; i++) expect(versions[i - 1]!.at > versions[i]!.at).toBe(true);

    const actions = entriesOf(id).map((e) => e.action);
    expect(actions).toEqual(['create', 'edit', 'submit', 'approve', 'edit', 'submit', 'approve']);
    const entries = entriesOf(id);
    expect(entries[4]?.details).toMatchObject({ startedRevision: 2 });
    expect(entries[3]?.details).toMatchObject({ revision: 1, approver: 'Dr. Lena Vogt', approvedOn: '2026-06-02' });
    expect(entries[3]?.details).not.toHaveProperty('supersededRevision');
    expect(entries[6]?.details).toMatchObject({ revision: 2, supersededRevision: 1, reportSha256 });
    expect(audit.verify()).toEqual({ ok: true, entries: 7, firstBroken: null });
    db.close();
    expect(verifyHistoryFile(file)).toEqual({ ok: true, entries: 7, firstBroken: null });
  });

  it('lists the changed answers between revision 1 and 2 with their old and new values', () => {
    const { id } = completeAssessment();
    lifecycle.submitForReview(id);
    lifecycle.approve(id, { approver: 'Dr. Lena Vogt', approvedOn: '2026-06-02' });
    const approved = store.get(id);
    store.save({
      ...approved,
      step6: { ...approved.step6, nextReviewDate: '2027-11-30' },
      prechecks: { ...approved.prechecks, minimisationNote: 'Nur die Rufnummer.' },
    });
    lifecycle.submitForReview(id);
    lifecycle.approve(id, { approver: 'Dr. Lena Vogt', approvedOn: '2026-06-09' });

    const approvals = lifecycle.history(id).versions.filter((v) => v.kind === 'approved');
    const [second, first] = approvals.map(refOf);
    const { changes } = lifecycle.diff(id, { from: first as VersionRef, to: second as VersionRef });

    expect(changes).toEqual([
      {
        kind: 'changed',
        path: 'prechecks.minimisationNote',
        label: expect.any(Array),
        before: 'Nur Rufnummer und Termin; keine Namen, keine Adressen, keine Gesprächsinhalte.',
        after: 'Nur die Rufnummer.',
      },
      { kind: 'changed', path: 'step6.nextReviewDate', label: expect.any(Array), before: '2027-05-20', after: '2027-11-30' },
    ]);
    expect(changes[1]?.label.length).toBeGreaterThan(0);
    // The other way round reads as the reverse change; a version against itself as none.
    expect(lifecycle.diff(id, { from: second as VersionRef, to: first as VersionRef }).changes[1]).toMatchObject({ before: '2027-11-30', after: '2027-05-20' });
    expect(lifecycle.diff(id, { from: second as VersionRef, to: 'current' }).changes).toEqual([]);
    expect(failureOf(() => lifecycle.diff(id, { from: { revision: 7, kind: 'approved', at: 'never' }, to: 'current' })).code).toBe('NOT_FOUND');
  });

  it('does not start a revision when an approved assessment is saved unchanged', () => {
    const { id } = completeAssessment();
    lifecycle.submitForReview(id);
    lifecycle.approve(id, { approver: 'Dr. Lena Vogt', approvedOn: '2026-06-02' });

    store.save(store.get(id));

    expect(lifecycle.status(id)).toMatchObject({ lifecycle: 'approved', revision: 1, approvedRevision: 1 });
    expect(entriesOf(id).map((e) => e.action)).toEqual(['create', 'edit', 'submit', 'approve']);
  });

  it('takes an assessment in review back to draft when it is edited, keeping the submitted document', () => {
    const { id } = completeAssessment();
    lifecycle.submitForReview(id);
    const submitted = store.get(id);

    store.save({ ...submitted, title: 'Support telephony, reworded' });

    expect(lifecycle.status(id)).toMatchObject({ lifecycle: 'draft', revision: 1, approvedRevision: null });
    const [returned] = lifecycle.history(id).versions;
    expect(returned).toMatchObject({ revision: 1, kind: 'returned', contentHash: contentHash(submitted) });
    expect(entriesOf(id).at(-1)).toMatchObject({ action: 'edit', details: { returnedToDraft: 1, title: 'Support telephony, reworded' } });
    expect(audit.verify().ok).toBe(true);
  });

  it('returns a submission to draft with the reviewer’s note', () => {
    const { id } = completeAssessment();
    lifecycle.submitForReview(id);

    expect(lifecycle.returnToDraft(id, '  Please name the sub-processors.  ')).toMatchObject({ lifecycle: 'draft', revision: 1 });

    expect(lifecycle.history(id).versions[0]).toMatchObject({ kind: 'returned', note: 'Please name the sub-processors.' });
    expect(entriesOf(id).at(-1)).toMatchObject({ action: 'return', details: { revision: 1, note: 'Please name the sub-processors.' } });
    // Returned, it can be submitted again.
    expect(lifecycle.submitForReview(id).lifecycle).toBe('in-review');
  });
});

describe('refusals', () => {
  it('refuses to submit an incomplete assessment, names the open questions and writes nothing', () => {
    const created = store.create('Barely started');
    const entriesBefore = audit.count();

    const failure = failureOf(() => lifecycle.submitForReview(created.id));

    expect(failure.code).toBe('ASSESSMENT_INCOMPLETE');
    expect(failure.message).toContain('Barely started');
    expect(failure.details?.length).toBeGreaterThan(0);
    expect(failure.details?.every((line) => /^[a-z0-9]+: \d+ of \d+ required answers missing \(.+\)$/i.test(line))).toBe(true);
    expect(lifecycle.status(created.id).lifecycle).toBe('draft');
    expect(versionRows(created.id).n).toBe(0);
    expect(audit.count()).toBe(entriesBefore);
  });

  it('refuses to approve a draft or an approved assessment, and to return one not in review', () => {
    const { id } = completeAssessment();
    const approval = { approver: 'Dr. Lena Vogt', approvedOn: '2026-06-02' };

    const draft = failureOf(() => lifecycle.approve(id, approval));
    expect(draft.code).toBe('INVALID_TRANSITION');
    expect(draft.message).toMatch(/is a draft; only an assessment in review can be approved/);
    expect(failureOf(() => lifecycle.returnToDraft(id, 'no')).code).toBe('INVALID_TRANSITION');

    lifecycle.submitForReview(id);
    expect(failureOf(() => lifecycle.submitForReview(id)).code).toBe('INVALID_TRANSITION');
    lifecycle.approve(id, approval);
    expect(failureOf(() => lifecycle.approve(id, approval)).code).toBe('INVALID_TRANSITION');
    expect(versionRows(id).n).toBe(2);
    expect(failureOf(() => lifecycle.submitForReview(randomUUID())).code).toBe('NOT_FOUND');
  });

  it('refuses to save an archived assessment until it is taken out of the archive', () => {
    const { id } = completeAssessment();
    lifecycle.submitForReview(id);
    lifecycle.approve(id, { approver: 'Dr. Lena Vogt', approvedOn: '2026-06-02' });
    expect(lifecycle.archive(id)).toMatchObject({ lifecycle: 'archived', revision: 1, approvedRevision: 1 });
    const stored = store.get(id);
    const rowBefore = db.prepare('SELECT * FROM assessments WHERE id = ?').get(id);
    const entriesBefore = audit.count();

    const failure = failureOf(() => store.save({ ...stored, title: 'Changed while archived' }));

    expect(failure.code).toBe('ASSESSMENT_ARCHIVED');
    expect(db.prepare('SELECT * FROM assessments WHERE id = ?').get(id)).toEqual(rowBefore);
    expect(audit.count()).toBe(entriesBefore);
    expect(failureOf(() => lifecycle.submitForReview(id)).code).toBe('INVALID_TRANSITION');
    expect(failureOf(() => lifecycle.archive(id)).code).toBe('INVALID_TRANSITION');

    // Out of the archive, the approved revision is approved again, and an edit starts revision 2.
    expect(lifecycle.unarchive(id)).toMatchObject({ lifecycle: 'approved', revision: 1 });
    store.save({ ...stored, title: 'Changed after the archive' });
    expect(lifecycle.status(id)).toMatchObject({ lifecycle: 'draft', revision: 2, approvedRevision: 1 });
    expect(entriesOf(id).map((e) => e.action).slice(-3)).toEqual(['archive', 'unarchive', 'edit']);
    expect(entriesOf(id).find((e) => e.action === 'archive')?.details).toMatchObject({ lifecycleBefore: 'approved' });
    expect(audit.verify().ok).toBe(true);
  });

  it('takes a draft out of the archive as a draft', () => {
    const { id } = completeAssessment();
    lifecycle.archive(id);
    expect(lifecycle.unarchive(id)).toMatchObject({ lifecycle: 'draft', revision: 1, approvedRevision: null });
    expect(failureOf(() => lifecycle.unarchive(id)).code).toBe('INVALID_TRANSITION');
  });

  it('removes the kept versions with the assessment, and nothing else', () => {
    const kept = completeAssessment('Kept');
    const removed = completeAssessment('Removed');
    for (const { id } of [kept, removed]) {
      lifecycle.submitForReview(id);
      lifecycle.approve(id, { approver: 'Dr. Lena Vogt', approvedOn: '2026-06-02' });
    }
    store.delete(removed.id);
    expect(versionRows(removed.id).n).toBe(0);
    expect(versionRows(kept.id).n).toBe(2);
  });
});

describe('exported reports', () => {
  it('records a report by its file hash and finds the version it was made from', () => {
    const { id } = completeAssessment();
    const document = store.get(id);
    const fileSha256 = createHash('sha256').update('report bytes').digest('hex');
    const nextTick = new Date(clock.getTime() + 1000).toISOString();

    const recorded = lifecycle.recordExportedReport({
      fileSha256,
      assessmentId: id,
      revision: 1,
      contentHash: contentHash(document),
      language: 'de',
      signer: 'Jana Nowak',
      kind: 'signed',
    });

    expect(recorded).toMatchObject({ fileSha256, assessmentId: id, revision: 1, kind: 'signed', exportedAt: nextTick });
    expect(lifecycle.findReport(fileSha256)).toEqual(recorded);
    expect(lifecycle.findReport('0'.repeat(64))).toBeNull();
    expect(lifecycle.matchReport(fileSha256, null)).toEqual({ assessmentId: id, revision: 1 });
    // Another file of the same content (signed again elsewhere) is matched by the hash on its cover.
    expect(lifecycle.matchReport('1'.repeat(64), contentHash(document))).toEqual({ assessmentId: id, revision: 1 });
    expect(lifecycle.matchReport('1'.repeat(64), '2'.repeat(64))).toBeNull();
    expect(entriesOf(id).at(-1)).toMatchObject({ action: 'report-exported', details: { fileSha256, revision: 1, kind: 'signed' } });
    expect(audit.verify().ok).toBe(true);
  });
});

describe('migration 5', () => {
  it('keeps the assessments of an existing database as drafts of revision 1', () => {
    db.close();
    const legacy = join(dir, 'legacy.sqlite');
    const raw = new Database(legacy);
    runMigrations(raw, MIGRATIONS.filter((m) => m.version <= 4));
    const document = { ...fullAssessment(), id: randomUUID() };
    raw
      .prepare(
        `INSERT INTO assessments (id, title, importer, destination, status, next_review_date, created_at, updated_at, document)
         VALUES (?, ?, 'Twilio Inc.', 'US', 'complete', '2027-05-20', ?, ?, ?)`,
      )
      .run(document.id, document.title, document.createdAt, document.updatedAt, JSON.stringify(document));
    raw.close();

    file = legacy;
    open();
    const applied = db.prepare('SELECT version, name FROM schema_migrations WHERE version = 5').get();
    const columns = db.prepare("SELECT name FROM pragma_table_info('assessments')").pluck().all();

    expect(applied).toEqual({ version: 5, name: 'assessment-lifecycle' });
    expect(columns).toEqual(expect.arrayContaining(['lifecycle', 'revision', 'approved_revision']));
    expect(lifecycle.status(document.id)).toEqual({ assessmentId: document.id, lifecycle: 'draft', revision: 1, approvedRevision: null });
    expect(store.get(document.id)).toEqual(document);
    expect(lifecycle.history(document.id).versions).toEqual([]);
    expect(lifecycle.submitForReview(document.id).lifecycle).toBe('in-review');
  });

  it('refuses a lifecycle state the schema does not know', () => {
    const { id } = completeAssessment();
    expect(() => db.prepare("UPDATE assessments SET lifecycle = 'published' WHERE id = ?").run(id)).toThrow(/CHECK constraint/);
  });
});
