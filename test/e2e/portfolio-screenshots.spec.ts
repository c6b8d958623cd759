import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, defaultPortfolioQuery } from '../../shared/portfolio/query';
import { fullAssessment } from '../fixtures/full-assessment';
import { GENERATED_DAY, generateWorkspace } from '../fixtures/workspace-generator';
import { REPO_ROOT, createTestBackend, type TestBackend } from './support/app';
import { expect, test as base } from './support/fixtures';
import { publish } from './support/publish';

/**
 * Pictures of the portfolio, a vendor page, the status bar with the version history and the backups screen, taken
 * from the running app on a workspace with assessments in every status. With DTIA_UPDATE_SCREENSHOTS=1 they replace
 * the ones the README shows.
 */
const test = base.extend<{ backend: TestBackend }>({
  backend: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dtia-e2e-portfolio-shots-'));
    generateWorkspace({ dataDir, resourcesDir: join(REPO_ROOT, 'resources'), count: 36 });
    const backend = createTestBackend(dataDir);
    await use(backend);
    backend.services.close();
  },
});

/** A complete assessment of the given importer, so that it can go through review and approval. */
function complete(backend: TestBackend, title: string, importer: string, country: string) {
  const { assessments } = backend.services;
  const created = assessments.create(title);
  const document = fullAssessment();
  assessments.save({
    ...document,
    id: created.id,
    title,
    createdAt: created.createdAt,
    updatedAt: created.updatedAt,
    map: { ...document.map, parties: document.map.parties.map((party) => (party.kind === 'importer' ? { ...party, name: importer, country } : party)) },
  });
  return assessments.get(created.id);
}

test('portfolio, vendor page, status and version history, backups', async ({ page, appUrl, backend }, testInfo) => {
  const { services } = backend;
  services.settings.saveProfile({ name: 'Dana Privacy' });
  services.assessments.importText('telnyx-sample.dtia.json', readFileSync(join(REPO_ROOT, 'resources/examples/telnyx-sample.dtia.json'), 'utf8'));
  const crm = complete(backend, 'CRM hosting — Salesforce', 'Salesforce, Inc.', 'US');
  const payroll = complete(backend, 'Payroll processing — Bengaluru', 'Northwind Payroll Pvt Ltd', 'IN');
  const ticketing = complete(backend, 'Support ticketing — Zendesk', 'Zendesk, Inc.', 'US');
  services.lifecycle.submitForReview(crm.id);
  services.lifecycle.approve(crm.id, { approver: 'Dr. Lena Vogt', approvedOn: '2026-10-02' });
  services.assessments.save({ ...services.assessments.get(crm.id), title: 'CRM hosting — Salesforce (EU data centres)' });
  services.lifecycle.submitForReview(crm.id);
  services.lifecycle.approve(crm.id, { approver: 'Dr. Lena Vogt', approvedOn: '2026-11-18' });
  services.lifecycle.submitForReview(payroll.id);
  services.lifecycle.submitForReview(ticketing.id);
  services.lifecycle.approve(ticketing.id, { approver: 'Dr. Lena Vogt', approvedOn: '2026-09-14' });
  const generated = services.portfolio.query({ ...defaultPortfolioQuery(), limit: 100 }).rows.filter((row) => / transfer assessment \d+$/.test(row.title));
  for (const row of generated.slice(0, 3)) services.lifecycle.archive(row.id);
  const review = (id: string, days: number) => {
    const assessment = services.assessments.get(id);
    services.assessments.save({ ...assessment, step6: { ...assessment.step6, nextReviewDate: addDays(GENERATED_DAY, days) } });
  };
  review(generated[4]!.id, -12);
  review(generated[5]!.id, 9);

  await page.goto(appUrl);
  await expect(page.locator('table tbody tr').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('portfolio.png') });
  publish(testInfo.outputPath('portfolio.png'), 'portfolio.png');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Vendors' }).click();
  await page.getByRole('table', { name: 'Vendors' }).getByRole('button', { name: 'Salesforce, Inc.' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Salesforce, Inc.');
  await page.screenshot({ path: testInfo.outputPath('vendor.png') });
  publish(testInfo.outputPath('vendor.png'), 'vendor.png');

  await page.getByRole('button', { name: 'CRM hosting — Salesforce (EU data centres)' }).click();
  const status = page.getByRole('group', { name: 'Status' });
  await expect(status).toContainText('Approved');
  await status.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'Version history' });
  await history.getByLabel('From').selectOption({ index: 4 });
  await history.getByLabel('To').selectOption({ index: 1 });
  await expect(history.getByRole('region', { name: 'Changes' })).toContainText('Assessment title');
  await history.screenshot({ path: testInfo.outputPath('history.png') });
  publish(testInfo.outputPath('history.png'), 'history.png');
  await history.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').first()).toContainText('Backup made:');
  await page.screenshot({ path: testInfo.outputPath('backups.png'), fullPage: true });
  publish(testInfo.outputPath('backups.png'), 'backups.png');
});
