import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectNoSeriousA11yViolations } from './support/a11y';

const TITLE = 'Cloud CRM — Zürich, Łódź, São Paulo';

async function goToStep(page: Page, name: RegExp) {
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
}

async function waitUntilSaved(page: Page) {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

async function fillStep1(page: Page) {
  await page.getByLabel('Exporter name').fill('Muster GmbH, Zürich branch');
  await page.getByLabel('Exporter country').selectOption('DE');
  await page.getByLabel('Exporter role').selectOption('controller');
  await page.getByLabel('Importer name').fill('CloudCRM Inc.');
  await page.getByLabel('Importer country').selectOption('US');
  await page.getByLabel('Importer role').selectOption('processor');
  await page.getByLabel('Data categories').fill('Contact details\nSupport tickets „Łódź“');
  await page.getByLabel('Data subjects').fill('Customers\nEmployees');
  await page.getByRole('radiogroup', { name: /Special categories/ }).getByRole('radio', { name: 'No' }).check();
  await page.getByLabel('Purpose of the transfer').fill('Customer relationship management, São Paulo desk.');
  await page.getByLabel('Frequency').selectOption('continuous');
  await page.getByLabel('Format of the data at the importer').selectOption('encrypted');
  await page.getByLabel('Who holds the encryption keys?').selectOption('exporter');
  await page.getByLabel('Type of access').selectOption('storage');
  await page.getByRole('button', { name: 'Add onward transfer' }).click();
  const onward = page.getByRole('group', { name: 'Onward transfer 1' });
  await onward.getByLabel('Recipient').fill('Amazon Web Services');
  await onward.getByLabel('Country').selectOption('US');
  await onward.getByLabel('Purpose').fill('Hosting');
}

async function fillStep2(page: Page) {
  await page.getByLabel('Transfer tool', { exact: true }).selectOption('scc');
  await expect(page.getByText(/Module 2/).first()).toBeVisible();
  await page.getByLabel('Details of the tool').fill('DPA of 1 March 2026 incorporating Module 2.');
}

async function fillStep3(page: Page) {
  for (const law of ['FISA Section 702', 'Executive Order 12333', 'CLOUD Act']) {
    const row = page.getByRole('group', { name: law });
    await row.getByRole('radio', { name: 'Yes' }).check();
    await row.getByLabel('Reasoning').fill(`${law}: the importer is a US cloud provider.`);
  }
  await expect(page.getByText(/Law library as of/)).toBeVisible();
  await expect(page.getByText('Partly confirmed').first()).toBeVisible();
  await page.getByLabel(/Is there reason to believe/).selectOption('yes');
  await page.getByLabel('Reasoning for the overall assessment').fill('The importer is an ECSP; data is stored in the US.');
}

async function fillStep4(page: Page) {
  await page.getByRole('checkbox', { name: /Strong encryption for storage or backup/ }).check();
  await page
    .getByRole('textbox', { name: /How the measure is implemented \(Strong encryption/ })
    .fill('AES-256, keys in an HSM in Frankfurt.');
}

async function fillStep5(page: Page) {
  await page.getByRole('checkbox', { name: /The SCCs are used without changes/ }).check();
  await page.getByRole('textbox', { name: /Evidence or note \(The SCCs/ }).fill('Checked against the OJ text.');
}

async function fillStep6(page: Page) {
  await page.getByLabel('Next review date').fill('2027-06-30');
  await page.getByRole('checkbox', { name: /A change in the destination’s law or practice/ }).check();
}

async function fillConclusion(page: Page) {
  await page.getByLabel('Outcome', { exact: true }).selectOption('proceed-with-measures');
  await page.getByLabel('Rationale').fill('Residual risk acceptable with exporter-held keys.');
  await page.getByLabel('Assessor').fill('Anna Nowak');
  await page.getByLabel('Approver').fill('Jürgen Groß');
  await page.getByLabel('Date of approval').fill('2026-11-20');
}

const STEPS: Array<[RegExp, (page: Page) => Promise<void>]> = [
  [/Know your transfer/, fillStep1],
  [/Transfer tool/, fillStep2],
  [/Law and practice/, fillStep3],
  [/Supplementary measures/, fillStep4],
  [/Procedural steps/, fillStep5],
  [/Re-evaluation/, fillStep6],
  [/Conclusion/, fillConclusion],
];

test('a privacy officer fills every step, reloads without losing a word, exports a signed PDF and verifies it', async ({
  page,
  appUrl,
  backend,
}) => {
  await page.goto(appUrl);
  await expect(page.getByText('No assessments yet')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'home (empty)');

  await page.getByRole('button', { name: 'New assessment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New assessment' });
  await dialog.getByLabel('Title').fill(TITLE);
  await dialog.getByRole('button', { name: 'Create assessment' }).click();

  for (const [name, fill] of STEPS) {
    await goToStep(page, name);
    await fill(page);
    await expectNoSeriousA11yViolations(page, String(name));
  }
  await waitUntilSaved(page);

  const steps = page.getByRole('navigation', { name: 'Steps' });
  for (const [name] of STEPS) await expect(steps.getByRole('button', { name })).toContainText(/complete/i);

  // What the backend stored, read straight from the SQLite file's store.
  const [summary] = backend.services.assessments.list();
  expect(summary).toMatchObject({ title: TITLE, importer: 'CloudCRM Inc.', destination: 'US', status: 'complete', nextReviewDate: '2027-06-30' });
  const stored = backend.services.assessments.get(summary!.id);
  expect(stored.step1.dataCategories).toEqual(['Contact details', 'Support tickets „Łódź“']);
  expect(stored.step1.onwardTransfers).toMatchObject([{ recipient: 'Amazon Web Services', country: 'US', purpose: 'Hosting' }]);
  expect(stored.step3.laws.map((l) => [l.lawId, l.applies])).toEqual(
    expect.arrayContaining([
      ['us-fisa-702', 'yes'],
      ['us-eo-12333', 'yes'],
      ['us-cloud-act', 'yes'],
    ]),
  );
  expect(stored.step4.measures).toEqual([{ measureId: 'encrypted-storage-exporter-keys', note: 'AES-256, keys in an HSM in Frankfurt.' }]);
  expect(stored.conclusion).toMatchObject({ outcome: 'proceed-with-measures', approver: 'Jürgen Groß', date: '2026-11-20' });

  // Close and reopen: everything is still there.
  await page.reload();
  await expect(page.getByRole('button', { name: TITLE, exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(TITLE) })).toContainText('CloudCRM Inc.');
  await page.getByRole('button', { name: TITLE, exact: true }).click();
  await goToStep(page, /Know your transfer/);
  await expect(page.getByLabel('Exporter name')).toHaveValue('Muster GmbH, Zürich branch');
  await expect(page.getByLabel('Importer country')).toHaveValue('US');
  await expect(page.getByLabel('Data categories')).toHaveValue('Contact details\nSupport tickets „Łódź“');
  await expect(page.getByRole('group', { name: 'Onward transfer 1' }).getByLabel('Recipient')).toHaveValue('Amazon Web Services');
  await goToStep(page, /Law and practice/);
  await expect(page.getByRole('group', { name: 'FISA Section 702' }).getByRole('radio', { name: 'Yes' })).toBeChecked();
  await goToStep(page, /Supplementary measures/);
  await expect(page.getByRole('checkbox', { name: /Strong encryption for storage or backup/ })).toBeChecked();
  await goToStep(page, /Conclusion/);
  await expect(page.getByLabel('Approver')).toHaveValue('Jürgen Groß');

  // Export: the first export creates the signing identity.
  await page.getByRole('button', { name: 'Export signed PDF' }).click();
  const exportDialog = page.getByRole('dialog', { name: /Export signed PDF/ });
  await exportDialog.getByLabel('Your name').fill('Jürgen Groß');
  await exportDialog.getByLabel('Email').fill('juergen.gross@muster.example');
  await exportDialog.getByLabel('Organisation').fill('Muster GmbH');
  await exportDialog.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await exportDialog.getByLabel('Repeat passphrase').fill('correct horse battery');
  await exportDialog.getByRole('button', { name: 'Create identity' }).click();
  await exportDialog.getByLabel('Passphrase of your signing key').fill('wrong passphrase');
  await exportDialog.getByRole('button', { name: 'Sign and save' }).click();
  await expect(exportDialog.getByText(/That passphrase does not unlock/)).toBeVisible();
  await exportDialog.getByLabel('Passphrase of your signing key').fill('correct horse battery');
  await exportDialog.getByRole('button', { name: 'Sign and save' }).click();
  await expect(exportDialog.getByText('The signed report was saved.')).toBeVisible();

  const [pdfName] = readdirSync(backend.savedDir).filter((f) => f.endsWith('.pdf'));
  expect(pdfName).toMatch(/^DTIA-.*\.pdf$/);
  const pdfPath = join(backend.savedDir, pdfName!);
  const pdfsig = execFileSync('pdfsig', [pdfPath], { encoding: 'utf8' });
  expect(pdfsig).toContain('Signature is Valid.');
  expect(pdfsig).toContain('Total document signed');
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('CloudCRM Inc.');
  expect(text).toContain('Support tickets „Łódź“');

  // Verify the report in the app.
  await exportDialog.getByRole('button', { name: /Close/ }).first().click();
  await page.getByRole('button', { name: 'All assessments' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Verify a report' }).click();
  await page.getByLabel('Choose a PDF to verify').setInputFiles(pdfPath);
  await expect(page.getByRole('heading', { name: 'Signature valid' })).toBeVisible();
  await expect(page.getByText('Jürgen Groß').first()).toBeVisible();
  const fingerprint = backend.services.identity.info()!.certificateSha256;
  await expect(page.getByText(fingerprint)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'verify');

  // A copy with bytes appended after signing is reported as changed.
  const altered = Buffer.concat([readFileSync(pdfPath), Buffer.from('\n% appended after signing\n')]);
  await page.getByLabel('Choose a PDF to verify').setInputFiles({ name: 'altered.pdf', mimeType: 'application/pdf', buffer: altered });
  await expect(page.getByRole('heading', { name: 'Changed after signing' })).toBeVisible();
});
