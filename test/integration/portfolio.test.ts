import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../shared/domain/assessment';
import { DUE_SOON_DAYS, addDays, defaultPortfolioQuery, type PortfolioQuery } from '../../shared/portfolio/query';
import { createServices, DATABASE_FILE } from '../../electron/services/index';
import { MIGRATIONS, runMigrations } from '../../electron/services/database/migrations';
import { destinationCountries } from '../../electron/services/database/portfolio-columns';
import type { Services } from '../../electron/services/types';
import { DIACRITIC_CITY, GENERATED_DAY, RARE_WORD, generateWorkspace, generatedAssessment } from '../fixtures/workspace-generator';

const RESOURCES = join(process.cwd(), 'resources');
const COUNT = 300;
const TODAY = GENERATED_DAY;

let dataDir: string;
let services: Services;
let documents: Assessment[];

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'dtia-portfolio-'));
  generateWorkspace({ dataDir, resourcesDir: RESOURCES, count: COUNT });
  services = createServices({ dataDir, resourcesDir: RESOURCES, now: () => new Date(`${TODAY}T12:00:00Z`) });
  documents = Array.from({ length: COUNT }, (_, index) => generatedAssessment(index));
});

afterAll(() => {
  services.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const query = (q: Partial<PortfolioQuery>) => services.portfolio.query({ ...defaultPortfolioQuery(), limit: 200, ...q }, TODAY);

/** Every page of a query, joined. */
function allRows(q: Partial<PortfolioQuery>) {
  const rows = [];
  for (let offset = 0; ; offset += 200) {
    const page = query({ ...q, offset });
    rows.push(...page.rows);
    if (page.rows.length < 200) return rows;
  }
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();

describe('full-text search', () => {
  it('finds a word in a transfer purpose, in about one document in a hundred', () => {
    const expected = documents.filter((d) => d.map.transfers.some((t) => t.purpose.includes(RARE_WORD)));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(allRows({ text: RARE_WORD.toLowerCase() }))).toEqual(ids(expected));
    // The last word is a prefix, for search as you type.
    expect(ids(allRows({ text: RARE_WORD.slice(0, 8) }))).toEqual(ids(expected));
  });

  it('finds a note of a law and ignores diacritics both ways', () => {
    const withNote = documents.filter((d) => d.step3.laws.some((law) => law.notes.includes('transparency reports show few requests')));
    expect(withNote.length).toBeGreaterThan(0);
    expect(ids(allRows({ text: 'transparency reports show few' }))).toEqual(ids(withNote));
    const inCity = documents.filter((d) => d.map.parties.some((p) => p.address.includes(DIACRITIC_CITY)));
    expect(inCity.length).toBeGreaterThan(0);
    expect(ids(allRows({ text: 'lodz' }))).toEqual(ids(inCity));
    expect(ids(allRows({ text: 'ŁÓDŹ' }))).toEqual(ids(inCity));
  });

  it('treats hostile input as plain words and never throws', () => {
    for (const text of ['"', '""', 'NEAR(a b)', 'a NEAR b', '*', '* OR', 'AND', '(scc', ')', 'title:foo', '-x', '^', 'a"b*c', '\u0000', "'; DROP TABLE assessments; --"]) {
      expect(() => query({ text })).not.toThrow();
    }
    expect(query({ text: '"Customer" AND (support' }).total).toBe(
      documents.filter((d) => JSON.stringify(d).includes('Customer') && /\bsupport/i.test(JSON.stringify(d.map))).length,
    );
    expect(query({}).total).toBe(COUNT);
  });
});

describe('filters and counts', () => {
  const review = (d: Assessment) => d.step6.nextReviewDate;
  const cases: [string, Partial<PortfolioQuery>, (d: Assessment) => boolean][] = [
    ['country', { countries: ['US'] }, (d) => destinationCountries(d).includes('US')],
    ['two countries', { countries: ['US', 'CN'] }, (d) => destinationCountries(d).some((c) => c === 'US' || c === 'CN')],
    ['tool', { tools: ['scc'] }, (d) => d.map.transfers.some((t) => t.tool.tool === 'scc')],
    ['outcome', { outcomes: ['proceed'] }, (d) => d.conclusion.outcome === 'proceed'],
    ['overdue', { review: 'overdue' }, (d) => review(d) !== '' && review(d) < TODAY],
    ['due soon', { review: 'due-soon' }, (d) => review(d) >= TODAY && review(d) <= addDays(TODAY, DUE_SOON_DAYS)],
    [
      'country and tool and text',
      { countries: ['IN'], tools: ['dpf'], text: 'payroll' },
      (d) =>
        destinationCountries(d).includes('IN') &&
        d.map.transfers.some((t) => t.tool.tool === 'dpf') &&
        /payroll/i.test(JSON.stringify({ ...d, id: '', createdAt: '', updatedAt: '' })),
    ],
  ];

  it.each(cases)('%s agrees with a check over the documents', (_name, filter, predicate) => {
    const expected = documents.filter(predicate);
    const page = query(filter);
    expect(page.total).toBe(expected.length);
    expect(ids(allRows(filter))).toEqual(ids(expected));
    const byCountry: Record<string, number> = {};
    for (const d of expected) for (const c of destinationCountries(d)) byCountry[c] = (byCountry[c] ?? 0) + 1;
    expect(page.counts.byCountry).toEqual(byCountry);
    expect(page.counts.overdue).toBe(expected.filter((d) => review(d) !== '' && review(d) < TODAY).length);
    expect(page.counts.dueSoon).toBe(expected.filter((d) => review(d) >= TODAY && review(d) <= addDays(TODAY, DUE_SOON_DAYS)).length);
    expect(Object.values(page.counts.byStatus).reduce((a, b) => a + b, 0)).toBe(expected.length);
  });

  it('filters by status and counts per status', () => {
    const all = query({});
    const [status, count] = Object.entries(all.counts.byStatus)[0] ?? ['', 0];
    expect(count).toBeGreaterThan(0);
    expect(query({ statuses: [status] }).total).toBe(count);
    expect(query({ statuses: ['no-such-status'] }).total).toBe(0);
  });

  it('counts no archived assessment as overdue or due soon', () => {
    const before = query({});
    const [overdue] = query({ review: 'overdue' }).rows;
    expect(overdue).toBeDefined();
    services.lifecycle.archive(overdue!.id);
    try {
      expect(query({}).counts.overdue).toBe(before.counts.overdue - 1);
      expect(ids(allRows({ review: 'overdue' }))).not.toContain(overdue!.id);
    } finally {
      services.lifecycle.unarchive(overdue!.id);
    }
    expect(query({}).counts.overdue).toBe(before.counts.overdue);
  });
});

describe('order and pages', () => {
  it('sorts by next review (empty dates last) and by title, in both directions', () => {
    const byReview = allRows({}).map((row) => row.nextReviewDate);
    const dated = byReview.filter((d) => d !== '');
    expect(dated).toEqual([...dated].sort());
    expect(byReview.slice(dated.length).every((d) => d === '')).toBe(true);
    const desc = allRows({ sort: { column: 'nextReviewDate', direction: 'desc' } }).map((row) => row.nextReviewDate);
    expect(desc.filter((d) => d !== '')).toEqual([...dated].reverse());
    const titles = allRows({ sort: { column: 'title', direction: 'asc' } }).map((row) => row.title.toLowerCase());
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const risks = allRows({ sort: { column: 'residualRisk', direction: 'desc' } }).map((row) => row.residualRisk);
    const known = risks.filter((r): r is number => r !== null);
    expect(known.length).toBeGreaterThan(0);
    expect(known).toEqual([...known].sort((a, b) => b - a));
  });

  it('pages without gaps or repeats', () => {
    const pages = [0, 1, 2, 3, 4, 5, 6].flatMap((n) => query({ offset: n * 50, limit: 50 }).rows);
    expect(new Set(pages.map((row) => row.id)).size).toBe(COUNT);
    expect(query({ offset: COUNT, limit: 50 }).rows).toEqual([]);
  });

  it('keeps the columns up to date when an assessment is saved or deleted', () => {
    const id = documents[0]!.id;
    const stored = services.assessments.get(id);
    stored.map.transfers[0]!.purpose = 'Quarterly Kraków reconciliation';
    stored.conclusion.assessor = 'Ola Wiśniewska';
    services.assessments.save(stored);
    const found = query({ text: 'krakow' });
    expect(found.rows.map((row) => row.id)).toEqual([id]);
    expect(found.rows[0]!.assessor).toBe('Ola Wiśniewska');
    services.assessments.delete(id);
    expect(query({ text: 'krakow' }).total).toBe(0);
    expect(query({}).total).toBe(COUNT - 1);
  });
});

describe('saved views', () => {
  it('round-trip, rename and delete', () => {
    const filter: PortfolioQuery = { ...defaultPortfolioQuery(), countries: ['US'], review: 'overdue', text: 'Łódź' };
    const saved = services.portfolio.saveView({ name: 'Overdue US', query: filter });
    expect(services.portfolio.listViews()).toEqual([saved]);
    expect(saved.query).toEqual(filter);
    const renamed = services.portfolio.saveView({ id: saved.id, name: 'US overdue', query: filter });
    expect(services.portfolio.listViews()).toEqual([{ ...renamed, createdAt: saved.createdAt }]);
    services.portfolio.deleteView(saved.id);
    expect(services.portfolio.listViews()).toEqual([]);
    expect(() => services.portfolio.deleteView(saved.id)).toThrow(/No saved view/);
  });
});

describe('migration 6 on existing data', () => {
  it('fills the columns, the countries and the search table for assessments stored before it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dtia-portfolio-migrate-'));
    try {
      const file = join(dir, DATABASE_FILE);
      const raw = new Database(file);
      runMigrations(raw, MIGRATIONS.filter((m) => m.version <= 4));
      const older = [generatedAssessment(42), generatedAssessment(37)];
      for (const d of older) {
        raw
          .prepare(
            `INSERT INTO assessments (id, title, importer, destination, status, next_review_date, created_at, updated_at, document)
             VALUES (?, ?, '', '', 'draft', ?, ?, ?, ?)`,
          )
          .run(d.id, d.title, d.step6.nextReviewDate, d.createdAt, d.updatedAt, JSON.stringify(d));
      }
      raw.close();
      const migrated = createServices({ dataDir: dir, resourcesDir: RESOURCES });
      try {
        const page = migrated.portfolio.query({ ...defaultPortfolioQuery(), text: RARE_WORD }, TODAY);
        expect(page.rows.map((row) => row.id)).toEqual([older[0]!.id]);
        expect(migrated.portfolio.query({ ...defaultPortfolioQuery(), text: 'lodz' }, TODAY).rows.map((r) => r.id)).toEqual([older[1]!.id]);
        const all = migrated.portfolio.query(defaultPortfolioQuery(), TODAY).rows;
        for (const d of older) {
          const row = all.find((r) => r.id === d.id)!;
          expect(row.countries).toEqual(destinationCountries(d));
          expect(row.outcome).toBe(d.conclusion.outcome);
          expect(row.assessor).toBe(d.conclusion.assessor.trim());
          expect(row.tools).toEqual([...new Set(d.map.transfers.map((t) => t.tool.tool))].sort());
          // The residual risk needed the law library and was completed when the store opened.
          expect(row.residualRisk === null).toBe(!d.step3.risk.scenarios.some((s) => s.included));
        }
      } finally {
        migrated.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
