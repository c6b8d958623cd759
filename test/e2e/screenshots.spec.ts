import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createThrowawayIdentity } from '../../electron/services/signing/identity';
import { REPO_ROOT } from './support/app';
import { expect, test } from './support/fixtures';

/**
 * Pictures of the main screens and of a report page, taken from the running app. They land in the test output;
 * with DTIA_UPDATE_SCREENSHOTS=1 they also replace the ones the README shows.
 */
const README_DIR = join(REPO_ROOT, 'resources/screenshots');

function publish(file: string, name: string) {
  expect(statSync(file).size).toBeGreaterThan(10_000);
  if (process.env.DTIA_UPDATE_SCREENSHOTS === '1') {
    mkdirSync(README_DIR, { recursive: true });
    copyFileSync(file, join(README_DIR, name));
  }
}

test('screens and report pages of the Telnyx sample', async ({ page, appUrl, backend }, testInfo) => {
  const example = readFileSync(join(REPO_ROOT, 'resources/examples/telnyx-sample.dtia.json'), 'utf8');
  const imported = backend.services.assessments.importText('telnyx-sample.dtia.json', example);
  backend.services.assessments.create('Payroll provider — India');

  await page.goto(appUrl);
  await expect(page.getByRole('button', { name: imported.title, exact: true })).toBeVisible();
  const home = testInfo.outputPath('home.png');
  await page.screenshot({ path: home });
  publish(home, 'home.png');

  await page.getByRole('button', { name: imported.title, exact: true }).click();
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Law and practice/ }).click();
  await expect(page.getByRole('group', { name: 'FISA Section 702' })).toBeVisible();
  const wizard = testInfo.outputPath('wizard-step3.png');
  await page.screenshot({ path: wizard });
  publish(wizard, 'wizard-step3.png');

  const report = await backend.services.reports.renderAndSign(imported, createThrowawayIdentity(new Date()));
  const pdf = testInfo.outputPath('report.pdf');
  writeFileSync(pdf, report.pdf);
  const prefix = testInfo.outputPath('report-page');
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '3', pdf, prefix]);
  for (const page of [1, 2, 3]) {
    const file = `${prefix}-${String(page).padStart(2, '0')}.png`;
    publish(file, `report-page-${page}.png`);
  }
});
