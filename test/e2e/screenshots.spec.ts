import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { createThrowawayIdentity } from '../../electron/services/signing/identity';
import { REPO_ROOT } from './support/app';
import { expect, test } from './support/fixtures';
import { goToStep } from './support/wizard';

/**
 * Pictures of the main screens, the transfer map, the risk chart, the SCC annexes and report pages, taken from the
 * running app. They land in the test output; with DTIA_UPDATE_SCREENSHOTS=1 they also replace the ones the README shows.
 */
const README_DIR = join(REPO_ROOT, 'resources/screenshots');

function publish(file: string, name: string) {
  expect(statSync(file).size).toBeGreaterThan(10_000);
  if (process.env.DTIA_UPDATE_SCREENSHOTS === '1') {
    mkdirSync(README_DIR, { recursive: true });
    copyFileSync(file, join(README_DIR, name));
  }
}

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

  const report = await backend.services.reports.renderAndSign(imported, createThrowawayIdentity(new Date()), { language: 'en', confidentiality: 'Confidential', appearance: 'visible' });
  const pdf = testInfo.outputPath('report.pdf');
  writeFileSync(pdf, report.pdf);
  const prefix = testInfo.outputPath('report-page');
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '3', pdf, prefix]);
  for (const number of [1, 2, 3]) publish(`${prefix}-${String(number).padStart(2, '0')}.png`, `report-page-${number}.png`);
});
