import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessmentSchema, type Assessment } from '../../shared/domain/assessment';
import { parseInterchange } from '../../shared/domain/interchange';
import { AppFailure } from '../../shared/domain/result';
import { deriveStatus } from '../../shared/wizard/completeness';
import { createAssessmentStore } from '../../electron/services/database/assessment-store';
import { openDatabase } from '../../electron/services/database/open-database';
import type { AssessmentStore } from '../../electron/services/types';
import { fullAssessment } from '../fixtures/full-assessment';

let dir: string;
let file: string;
let db: Database.Database;
let store: AssessmentStore;
let clock: Date;

/** Each call moves the clock one second on, so every write has its own timestamp. */
function tick(): Date {
  clock = new Date(clock.getTime() + 1000);
  return clock;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dtia-store-'));
  file = join(dir, 'dtia.sqlite');
  clock = new Date('2026-06-01T08:00:00.000Z');
  db = openDatabase(file);
  store = createAssessmentStore(db, { now: tick, newId: randomUUID });
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function failureOf(action: () => unknown): AppFailure {
  try {
    action();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected an AppFailure, but nothing was thrown');
}

function rawRows(): unknown[] {
  const raw = new Database(file, { readonly: true });
  try {
    return raw.prepare('SELECT * FROM assessments ORDER BY id').all();
  } finally {
    raw.close();
  }
}

/** Fills a freshly created assessment with the fixture's answers. */
function filled(created: Assessment): Assessment {
  const full = fullAssessment();
  return { ...full, id: created.id, title: created.title, createdAt: created.createdAt, updatedAt: created.updatedAt };
}

/** Everything the user answered, without identity and timestamps. */
function answers(a: Assessment): Pick<Assessment, 'step1' | 'step2' | 'step3' | 'step4' | 'step5' | 'step6' | 'conclusion'> {
  return { step1: a.step1, step2: a.step2, step3: a.step3, step4: a.step4, step5: a.step5, step6: a.step6, conclusion: a.conclusion };
}

describe('assessment store', () => {
  it('creates an empty draft that can be read back', () => {
    const created = store.create('  Payroll to Łódź  ');
    expect(assessmentSchema.safeParse(created).success).toBe(true);
    expect(created.title).toBe('Payroll to Łódź');
    expect(created.createdAt).toBe('2026-06-01T08:00:01.000Z');
    expect(created.updatedAt).toBe(created.createdAt);
    expect(store.get(created.id)).toEqual(created);
    expect(store.list()).toEqual([
      {
        id: created.id,
        title: 'Payroll to Łódź',
        importer: '',
        destination: '',
        status: 'draft',
        updatedAt: created.updatedAt,
        nextReviewDate: '',
      },
    ]);
  });

  it('refuses an empty title', () => {
    expect(failureOf(() => store.create('   ')).code).toBe('INVALID_ASSESSMENT');
    expect(rawRows()).toEqual([]);
  });

  it('round-trips a fully filled assessment through save and get, non-ASCII text included', () => {
    const created = store.create('Kundensupport – „Zürich, Łódź, São Paulo“, ß');
    const document = filled(created);

    const result = store.save(document);

    expect(result.updatedAt).toBe('2026-06-01T08:00:02.000Z');
    expect(result.summary).toEqual({
      id: created.id,
      title: 'Kundensupport – „Zürich, Łódź, São Paulo“, ß',
      importer: 'Twilio Inc.',
      destination: 'US',
      status: 'complete',
      updatedAt: result.updatedAt,
      nextReviewDate: '2027-05-20',
    });
    const stored = store.get(created.id);
    expect(stored).toEqual({ ...document, updatedAt: result.updatedAt });
    expect(deriveStatus(stored)).toBe('complete');

    // A second connection sees the same bytes: the data really is in the file.
    const raw = new Database(file, { readonly: true });
    const row = raw.prepare('SELECT * FROM assessments WHERE id = ?').get(created.id) as Record<string, string>;
    raw.close();
    expect(JSON.parse(row.document as string)).toEqual(stored);
    expect(row).toMatchObject({
      importer: 'Twilio Inc.',
      destination: 'US',
      status: 'complete',
      next_review_date: '2027-05-20',
      updated_at: result.updatedAt,
      created_at: created.createdAt,
    });
  });

  it('keeps the stored creation time when a save brings another one', () => {
    const created = store.create('Created once');
    store.save({ ...created, createdAt: '1999-01-01T00:00:00.000Z' });
    expect(store.get(created.id).createdAt).toBe(created.createdAt);
  });

  it('recomputes the summary on every save', () => {
    const created = store.create('Status follows the answers');
    store.save(filled(created));
    expect(store.list()[0]?.status).toBe('complete');

    const incomplete = store.get(created.id);
    incomplete.conclusion.rationale = '';
    incomplete.step1.importer = { name: 'Telnyx LLC', country: 'US', role: 'processor' };
    const { summary } = store.save(incomplete);

    expect(summary.status).toBe('draft');
    expect(summary.importer).toBe('Telnyx LLC');
    expect(store.list()[0]).toEqual(summary);
  });

  it('lists the most recently changed first', () => {
    const first = store.create('First');
    const second = store.create('Second');
    const third = store.create('Third');
    expect(store.list().map((s) => s.title)).toEqual(['Third', 'Second', 'First']);

    store.save(store.get(first.id));
    expect(store.list().map((s) => s.id)).toEqual([first.id, third.id, second.id]);
  });

  it('sorts imported assessments by their time even when written with another precision', () => {
    const older = fullAssessment();
    older.id = randomUUID();
    older.updatedAt = '2026-05-31T23:59:59Z';
    older.title = 'Older import';
    const text = JSON.stringify({ format: 'dtia-assessment', version: 1, exportedAt: '2026-06-01T00:00:00Z', assessment: older });
    expect(parseInterchange(text).ok).toBe(true);
    store.importText('older.dtia.json', text);
    store.create('Newer');
    expect(store.list().map((s) => s.title)).toEqual(['Newer', 'Older import']);
  });

  it('duplicates with a new id, a "(copy)" title and fresh timestamps', () => {
    const created = store.create('Hosting in São Paulo');
    store.save(filled(created));
    const original = store.get(created.id);

    const copy = store.duplicate(created.id);

    expect(copy.id).not.toBe(original.id);
    expect(copy.title).toBe('Hosting in São Paulo (copy)');
    expect(copy.createdAt).toBe('2026-06-01T08:00:03.000Z');
    expect(copy.updatedAt).toBe(copy.createdAt);
    expect(answers(copy)).toEqual(answers(original));
    expect(store.get(copy.id)).toEqual(copy);
    expect(store.get(original.id)).toEqual(original);
    expect(store.list()).toHaveLength(2);
  });

  it('keeps the title of a copy within the title limit', () => {
    const created = store.create('x'.repeat(300));
    const copy = store.duplicate(created.id);
    expect(copy.title).toHaveLength(300);
    expect(copy.title.endsWith(' (copy)')).toBe(true);
  });

  it('deletes, and reports a second delete as NOT_FOUND', () => {
    const keep = store.create('Keep');
    const drop = store.create('Drop');

    expect(store.delete(drop.id)).toEqual({ id: drop.id });
    expect(store.list().map((s) => s.id)).toEqual([keep.id]);
    expect(failureOf(() => store.get(drop.id)).code).toBe('NOT_FOUND');
    expect(failureOf(() => store.delete(drop.id)).code).toBe('NOT_FOUND');
  });

  it('refuses to save an assessment it does not hold', () => {
    store.create('Existing');
    const before = rawRows();
    const stranger = { ...fullAssessment(), id: randomUUID() };

    expect(failureOf(() => store.save(stranger)).code).toBe('NOT_FOUND');
    expect(rawRows()).toEqual(before);
  });

  it('refuses an invalid document and writes nothing', () => {
    const created = store.create('Valid so far');
    store.save(filled(created));
    const before = rawRows();
    const broken = store.get(created.id) as unknown as { step1: { importer: { country: string } }; extra?: string };
    broken.step1.importer.country = 'United States';

    const failure = failureOf(() => store.save(broken as unknown as Assessment));
    expect(failure.code).toBe('INVALID_ASSESSMENT');
    expect(failure.details).toContain('step1.importer.country: expected an ISO 3166-1 alpha-2 code');

    const withExtraKey = { ...store.get(created.id), injected: '<script>' };
    expect(failureOf(() => store.save(withExtraKey as unknown as Assessment)).code).toBe('INVALID_ASSESSMENT');
    expect(rawRows()).toEqual(before);
  });

  it('exports a file that imports back to the same answers', () => {
    const created = store.create('Telefonie: Zürich → São Paulo, „Groß“');
    store.save(filled(created));
    const original = store.get(created.id);

    const exported = store.exportJson(created.id);
    expect(exported.fileName).toBe('telefonie-zurich-sao-paulo-gross.dtia.json');
    const parsed = parseInterchange(exported.content);
    expect(parsed.ok && parsed.value.assessment).toEqual(original);

    // Importing beside the original: the id is taken, so the import gets a new one and the original stays.
    const imported = store.importText(exported.fileName, exported.content);
    expect(imported.id).not.toBe(original.id);
    expect({ ...imported, id: original.id }).toEqual(original);
    expect(store.get(original.id)).toEqual(original);
    expect(store.list()).toHaveLength(2);
  });

  it('imports a file under its own id when that id is free', () => {
    const full = fullAssessment();
    const text = JSON.stringify({ format: 'dtia-assessment', version: 1, exportedAt: '2026-06-01T00:00:00.000Z', assessment: full });
    const imported = store.importText('full.dtia.json', text);
    expect(imported).toEqual(full);
    expect(store.get(full.id)).toEqual(full);
    expect(store.list()[0]?.status).toBe('complete');
  });

  it('saves well under 5 ms', () => {
    const created = store.create('Timing');
    const document = filled(created);
    store.save(document);
    const runs = 200;
    const started = performance.now();
    for (let i = 0; i < runs; i += 1) store.save(document);
    const perSave = (performance.now() - started) / runs;
    expect(perSave).toBeLessThan(5);
  });
});
