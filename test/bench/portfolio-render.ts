// The portfolio as the user meets it: the home screen's first page drawn from a workspace of 10,000 assessments,
// through the same handlers the app uses, in Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { defaultPortfolioQuery } from '../../shared/portfolio/query';
import { generateWorkspace } from '../fixtures/workspace-generator';
import { bindBackend, createTestBackend, REPO_ROOT, RENDERER_DIR } from '../e2e/support/app';
import { serveRenderer } from '../e2e/support/static-server';

export interface PortfolioRenderBench {
  count: number;
  /** From navigation (the app starting) to the first page's rows and the summary's counts on screen. */
  times: number[];
  /** From a click on "Assessments" in the main navigation (on another screen) to the first page and counts on screen. */
  openTimes: number[];
  /** From a click on a column header to the first page in the new order on screen. */
  sortTimes: number[];
}

export async function benchPortfolioRender(runs: number, count = 10_000): Promise<PortfolioRenderBench> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dtia-bench-portfolio-render-'));
  generateWorkspace({ dataDir, resourcesDir: join(REPO_ROOT, 'resources'), count });
  const backend = createTestBackend(dataDir);
  const server = await serveRenderer(RENDERER_DIR);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const times: number[] = [];
  const sortTimes: number[] = [];
  const openTimes: number[] = [];
  const byTitle = (direction: 'asc' | 'desc') =>
    backend.services.portfolio.query({ ...defaultPortfolioQuery(), sort: { column: 'title', direction } }).rows[0]?.title ?? '';
  const firstTitles = { asc: byTitle('asc'), desc: byTitle('desc') };
  try {
    for (let i = 0; i < runs + 1; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      await bindBackend(page, backend.handlers);
      const start = performance.now();
      await page.goto(server.url);
      // The page is there when its rows are, and the summary counts the whole workspace.
      await page.locator('table tbody tr').nth(49).waitFor({ state: 'visible' });
      await page.locator('.portfolio-total').getByText(/\d/).waitFor({ state: 'visible' });
      const elapsed = performance.now() - start;
      const firstTitle = page.locator('table tbody tr').first().locator('th');
      const titleHeader = page.getByRole('columnheader').filter({ has: page.getByRole('button', { name: /^Title/ }) });
      for (const direction of ['asc', 'desc'] as const) {
        const sortStart = performance.now();
        await titleHeader.getByRole('button').click();
        await firstTitle.getByText(firstTitles[direction], { exact: true }).waitFor({ state: 'visible' });
        if (i > 0) sortTimes.push(performance.now() - sortStart);
      }
      // The portfolio opened from another screen, the app already running: what the user waits for each time.
      const navigation = page.getByRole('navigation', { name: 'Main' });
      for (let visit = 0; visit < 3; visit++) {
        await navigation.getByRole('button', { name: 'Vendors' }).click();
        await page.getByRole('heading', { level: 1, name: 'Vendors' }).waitFor({ state: 'visible' });
        const openStart = performance.now();
        await navigation.getByRole('button', { name: 'Assessments' }).click();
        await page.locator('table tbody tr').nth(49).waitFor({ state: 'visible' });
        await page.locator('.portfolio-total').getByText(/\d/).waitFor({ state: 'visible' });
        if (i > 0) openTimes.push(performance.now() - openStart);
      }
      if (i > 0) times.push(elapsed); // the first run warms the browser's caches
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    backend.services.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { count, times, openTimes, sortTimes };
}
