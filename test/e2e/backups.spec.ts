import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createServices } from '../../electron/services/index';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { REPO_ROOT, bindBackend, createTestBackend, type TestBackend } from './support/app';
import { expect, test } from './support/fixtures';

const DATABASE_FILE = 'dtia.sqlite';

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A data folder with one assessment and a backup of it, whose database file then had its header overwritten. */
async function damagedDataFolder(title: string): Promise<{ dataDir: string; damagedSha256: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dtia-e2e-damaged-'));
  const services = createServices({ dataDir, resourcesDir: join(REPO_ROOT, 'resources'), appVersion: 'test' });
  try {
    services.assessments.create(title);
    await services.backups.create();
  } finally {
    services.close();
  }
  const fd = openSync(join(dataDir, DATABASE_FILE), 'r+');
  try {
    writeSync(fd, Buffer.from('these bytes are not a SQLite header'), 0, 35, 0);
  } finally {
    closeSync(fd);
  }
  return { dataDir, damagedSha256: sha256(join(dataDir, DATABASE_FILE)) };
}

async function openOn(page: Page, backend: TestBackend, url: string): Promise<void> {
  await bindBackend(page, backend.handlers);
  await page.goto(url);
}

test('a backup made on the backups screen brings the earlier data back when it is restored', async ({ page, appUrl, backend }) => {
  const kept = backend.services.assessments.create('Before the backup');
  await page.goto(appUrl);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backups');
  await expect(page.getByText('There are no backups yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status')).toContainText('Backup made:');
  const table = page.getByRole('table', { name: 'Backups, newest first' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('Made by hand');
  const [made] = backend.services.backups.list();
  expect(made).toMatchObject({ reason: 'manual', assessments: 1 });
  await expectNoSeriousA11yViolations(page, 'backups');

  // Changes after the backup.
  backend.services.assessments.save({ ...kept, title: 'Renamed after the backup' });
  backend.services.assessments.create('Added after the backup');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Assessments' }).click();
  await expect(page.getByRole('button', { name: 'Added after the backup', exact: true })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Backups' }).click();

  // From the keyboard: the restore button, then the confirmation, where Cancel has the focus.
  await page.getByRole('button', { name: /^Restore… the backup of / }).focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('The current state is backed up first');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'the restore confirmation');
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Restore backup' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('Restored the backup of');
  await expect(page.getByRole('status')).toContainText('The state before the restore was backed up first');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1)).toContainText('Before a restore');
  await expect(table.getByRole('row').nth(1).getByRole('cell').nth(2)).toHaveText('2');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Assessments' }).click();
  await expect(page.getByRole('button', { name: 'Before the backup', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Added after the backup', exact: true })).toHaveCount(0);
  expect(backend.services.assessments.list().map((summary) => summary.title)).toEqual(['Before the backup']);
});

test('a damaged database opens on the recovery screen, and restoring a backup brings the data back', async ({ page, rendererServer }) => {
  const { dataDir, damagedSha256 } = await damagedDataFolder('Saved before the damage');
  const backend = createTestBackend(dataDir);
  try {
    await openOn(page, backend, rendererServer.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The database is damaged');
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'What DTIA Studio found' })).toContainText(`Database file: ${join(dataDir, DATABASE_FILE)}`);
    const backups = page.getByRole('region', { name: 'Restore from a backup' });
    await expect(backups.getByRole('row')).toHaveCount(2);
    await expect(backups.getByRole('row').nth(1)).toContainText('Made by hand');
    await expectNoSeriousA11yViolations(page, 'the recovery screen');

    await backups.getByRole('button', { name: /^Restore… the backup of / }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText('The damaged database file is kept unchanged beside it');
    await confirm.getByRole('button', { name: 'Restore backup' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assessments');
    await expect(page.getByRole('button', { name: 'Saved before the damage', exact: true })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    expect(backend.services.health()).toEqual({ state: 'ok' });
    const movedAside = readdirSync(dataDir).filter((name) => name.startsWith(`${DATABASE_FILE}.damaged-`));
    expect(movedAside).toHaveLength(1);
    expect(sha256(join(dataDir, movedAside[0]!))).toBe(damagedSha256);
  } finally {
    await page.close();
    backend.services.close();
  }
});

test('a data folder open in another instance shows why, and offers no restore', async ({ page, rendererServer }) => {
  const holder = createTestBackend();
  holder.services.assessments.create('Held by the other instance');
  const second = createTestBackend(holder.dataDir);
  try {
    await openOn(page, second, rendererServer.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The data is open in another DTIA Studio');
    await expect(page.getByRole('region', { name: 'What DTIA Studio found' })).toContainText(`process ${process.pid} on this computer`);
    await expect(page.getByRole('region', { name: 'Restore from a backup' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Restore…/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'the recovery screen for a folder in use');
  } finally {
    await page.close();
    second.services.close();
    holder.services.close();
  }
});
