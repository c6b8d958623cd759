import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { createThrowawayIdentity } from '../../electron/services/signing/identity';
import { REPO_ROOT } from './support/app';
import { expect, test } from './support/fixtures';
import { goToStep } from './support/wizard';
import { publish } from './support/publish';
import { largeAssessment } from '../fixtures/large-assessment';

/**
 * Pictures of the main screens, the transfer map, the risk chart, the SCC annexes and report pages, taken from the
 * running app. They land in the test output; with DTIA_UPDATE_SCREENSHOTS=1 they also replace the ones the README shows.
 */
async function shoot(target: Page | Locator, path: string, name: string) {
  await target.screenshot({ path });
  publish(path, name);
}

/** The top of a tall element: the wizard scrolls inside its own pane, so the window is made tall enough to hold it. */
async function shootTop(page: Page, target: Locator, path: string, name: string, maxHeight: number) {
  await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error(`${name}: element not visible`);
  const height = Math.min(box.height, maxHeight, viewport.height - box.y);
  await page.screenshot({ path, clip: { x: box.x, y: box.y, width: box.width, height } });
  publish(path, name);
}

test('screens, map, risk chart, annexes and report pages of the Telnyx sample', async ({ page, appUrl, backend }, testInfo) => {
  const example = readFileSync(join(REPO_ROOT, 'resources/examples/telnyx-sample.dtia.json'), 'utf8');
  const imported = backend.services.assessments.importText('telnyx-sample.dtia.json', example);
  backend.services.assessments.create('Payroll provider — India');

  await page.goto(appUrl);
  await expect(page.getByRole('button', { name: imported.title, exact: true })).toBeVisible();
  await shoot(page, testInfo.outputPath('home.png'), 'home.png');

  await page.getByRole('button', { name: imported.title, exact: true }).click();
  await page.setViewportSize({ width: 1280, height: 2400 });
  await goToStep(page, /Know your transfers/);
  const diagram = page.getByRole('img', { name: 'Diagram of the transfer map' });
  await expect(diagram).toContainText('Telnyx');
  await shootTop(page, page.locator('figure', { has: diagram }), testInfo.outputPath('transfer-map.png'), 'transfer-map.png', 700);

  await goToStep(page, /Transfer tool/);
  const annexes = page.getByRole('group', { name: 'SCC Annexes I–III' });
  await expect(annexes.getByRole('region', { name: 'Annex III — List of sub-processors' })).toBeVisible();
  await shootTop(page, annexes, testInfo.outputPath('scc-annexes.png'), 'scc-annexes.png', 1300);

  await goToStep(page, /Law and practice/);
  await expect(page.getByRole('article', { name: 'FISA Section 702' })).toBeVisible();
  await shootTop(page, page.getByRole('article', { name: 'FISA Section 702' }), testInfo.outputPath('wizard-step3.png'), 'wizard-step3.png', 1400);
  const chart = page.getByRole('img', { name: 'Probability of at least one problematic access over the years' });
  await shootTop(page, page.locator('figure', { has: chart }), testInfo.outputPath('risk-chart.png'), 'risk-chart.png', 900);
  await shootTop(page, page.getByRole('region', { name: 'The arithmetic' }), testInfo.outputPath('risk-arithmetic.png'), 'risk-arithmetic.png', 900);

  const assessor = createThrowawayIdentity(new Date());
  const report = await backend.services.reports.renderAndSign(imported, assessor, { language: 'en', confidentiality: 'Confidential', appearance: 'visible' });
  const countersigned = await backend.services.reports.countersign(report.pdf, createThrowawayIdentity(new Date()), 'visible');
  const pdf = testInfo.outputPath('report.pdf');
  writeFileSync(pdf, countersigned.pdf);
  const prefix = testInfo.outputPath('report-page');
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '3', pdf, prefix]);
  for (const number of [1, 2, 3]) publish(`${prefix}-${String(number).padStart(2, '0')}.png`, `report-page-${number}.png`);

  publishReportPages(pdf, 'telnyx', testInfo.outputPath('telnyx'), [
    ['cover', () => 1],
    ['executive-summary', () => 2],
    ['contents', (pages) => firstPage(pages, /^\s*Contents\s*$/m)],
    ['transfer-map', (pages) => firstPage(pages, /Transfer map: parties as boxes/)],
    ['risk-chart', (pages) => firstPage(pages, /Probability of at least one problematic access over the years/)],
    ['law-library', (pages) => firstPage(pages, /^\s*Law library excerpts\s*$/m, firstPage(pages, /^\s*Contents\s*$/m) + 1)],
    ['scc-annexes', (pages) => firstPage(pages, /^\s*Annex I\.A/m, firstPage(pages, /^\s*Contents\s*$/m) + 1)],
    ['sign-off', (pages) => pages.length],
  ]);

  const german = await backend.services.reports.renderAndSign(imported, assessor, { language: 'de', confidentiality: 'Vertraulich', appearance: 'visible' });
  const germanPdf = testInfo.outputPath('report-de.pdf');
  writeFileSync(germanPdf, german.pdf);
  publishReportPages(germanPdf, 'telnyx-de', testInfo.outputPath('telnyx-de'), [
    ['executive-summary', () => 2],
    ['sign-off', (pages) => pages.length],
  ]);

  const large = await backend.services.reports.renderAndSign(largeAssessment(backend.services.lawLibrary()), assessor, {
    language: 'en',
    confidentiality: 'Confidential — internal use only',
    appearance: 'visible',
  });
  const largePdf = testInfo.outputPath('report-large.pdf');
  writeFileSync(largePdf, large.pdf);
  publishReportPages(largePdf, 'large', testInfo.outputPath('large'), [
    ['cover', () => 1],
    ['contents', (pages) => firstPage(pages, /^\s*Contents\s*$/m)],
    ['transfer-map', (pages) => firstPage(pages, /Transfer map: parties as boxes/)],
    ['parties-table-continued', (pages) => firstPage(pages, /Transfer map: parties as boxes/) + 2],
    ['long-texts', (pages) => firstPage(pages, /Datenschutz-Folgenabschätzungsverfahren/, firstPage(pages, /^\s*Contents\s*$/m) + 1)],
    ['sign-off', (pages) => pages.length],
  ]);
});

/** The 1-based number of the first page at or after `from` whose text matches. */
function firstPage(pages: string[], pattern: RegExp, from = 1): number {
  const index = pages.findIndex((text, at) => at + 1 >= from && pattern.test(text));
  if (index === -1) throw new Error(`No page matches ${pattern}`);
  return index + 1;
}

/** Chosen pages of a report as images: the page texts (form-feed separated) find the pages, pdftoppm draws them. */
function publishReportPages(pdf: string, name: string, prefix: string, choices: [string, (pages: string[]) => number][]) {
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f').slice(0, -1);
  for (const [label, choose] of choices) {
    const number = choose(pages);
    expect(number, `${name} ${label}`).toBeGreaterThanOrEqual(1);
    expect(number, `${name} ${label}`).toBeLessThanOrEqual(pages.length);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', '-f', String(number), '-l', String(number), pdf, `${prefix}-${label}`]);
    publish(`${prefix}-${label}.png`, `report/${name}-${label}.png`);
  }
}
