import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPortfolioQuery, type PortfolioQuery, type PortfolioRow } from '../../shared/portfolio/query';
import { createServices } from '../../electron/services/index';
import { createHandlers } from '../../electron/services/handlers';
import type { Services } from '../../electron/services/types';
import { GENERATED_DAY, generateWorkspace } from '../fixtures/workspace-generator';
import { parseCsv } from '../fixtures/parse-csv';

const RESOURCES = join(process.cwd(), 'resources');
/** More than one page of the portfolio (200 rows), so that the export must join pages. */
const COUNT = 260;
const TODAY = GENERATED_DAY;

/** Titles a spreadsheet would misread: formulas, separators, quotes, line breaks and umlauts. */
const AWKWARD_TITLES = [
  '=HYPERLINK("https://evil.example","Click")',
  '+49 hotline transfer',
  '-minus first',
  '@SUM(A1:A2)',
  'Quotes "inside", commas; semicolons',
  'Two\nlines',
  'Größe und Übermittlung — Ärzte',
];

let dataDir: string;
let services: Services;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'dtia-csv-'));
  generateWorkspace({ dataDir, resourcesDir: RESOURCES, count: COUNT });
  services = createServices({ dataDir, resourcesDir: RESOURCES, now: () => new Date(`${TODAY}T12:00:00Z`) });
  for (const title of AWKWARD_TITLES) services.assessments.create(title);
});

afterAll(() => {
  services.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function allRows(query: PortfolioQuery): PortfolioRow[] {
  const rows: PortfolioRow[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = services.portfolio.query({ ...query, offset, limit: 200 }, TODAY);
    rows.push(...page.rows);
    if (page.rows.length < 200) return rows;
  }
}

/** What the spreadsheet shows once the guard apostrophe is read as "text follows". */
const unguarded = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('the portfolio as CSV', () => {
  it('holds every row of the query across pages, in its order, under the query’s filters', () => {
    const queries: Partial<PortfolioQuery>[] = [
      {},
      { sort: { column: 'title', direction: 'desc' } },
      { countries: ['US'], tools: ['scc'] },
      { text: 'payroll', review: 'overdue' },
      { statuses: ['draft'], outcomes: ['proceed'] },
    ];
    for (const partial of queries) {
      // The page the screen shows is ignored: the file holds every page.
      const query = { ...defaultPortfolioQuery(), ...partial, offset: 50, limit: 10 };
      const expected = allRows(query);
      const exported = services.portfolioCsv.export(query, 'en', TODAY);
      const [header, ...records] = parseCsv(exported.content, ',');
      expect(header).toEqual(['Title', 'Status', 'Outcome', 'Importer', 'Destination countries', 'Transfer tools', 'Residual risk (%)', 'Assessor', 'Approver', 'Next review', 'Last edited (UTC)']);
      expect(exported.rows).toBe(expected.length);
      expect(records.map((record) => unguarded(record[0]!))).toEqual(expected.map((row) => row.title));
      expect(records.map((record) => record[3])).toEqual(expected.map((row) => row.importer));
      expect(records.map((record) => record[9])).toEqual(expected.map((row) => row.nextReviewDate));
      expect(records.every((record) => record.length === header!.length)).toBe(true);
    }
    expect(services.portfolioCsv.export(defaultPortfolioQuery(), 'en', TODAY).rows).toBe(COUNT + AWKWARD_TITLES.length);
  });

  it('writes UTF-8 with a byte order mark, CRLF line ends and RFC 4180 quoting', () => {
    const { content, fileName } = services.portfolioCsv.export(defaultPortfolioQuery(), 'en', TODAY);
    expect(fileName).toBe(`DTIA portfolio ${TODAY}.csv`);
    const bytes = Buffer.from(content, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(Buffer.from('Größe und Übermittlung — Ärzte', 'utf8'))).toBe(true);
    // Every record ends in CRLF; the only bare LF is the one inside the quoted two-line title.
    expect(content.endsWith('\r\n')).toBe(true);
    expect(content.split('\r\n').length - 1).toBe(1 + COUNT + AWKWARD_TITLES.length);
    expect(content.match(/(?<!\r)\n/g)).toHaveLength(1);
    expect(content).toContain('"Quotes ""inside"", commas; semicolons"');
    expect(content).toContain('"Two\nlines"');
    const titles = parseCsv(content, ',').map((record) => record[0]);
    expect(titles).toContain('Two\nlines');
    expect(titles).toContain('Quotes "inside", commas; semicolons');
  });

  it('guards cells a spreadsheet would run as a formula', () => {
    const titles = parseCsv(services.portfolioCsv.export(defaultPortfolioQuery(), 'en', TODAY).content, ',').map((record) => record[0]);
    expect(titles).toContain('\'=HYPERLINK("https://evil.example","Click")');
    expect(titles).toContain("'+49 hotline transfer");
    expect(titles).toContain("'-minus first");
    expect(titles).toContain("'@SUM(A1:A2)");
    // No cell of the file starts a formula.
    const cells = parseCsv(services.portfolioCsv.export(defaultPortfolioQuery(), 'de', TODAY).content, ';').flat();
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });

  it('speaks German in a German file: headers, labels, decimal comma and the semicolon Excel expects there', () => {
    const query = { ...defaultPortfolioQuery(), sort: { column: 'residualRisk' as const, direction: 'desc' as const } };
    const expected = allRows(query);
    const { content, fileName } = services.portfolioCsv.export(query, 'de', TODAY);
    expect(fileName).toBe(`DTIA-Portfolio ${TODAY}.csv`);
    const [header, ...records] = parseCsv(content, ';');
    expect(header).toEqual(['Titel', 'Status', 'Ergebnis', 'Importeur', 'Zielländer', 'Übermittlungsinstrumente', 'Restrisiko (%)', 'Bewertet von', 'Freigegeben von', 'Nächste Überprüfung', 'Zuletzt bearbeitet (UTC)']);
    expect(records).toHaveLength(expected.length);
    const first = expected[0]!;
    expect(first.residualRisk).not.toBeNull();
    const risk = records[0]![6]!;
    expect(risk).toMatch(/^\d+(,\d+)?$/);
    expect(Number(risk.replace(',', '.'))).toBeCloseTo(first.residualRisk! * 100, 4);
    // Every stored assessment is a draft here: the status reads as the German screens show it.
    expect(new Set(expected.map((row) => row.status))).toEqual(new Set(['draft']));
    expect(new Set(records.map((record) => record[1]))).toEqual(new Set(['Entwurf']));
    const proceeding = records.findIndex((_, index) => expected[index]!.outcome === 'proceed');
    expect(records[proceeding]![2]).toBe('Die Übermittlung kann erfolgen');
    const usIndex = expected.findIndex((row) => row.countries.includes('US'));
    expect(records[usIndex]![4]).toContain('Vereinigte Staaten');
    const english = parseCsv(services.portfolioCsv.export(query, 'en', TODAY).content, ',');
    expect(english[usIndex + 1]![4]).toContain('United States');
    expect(english[proceeding + 1]![2]).toBe('The transfer may proceed');
  });

  it('is a channel: the query is validated, and the text comes back whole', async () => {
    const handlers = createHandlers(services, { saveFile: async () => ({ saved: false, path: null }) });
    const refused = await handlers.exportPortfolioCsv({ query: { ...defaultPortfolioQuery(), limit: 0 }, language: 'en' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await handlers.exportPortfolioCsv({ query: defaultPortfolioQuery(), language: 'fr' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    const result = await handlers.exportPortfolioCsv({ query: defaultPortfolioQuery(), language: 'en', today: TODAY });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.content).toBe(services.portfolioCsv.export(defaultPortfolioQuery(), 'en', TODAY).content);
  });
});
