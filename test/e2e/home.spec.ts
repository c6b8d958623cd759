import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { REPO_ROOT } from './support/app';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { fullAssessmentV1 } from '../fixtures/full-assessment-v1';

const EXAMPLE = join(REPO_ROOT, 'resources/examples/telnyx-sample.dtia.json');

test('the home screen imports, duplicates and deletes assessments, and refuses a bad file without writing', async ({
  page,
  appUrl,
  backend,
}) => {
  await page.goto(appUrl);
  await page.getByLabel('Import .dtia.json').setInputFiles(EXAMPLE);
  const row = page.getByRole('row', { name: /^SAMPLE — Telnyx/ });
  await expect(row).toContainText('Telnyx');
  const title = backend.services.assessments.list()[0]?.title ?? '';
  expect(title).toMatch(/^SAMPLE — Telnyx/);
  await expect(row).toContainText('United States');
  await expectNoSeriousA11yViolations(page, 'home with an assessment');

  await page.getByRole('button', { name: `Duplicate ${title}` }).click();
  await expect(page.getByRole('button', { name: `${title} (copy)`, exact: true })).toBeVisible();
  expect(backend.services.assessments.list()).toHaveLength(2);

  await page.getByRole('button', { name: `Delete ${title} (copy)` }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText(`${title} (copy)`);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(backend.services.assessments.list()).toHaveLength(2);
  await page.getByRole('button', { name: `Delete ${title} (copy)` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete assessment' }).click();
  await expect(page.getByRole('button', { name: `${title} (copy)`, exact: true })).toHaveCount(0);
  expect(backend.services.assessments.list()).toHaveLength(1);

  const hostile = JSON.stringify({ format: 'dtia-assessment', version: 7, assessment: {} });
  await page.getByLabel('Import .dtia.json').setInputFiles({ name: 'future.dtia.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
  await expect(page.getByRole('alert')).toContainText('UNSUPPORTED_VERSION');
  expect(backend.services.assessments.list()).toHaveLength(1);
});

test('the wizard is usable from the keyboard alone', async ({ page, appUrl, backend }) => {
  const created = backend.services.assessments.create('Keyboard only');
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Keyboard only', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Pre-checks');
  await page.getByRole('button', { name: 'Next step · Know your transfers' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Know your transfers');
  await page.getByLabel('Name of Unnamed Exporter', { exact: true }).focus();
  await page.keyboard.type('Typed GmbH');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+s');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  expect(backend.services.assessments.get(created.id).map.parties[0]?.name).toBe('Typed GmbH');
});

test('signing identities: a .p12 made with OpenSSL joins the list; its certificate can be exported and trusted', async ({ page, appUrl, backend }) => {
  const { execFileSync } = await import('node:child_process');
  const dir = backend.dataDir;
  backend.services.identity.create({ name: 'First Signer', email: 'first@example.org', organisation: 'Example', algorithm: 'ecdsa-p256', passphrase: 'first passphrase' });
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '30', '-subj', '/CN=Zofia Wiśniewska/O=Kancelaria Łódź', '-utf8'], { stdio: 'ignore' });
  execFileSync('openssl', ['pkcs12', '-export', '-inkey', join(dir, 'key.pem'), '-in', join(dir, 'cert.pem'), '-out', join(dir, 'id.p12'), '-passout', 'pass:p12 passphrase'], { stdio: 'ignore' });

  await page.goto(appUrl);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Signing identities' }).click();
  await expect(page.getByRole('article', { name: 'First Signer' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a signing identity' }).click();
  await page.getByRole('radio', { name: 'Import a .p12 or .pfx file' }).check();
  await page.getByLabel('Choose a .p12 or .pfx file').setInputFiles(join(dir, 'id.p12'));
  await page.getByLabel('Passphrase of the file').fill('p12 passphrase');
  await page.getByRole('button', { name: 'Import identity' }).click();
  const imported = page.getByRole('article', { name: 'Zofia Wiśniewska' });
  await expect(imported).toBeVisible();
  await expect(imported).toContainText('RSA 2048');
  expect(backend.services.identity.list().map((identity) => identity.name).sort()).toEqual(['First Signer', 'Zofia Wiśniewska']);

  // The exported certificate is what a recipient adds to their trusted list.
  await imported.getByRole('button', { name: /^Export certificate \(\.pem\)/ }).click();
  await expect(page.getByText(/Certificate saved to/)).toBeVisible();
  const [pem] = readdirSync(backend.savedDir).filter((name) => name.endsWith('.pem'));
  const pemText = readFileSync(join(backend.savedDir, pem!), 'utf8');
  expect(pemText).toMatch(/^-----BEGIN CERTIFICATE-----/);
  expect(execFileSync('openssl', ['x509', '-noout', '-fingerprint', '-sha256'], { input: pemText, encoding: 'utf8' }).split('=')[1]?.replace(/[^0-9A-F]/g, '')).toBe(
    backend.services.identity.list().find((identity) => identity.name === 'Zofia Wiśniewska')?.certificateSha256.toUpperCase(),
  );
  await page.getByLabel('Add a trusted certificate…').setInputFiles(join(backend.savedDir, pem!));
  await expect(page.getByRole('button', { name: /^Remove Zofia Wiśniewska/ })).toBeVisible();
  expect(backend.services.trust.list().map((certificate) => certificate.name)).toEqual(['Zofia Wiśniewska']);
  await expectNoSeriousA11yViolations(page, 'signing identities');
});

test('a version 1 file is converted on import, and the user is told so', async ({ page, appUrl, backend }) => {
  const v1 = fullAssessmentV1();
  const file = JSON.stringify({ format: 'dtia-assessment', version: 1, exportedAt: '2026-06-01T10:00:00.000Z', assessment: v1 });
  await page.goto(appUrl);
  await page.getByLabel('Import .dtia.json').setInputFiles({ name: 'old.dtia.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByText(/converted from version 1 of the file format/)).toBeVisible();
  const [summary] = backend.services.assessments.list();
  const stored = backend.services.assessments.get(summary!.id);
  expect(stored.map.parties.find((p) => p.kind === 'importer')?.name).toBe(v1.step1.importer.name);
  expect(stored.conclusion.decision).toBe('');
});
