import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateWorkspace } from '../fixtures/workspace-generator';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { REPO_ROOT, bindBackend, createTestBackend, type TestBackend } from './support/app';
import { expect, test } from './support/fixtures';

/** Large enough that export and import take long enough to watch and to cancel. */
const COUNT = 3000;

const backends: TestBackend[] = [];

function backendWith(count: number): TestBackend {
  const dataDir = mkdtempSync(join(tmpdir(), 'dtia-e2e-workspace-'));
  if (count > 0) generateWorkspace({ dataDir, resourcesDir: join(REPO_ROOT, 'resources'), count });
  const backend = createTestBackend(dataDir);
  backends.push(backend);
  return backend;
}

test.afterAll(() => {
  for (const backend of backends.splice(0)) {
    backend.services.close();
    rmSync(backend.dataDir, { recursive: true, force: true });
  }
});

async function openBackups(page: Page, backend: TestBackend, url: string) {
  await bindBackend(page, backend.handlers);
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backups');
  return page.getByRole('region', { name: 'Workspace' });
}

test('a workspace exported on one computer is imported on another, with its progress shown, and an import can be cancelled', async ({
  page,
  browser,
  rendererServer,
}) => {
  test.setTimeout(180_000);
  const source = backendWith(COUNT);
  const section = await openBackups(page, source, rendererServer.url);

  // Export: the progress bar shows while the worker writes the file.
  await section.getByRole('button', { name: 'Export workspace…' }).click();
  const exportProgress = section.getByRole('progressbar', { name: 'Export workspace…' });
  await expect(exportProgress).toBeVisible();
  await expect(exportProgress).toHaveAttribute('aria-valuenow', /^\d+$/);
  await expect(section.getByText(/^Workspace exported: DTIA workspace .*\.dtia-workspace, 3000 assessments/)).toBeVisible({ timeout: 60_000 });
  await expect(exportProgress).toHaveCount(0);
  const [exported] = readdirSync(source.savedDir);
  expect(exported).toMatch(/^DTIA workspace \d{4}-\d{2}-\d{2}\.dtia-workspace$/);
  const file = join(source.savedDir, exported!);
  await expectNoSeriousA11yViolations(page, 'workspace exported');

  // Import into a fresh backend, as on another computer.
  const fresh = backendWith(0);
  const other = await browser.newPage();
  const otherSection = await openBackups(other, fresh, rendererServer.url);
  fresh.filesToOpen.push(file);
  await otherSection.getByRole('button', { name: 'Import workspace…' }).click();
  const importProgress = otherSection.getByRole('progressbar', { name: 'Import workspace…' });
  await expect(importProgress).toBeVisible();
  await expect(otherSection.getByText(`Workspace imported from ${exported}: 3000 assessments`, { exact: false })).toBeVisible({ timeout: 90_000 });
  await expect(otherSection.getByText(/history of 0 entries is kept as a history of its own/)).toBeVisible();
  expect(fresh.services.assessments.list()).toHaveLength(COUNT);
  expect(fresh.services.assessments.get(source.services.assessments.list()[0]!.id)).toEqual(
    source.services.assessments.get(source.services.assessments.list()[0]!.id),
  );
  await other.close();

  // Cancel an import halfway: nothing is written.
  const busy = backendWith(0);
  const kept = busy.services.assessments.create('Stored before the import');
  const third = await browser.newPage();
  const thirdSection = await openBackups(third, busy, rendererServer.url);
  busy.filesToOpen.push(file);
  await thirdSection.getByRole('button', { name: 'Import workspace…' }).click();
  await expect(thirdSection.getByRole('progressbar', { name: 'Import workspace…' })).toBeVisible();
  // The file was checked and the database backed up: the import is writing in its transaction.
  await expect(thirdSection.getByText(/^Writing…/)).toBeVisible({ timeout: 30_000 });
  await thirdSection.getByRole('button', { name: 'Cancel' }).click();
  await expect(thirdSection.getByText('Cancelled. Nothing was written.')).toBeVisible({ timeout: 30_000 });
  await expect(thirdSection.getByRole('progressbar')).toHaveCount(0);
  expect(busy.services.assessments.list().map((summary) => summary.id)).toEqual([kept.id]);
  await third.close();
});

test('importing a workspace whose assessments are already stored asks: keep both or replace, for all or for each', async ({ page, rendererServer }) => {
  test.setTimeout(120_000);
  const backend = backendWith(40);
  const section = await openBackups(page, backend, rendererServer.url);
  await section.getByRole('button', { name: 'Export workspace…' }).click();
  await expect(section.getByText(/^Workspace exported:/)).toBeVisible({ timeout: 30_000 });
  const [exported] = readdirSync(backend.savedDir);

  backend.filesToOpen.push(join(backend.savedDir, exported!));
  await section.getByRole('button', { name: 'Import workspace…' }).click();
  const dialog = page.getByRole('dialog', { name: '40 assessments are already stored' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole('radio', { name: 'Keep both' })).toBeChecked();
  const [first] = backend.services.assessments.list().sort((a, b) => a.title.localeCompare(b.title));
  await dialog.getByRole('combobox', { name: `Choice for “${first!.title}”` }).selectOption('replace');
  await expectNoSeriousA11yViolations(page, 'workspace conflicts');
  await dialog.getByRole('button', { name: 'Import' }).click();

  await expect(section.getByText('Kept beside the stored one: 39.')).toBeVisible({ timeout: 30_000 });
  await expect(section.getByText('Replaced: 1.')).toBeVisible();
  await expect(section.getByText(/^The database was backed up before the import/)).toBeVisible();
  expect(backend.services.assessments.list()).toHaveLength(40 + 39);
  expect(backend.services.backups.list().map((backup) => backup.reason)).toEqual(['before-import']);
});
