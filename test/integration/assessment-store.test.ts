import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessmentSchema, type Assessment } from '../../shared/domain/assessment';
import { parseInterchange } from '../../shared/domain/interchange';
import { deriveStatus } from '../../shared/wizard/completeness';
import { createAssessmentStore } from '../../electron/services/database/assessment-store';
import { openDatabase } from '../../electron/services/database/open-database';
import { loadLawLibrary } from '../../electron/services/law-library';
import type { AssessmentStore } from '../../electron/services/types';
import { fullAssessment } from '../fixtures/full-assessment';
import { fullAssessmentV1 } from '../fixtures/full-assessment-v1';
import { failureOf } from './support/failures';

const lawLibrary = () => loadLawLibrary(join(process.cwd(), 'resources'));

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
  store = createAssessmentStore(db, { now: tick, newId: randomUUID, lawLibrary });
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

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
function answers(a: Assessment): Omit<Assessment, 'id' | 'title' | 'createdAt' | 'updatedAt'> {
  const { id: _id, title: _title, createdAt: _createdAt, updatedAt: _updatedAt, ...rest } = a;
  return rest;
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
    incomplete.conclusion.decision = '';
    const importer = incomplete.map.parties.find((p) => p.id === 'importer');
    if (importer) importer.name = 'Telnyx LLC';
    const { summary } = store.save(incomplete);

    expect(summary.status).toBe('draft');
    expect(summary.importer).toBe('Telnyx LLC');
    expect(store.list()[0]).toEqual(summary);
  });

  it('lists every importer of the map and their countries, but not sub-processors', () => {
    const created = store.create('Two importers');
    const document = filled(created);
    document.map.parties.push({
      id: 'importer-2',
      name: 'Łódź Support Sp. z o.o.',
      kind: 'importer',
      role: 'processor',
      country: 'IN',
      entityType: 'company',
      address: '',
      contact: '',
    });
    const { summary } = store.save(document);
    expect(summary.importer).toBe('Twilio Inc., Łódź Support Sp. z o.o.');
    expect(summary.destination).toBe('US, IN');
  });

  it('takes the status from the pre-checks: steps 3–5 are not needed where adequacy covers the transfer', () => {
    const created = store.create('Support in Zürich');
    const full = filled(created);
    const adequate: Assessment = {
      ...full,
      map: {
        parties: full.map.parties.filter((p) => p.kind !== 'sub-processor').map((p) => (p.kind === 'importer' ? { ...p, country: 'CH' } : p)),
        transfers: full.map.transfers
          .filter((t) => t.id === 'transfer-1')
          .map((t) => ({ ...t, tool: { ...t.tool, tool: 'adequacy' as const, details: '' } })),
      },
      step3: { ...full.step3, laws: [], risk: { ...full.step3.risk, scenarios: [] } },
      step4: { measures: [] },
      step5: { checklist: [] },
      conclusion: { ...full.conclusion, outcome: 'no-tia-required', proposedOutcome: 'no-tia-required' },
    };
    // Under a full TIA the empty steps 3–5 would leave it a draft; the pre-checks find adequacy, so it is complete.
    expect(deriveStatus(adequate, { fullTiaRequired: true })).toBe('draft');
    const { summary } = store.save(adequate);
    expect(summary).toMatchObject({ destination: 'CH', status: 'complete' });

    // Asking to record the full assessment anyway brings steps 3–5 back.
    const continued = { ...adequate, prechecks: { ...adequate.prechecks, continueFullAssessment: true } };
    expect(store.save(continued).summary.status).toBe('draft');
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
    const text = JSON.stringify({ format: 'dtia-assessment', version: 2, exportedAt: '2026-06-01T00:00:00Z', assessment: older });
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
    const broken = store.get(created.id) as unknown as { map: { parties: { country: string }[] } };
    (broken.map.parties[1] as { country: string }).country = 'United States';

    const failure = failureOf(() => store.save(broken as unknown as Assessment));
    expect(failure.code).toBe('INVALID_ASSESSMENT');
    expect(failure.details).toContain('map.parties.1.country: expected an ISO 3166-1 alpha-2 code');

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

    // Importing beside the original: the id is taken, so the import gets a new one and "(2)", and the original stays.
    const imported = store.importText(exported.fileName, exported.content);
    expect(imported.id).not.toBe(original.id);
    expect(imported.title).toBe(`${original.title} (2)`);
    expect({ ...imported, id: original.id, title: original.title }).toEqual(original);
    expect(store.get(original.id)).toEqual(original);
    expect(store.list()).toHaveLength(2);
  });

  it('imports a file under its own id when that id is free', () => {
    const full = fullAssessment();
    const text = JSON.stringify({ format: 'dtia-assessment', version: 2, exportedAt: '2026-06-01T00:00:00.000Z', assessment: full });
    const imported = store.importFile('full.dtia.json', text);
    expect(imported).toEqual({ assessment: full, migratedFromVersion: null, replaced: false });
    expect(store.get(full.id)).toEqual(full);
    expect(store.list()[0]?.status).toBe('complete');
  });

  it('imports a version 1 file as a migrated version 2 draft and says it was migrated', () => {
    const v1 = fullAssessmentV1();
    const text = JSON.stringify({ format: 'dtia-assessment', version: 1, exportedAt: '2026-06-01T00:00:00.000Z', assessment: v1 });
    const { assessment, migratedFromVersion } = store.importFile('old.dtia.json', text);
    expect(migratedFromVersion).toBe(1);
    expect(assessmentSchema.safeParse(assessment).success).toBe(true);
    expect(store.get(v1.id)).toEqual(assessment);
    expect(store.list()[0]).toMatchObject({ importer: 'Twilio Inc.', destination: 'US', status: 'draft', nextReviewDate: '2027-05-20' });
  });
});
