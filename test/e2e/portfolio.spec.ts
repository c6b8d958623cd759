import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { addDays, defaultPortfolioQuery, type PortfolioPage, type PortfolioQuery } from '../../shared/portfolio/query';
import { GENERATED_DAY, generateWorkspace } from '../fixtures/workspace-generator';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { REPO_ROOT, createTestBackend, type TestBackend } from './support/app';
import { expect, test as base } from './support/fixtures';

const GENERATED = 40;
const EXAMPLE = join(REPO_ROOT, 'resources/examples/telnyx-sample.dtia.json');
/** Generated assessments put in the archive, so that the statuses differ. */
const ARCHIVED = [3, 8, 13, 21, 30];
/** Generated assessments whose next review the test sets relative to today: overdue, soon due, later. */
const OVERDUE_INDEX = 5;
const DUE_SOON_INDEX = 6;
const LATER_INDEX = 7;

interface Workspace {
  backend: TestBackend;
  today: string;
  overdueTitle: string;
  dueSoonTitle: string;
  laterTitle: string;
}

/**
 * The generated workspace plus the Telnyx example, in a data folder of its own: the generator writes the database
 * before the app's services hold the folder's lock.
 */
const test = base.extend<{ backend: TestBackend; workspace: Workspace }>({
  backend: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dtia-e2e-portfolio-'));
    generateWorkspace({ dataDir, resourcesDir: join(REPO_ROOT, 'resources'), count: GENERATED });
    const backend = createTestBackend(dataDir);
    await use(backend);
    backend.services.close();
  },
  workspace: async ({ backend }, use) => {
    const { services } = backend;
    services.assessments.importText('telnyx-sample.dtia.json', readFileSync(EXAMPLE, 'utf8'));
    const generated = services.portfolio
      .query({ ...defaultPortfolioQuery(), sort: { column: 'title', direction: 'asc' }, limit: 200 })
      .rows.filter((row) => !row.title.startsWith('SAMPLE'));
    expect(generated).toHaveLength(GENERATED);
    for (const index of ARCHIVED) services.lifecycle.archive(generated[index]!.id);
    const today = GENERATED_DAY;
    const setReview = (index: number, date: string): string => {
      const assessment = services.assessments.get(generated[index]!.id);
      services.assessments.save({ ...assessment, step6: { ...assessment.step6, nextReviewDate: date } });
      return assessment.title;
    };
    const overdueTitle = setReview(OVERDUE_INDEX, addDays(today, -5));
    const dueSoonTitle = setReview(DUE_SOON_INDEX, addDays(today, 10));
    const laterTitle = setReview(LATER_INDEX, addDays(today, 200));
    await use({ backend, today, overdueTitle, dueSoonTitle, laterTitle });
  },
});

const query = (workspace: Workspace, change: Partial<PortfolioQuery>): PortfolioPage =>
  workspace.backend.services.portfolio.query({ ...defaultPortfolioQuery(), ...change }, workspace.today);

/** The page's clock stands at noon of the generator's day, so that what is overdue does not depend on the day the test runs. */
async function openPortfolio(page: Page, appUrl: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${GENERATED_DAY}T12:00:00`));
  await page.goto(appUrl);
}

const summaryOf = (page: Page) => page.getByRole('region', { name: 'Summary' });
const table = (page: Page) => page.getByRole('table', { name: 'Assessments' });

async function rowTitles(page: Page): Promise<string[]> {
  return table(page).locator('tbody th button').allTextContents();
}

/** The summary bar shows the backend's total and counts for the same query, chip by chip. */
async function expectSummaryAgrees(page: Page, expected: PortfolioPage): Promise<void> {
  const summary = summaryOf(page);
  await expect(summary.getByText(/^\d+ assessments?$/)).toHaveText(`${expected.total} assessment${expected.total === 1 ? '' : 's'}`);
  const statuses: [string, string][] = [
    ['Draft', 'draft'],
    ['In review', 'in-review'],
    ['Approved', 'approved'],
    ['Superseded', 'superseded'],
    ['Archived', 'archived'],
  ];
  const byStatus = summary.getByRole('group', { name: 'By status' });
  for (const [label, code] of statuses) {
    await expect(byStatus.getByRole('button', { name: new RegExp(`^${label} \\d+$`) })).toHaveText(`${label} ${expected.counts.byStatus[code] ?? 0}`);
  }
  const reviews = summary.getByRole('group', { name: 'Reviews' });
  await expect(reviews.getByRole('button', { name: /^Overdue/ })).toHaveText(`Overdue ${expected.counts.overdue}`);
  await expect(reviews.getByRole('button', { name: /^Due within 30 days/ })).toHaveText(`Due within 30 days ${expected.counts.dueSoon}`);
  const countries = summary.getByRole('group', { name: 'By destination' }).getByRole('button');
  const shown = await countries.allTextContents();
  expect(shown.length).toBe(Math.min(8, Object.keys(expected.counts.byCountry).length));
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const byName = new Map(Object.entries(expected.counts.byCountry).map(([code, count]) => [names.of(code), count]));
  for (const text of shown) {
    const [, name, count] = /^(.*) (\d+)$/.exec(text.trim()) ?? [];
    expect(byName.get(name ?? ''), text).toBe(Number(count));
  }
}

async function openFilter(page: Page, name: string): Promise<Locator> {
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  return filters.getByRole('group', { name });
}

test('the portfolio searches deep fields, filters with counts that agree with the backend, sorts and marks reviews', async ({
  page,
  appUrl,
  workspace,
}) => {
  await openPortfolio(page, appUrl);
  const all = query(workspace, {});
  expect(all.total).toBe(GENERATED + 1);
  await expect(table(page).getByRole('row')).toHaveCount(GENERATED + 1 + 1);
  await expectSummaryAgrees(page, all);
  await expectNoSeriousA11yViolations(page, 'the portfolio');

  // "lodz" is only in some importers' street addresses, as "Łódź": a field the table does not show.
  const search = page.getByRole('searchbox', { name: 'Search assessments' });
  await search.fill('lodz');
  const found = query(workspace, { text: 'lodz' });
  expect(found.total).toBeGreaterThan(0);
  expect(found.total).toBeLessThan(all.total);
  await expect.poll(() => rowTitles(page)).toEqual(found.rows.map((row) => row.title));
  await expect(table(page)).not.toContainText('Łódź');
  await expectSummaryAgrees(page, found);
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(search).toHaveValue('');
  await expect.poll(() => rowTitles(page)).toHaveLength(all.total);

  // A destination from the filter menu, then a status from the summary bar: both narrow, the counts follow.
  const destination = await openFilter(page, 'Destination');
  await destination.getByRole('checkbox', { name: 'Mexico' }).check();
  await expectNoSeriousA11yViolations(page, 'the portfolio with a filter menu open');
  await page.keyboard.press('Escape');
  await expect(destination).toHaveCount(0);
  const mexico = query(workspace, { countries: ['MX'] });
  expect(mexico.total).toBeLessThan(all.total);
  await expect.poll(() => rowTitles(page)).toEqual(mexico.rows.map((row) => row.title));
  await expectSummaryAgrees(page, mexico);
  await expect(page.getByRole('button', { name: 'Remove filter Destination: Mexico' })).toBeVisible();
  for (const row of await table(page).locator('tbody tr').all()) await expect(row).toContainText('Mexico');

  await summaryOf(page).getByRole('group', { name: 'By status' }).getByRole('button', { name: /^Draft/ }).click();
  await expect(summaryOf(page).getByRole('button', { name: /^Draft/ })).toHaveAttribute('aria-pressed', 'true');
  const mexicanDrafts = query(workspace, { countries: ['MX'], statuses: ['draft'] });
  await expect.poll(() => rowTitles(page)).toEqual(mexicanDrafts.rows.map((row) => row.title));
  await expectSummaryAgrees(page, mexicanDrafts);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  const archived = query(workspace, { statuses: ['archived'] });
  expect(archived.total).toBe(ARCHIVED.length);
  await summaryOf(page).getByRole('button', { name: /^Archived/ }).click();
  await expect.poll(() => rowTitles(page)).toEqual(archived.rows.map((row) => row.title));
  for (const row of await table(page).locator('tbody tr').all()) await expect(row.getByRole('cell').first()).toHaveText('Archived');
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // Sorting by the next review: the header says which way, the rows follow the backend's order.
  const nextReview = table(page).getByRole('columnheader', { name: 'Next review' });
  await table(page).getByRole('columnheader', { name: 'Title' }).getByRole('button').click();
  await expect(table(page).getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(nextReview).not.toHaveAttribute('aria-sort');
  await nextReview.getByRole('button').click();
  await expect(nextReview).toHaveAttribute('aria-sort', 'ascending');
  const ascending = query(workspace, { sort: { column: 'nextReviewDate', direction: 'asc' } });
  await expect.poll(() => rowTitles(page)).toEqual(ascending.rows.map((row) => row.title));
  await nextReview.getByRole('button').click();
  await expect(nextReview).toHaveAttribute('aria-sort', 'descending');
  const descending = query(workspace, { sort: { column: 'nextReviewDate', direction: 'desc' } });
  await expect.poll(() => rowTitles(page)).toEqual(descending.rows.map((row) => row.title));
  expect(descending.rows[0]!.nextReviewDate >= descending.rows[1]!.nextReviewDate).toBe(true);

  // An overdue review says so in words; a soon due one too, in its own words; a later one says neither.
  const overdueRow = page.getByRole('row', { name: new RegExp(`^${workspace.overdueTitle} `) });
  await expect(overdueRow).toContainText('Overdue');
  await expect(overdueRow.locator('.review-overdue')).toHaveCSS('color', 'rgb(164, 38, 44)');
  const dueSoonRow = page.getByRole('row', { name: new RegExp(`^${workspace.dueSoonTitle} `) });
  await expect(dueSoonRow).toContainText('Due in 10 days');
  await expect(dueSoonRow).not.toContainText('Overdue');
  const laterRow = page.getByRole('row', { name: new RegExp(`^${workspace.laterTitle} `) });
  await expect(laterRow).not.toContainText(/Overdue|Due/);

  await summaryOf(page).getByRole('group', { name: 'Reviews' }).getByRole('button', { name: /^Overdue/ }).click();
  const overdue = query(workspace, { review: 'overdue', sort: { column: 'nextReviewDate', direction: 'desc' } });
  await expect.poll(() => rowTitles(page)).toEqual(overdue.rows.map((row) => row.title));
  expect(overdue.rows.map((row) => row.title)).toContain(workspace.overdueTitle);
  for (const row of await table(page).locator('tbody tr').all()) await expect(row).toContainText('Overdue');
  await expectSummaryAgrees(page, overdue);
});

test('pages through the portfolio and keeps a saved view across a reload', async ({ page, appUrl, workspace }) => {
  await openPortfolio(page, appUrl);
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await pages.getByLabel('Rows per page').selectOption('25');
  await expect(pages).toContainText('1–25 of 41');
  await expect(table(page).locator('tbody tr')).toHaveCount(25);
  await pages.getByRole('button', { name: 'Next page' }).click();
  await expect(pages).toContainText('26–41 of 41');
  await expect(pages).toContainText('Page 2 of 2');
  const second = query(workspace, { offset: 25, limit: 25 });
  await expect.poll(() => rowTitles(page)).toEqual(second.rows.map((row) => row.title));

  // Filters and an order saved under a name…
  const tools = await openFilter(page, 'Transfer tool');
  await tools.getByRole('checkbox', { name: /^Standard Contractual Clauses/ }).check();
  await page.keyboard.press('Escape');
  await summaryOf(page).getByRole('button', { name: /^Draft/ }).click();
  await table(page).getByRole('columnheader', { name: 'Residual risk' }).getByRole('button').click();
  await expect(table(page).getByRole('columnheader', { name: 'Residual risk' })).toHaveAttribute('aria-sort', 'descending');
  const views = page.getByRole('region', { name: 'Saved views' });
  await views.getByRole('button', { name: 'Save current view…' }).click();
  await views.getByLabel('Name of the view').fill('Drafts under SCCs');
  await views.getByRole('button', { name: 'Save view' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the view' })).toHaveText('Saved the view “Drafts under SCCs”.');
  const [stored] = workspace.backend.services.portfolio.listViews();
  expect(stored).toMatchObject({
    name: 'Drafts under SCCs',
    query: { tools: ['scc'], statuses: ['draft'], sort: { column: 'residualRisk', direction: 'desc' }, limit: 25, offset: 0, text: '' },
  });

  // …come back after the filters were cleared and the page reloaded.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(views.getByRole('button', { name: 'Drafts under SCCs', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await views.getByRole('button', { name: 'Drafts under SCCs', exact: true }).click();
  await expect(views.getByRole('button', { name: 'Drafts under SCCs', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Remove filter Transfer tool: SCCs' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove filter Status: Draft' })).toBeVisible();
  await expect(table(page).getByRole('columnheader', { name: 'Residual risk' })).toHaveAttribute('aria-sort', 'descending');
  const viewed = query(workspace, stored!.query);
  await expect.poll(() => rowTitles(page)).toEqual(viewed.rows.map((row) => row.title));
  await expectSummaryAgrees(page, viewed);
  await expectNoSeriousA11yViolations(page, 'the portfolio with a saved view');

  await views.getByRole('button', { name: 'Delete view Drafts under SCCs' }).click();
  await expect(views.getByRole('button', { name: 'Drafts under SCCs', exact: true })).toHaveCount(0);
  expect(workspace.backend.services.portfolio.listViews()).toEqual([]);
});

test('the keyboard path: / searches, the arrows move between rows, Enter opens', async ({ page, appUrl, workspace }) => {
  await openPortfolio(page, appUrl);
  await expect(table(page).locator('tbody tr')).toHaveCount(GENERATED + 1);
  await page.locator('body').press('/');
  const search = page.getByRole('searchbox', { name: 'Search assessments' });
  await expect(search).toBeFocused();
  await page.keyboard.type('lodz');
  const found = query(workspace, { text: 'lodz' });
  expect(found.total).toBeGreaterThan(1);
  await expect.poll(() => rowTitles(page)).toEqual(found.rows.map((row) => row.title));

  const title = (index: number) => table(page).getByRole('button', { name: found.rows[index]!.title, exact: true });
  await page.keyboard.press('ArrowDown');
  await expect(title(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(title(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(search).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(title(1)).toBeFocused();
  // A filter menu opens and closes from the keyboard as well, and gives the focus back.
  const status = page.getByRole('group', { name: 'Filters' }).getByRole('button', { name: /^Status/ });
  await status.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Draft' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(status).toBeFocused();
  await expect(status).toHaveAttribute('aria-expanded', 'false');

  await title(1).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Assessment title')).toHaveValue(found.rows[1]!.title);
  // Back home, the search is as it was left.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Assessments' }).click();
  await expect(search).toHaveValue('lodz');
  await expect.poll(() => rowTitles(page)).toEqual(found.rows.map((row) => row.title));
});
