import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { REPO_ROOT } from './support/app';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { publish } from './support/publish';

const SAMPLE = readFileSync(join(REPO_ROOT, 'resources/examples/telnyx-sample.dtia.json'), 'utf8');
const ASSESSOR_PASSPHRASE = 'assessor passphrase';
const APPROVER_PASSPHRASE = 'approver passphrase';

const pdfsig = (path: string) => {
  try {
    return execFileSync('pdfsig', [path], { encoding: 'utf8' });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
};

/**
 * The legal team's path: the assessor exports a German report with a confidentiality marking and a visible
 * signature; the approver verifies it, countersigns it, and the countersigned file verifies with both signatures;
 * finally the report's embedded assessment is imported back as a new assessment.
 */
test('a German report is signed, verified, countersigned and imported back from the PDF', async ({ page, appUrl, backend }, testInfo) => {
  test.setTimeout(120_000);
  const sample = backend.services.assessments.importText('telnyx.dtia.json', SAMPLE);
  backend.services.identity.create({ name: 'Jürgen Groß', email: 'juergen.gross@muster.example', organisation: 'Muster GmbH', algorithm: 'rsa-3072', passphrase: ASSESSOR_PASSPHRASE });
  backend.services.identity.create({ name: 'Zofia Wiśniewska', email: 'zofia@muster.example', organisation: 'Muster GmbH', algorithm: 'ecdsa-p256', passphrase: APPROVER_PASSPHRASE });

  await page.goto(appUrl);
  await page.getByRole('button', { name: sample.title, exact: true }).click();
  await page.getByRole('button', { name: 'Export signed PDF' }).click();
  const exportDialog = page.getByRole('dialog', { name: /Export signed PDF/ });
  await exportDialog.getByLabel('Sign as').selectOption({ label: 'Jürgen Groß — Muster GmbH (RSA 3072)' });
  await exportDialog.getByLabel('Passphrase of the signing identity').fill('not the passphrase');
  await exportDialog.getByRole('radio', { name: 'Deutsch' }).check();
  await exportDialog.getByLabel('Confidentiality marking').fill('Vertraulich');
  await exportDialog.screenshot({ path: testInfo.outputPath('export-dialog.png') });
  publish(testInfo.outputPath('export-dialog.png'), 'export-dialog.png');
  await exportDialog.getByRole('button', { name: 'Sign and save' }).click();
  await expect(exportDialog.getByRole('alert')).toContainText('That passphrase does not unlock this signing identity');
  await exportDialog.getByLabel('Passphrase of the signing identity').fill(ASSESSOR_PASSPHRASE);
  await exportDialog.getByRole('button', { name: 'Sign and save' }).click();
  await expect(exportDialog.getByText('The signed report was saved.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'export result');
  await exportDialog.getByRole('button', { name: 'Close' }).click();

  const [signedName] = readdirSync(backend.savedDir).filter((name) => name.endsWith('.pdf'));
  const signedPath = join(backend.savedDir, signedName!);
  const firstCheck = pdfsig(signedPath);
  expect(firstCheck).toContain('Signature Type: ETSI.CAdES.detached');
  expect(firstCheck).toContain('Signer Certificate Common Name: Jürgen Groß');
  expect(firstCheck).toContain('Signature is Valid.');
  const text = execFileSync('pdftotext', ['-layout', signedPath, '-'], { encoding: 'utf8' });
  for (const expected of ['Vertraulich', 'Inhalt', 'Zusammenfassung', 'Entscheidung und Signaturen']) expect(text).toContain(expected);
  expect(execFileSync('pdfinfo', [signedPath], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);

  // Verify, then countersign the file that was just verified.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /Verify/ }).click();
  await page.getByLabel('Choose a PDF to verify').setInputFiles(signedPath);
  await expect(page.getByRole('heading', { name: 'Signatures valid' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Signature 1 of 1: Assessor/ })).toContainText('Jürgen Groß');
  await expectNoSeriousA11yViolations(page, 'verification');

  await page.getByRole('button', { name: 'Countersign a report…' }).click();
  const countersign = page.getByRole('dialog', { name: 'Countersign a report' });
  await countersign.getByLabel('Sign as').selectOption({ label: 'Zofia Wiśniewska — Muster GmbH (ECDSA P-256)' });
  await countersign.getByLabel('Passphrase of the signing identity').fill(APPROVER_PASSPHRASE);
  await countersign.getByRole('button', { name: 'Countersign and save' }).click();
  await countersign.getByRole('button', { name: 'Verify the countersigned report' }).click();
  await expect(page.getByRole('heading', { name: 'Signatures valid' })).toBeVisible();
  const assessorSignature = page.getByRole('region', { name: /Signature 1 of 2: Assessor/ });
  const approverSignature = page.getByRole('region', { name: /Signature 2 of 2: Approver/ });
  await expect(assessorSignature).toContainText('Jürgen Groß');
  await expect(approverSignature).toContainText('Zofia Wiśniewska');
  await expect(page.getByRole('region', { name: 'Embedded assessment' })).toContainText(/Yes/);
  await page.screenshot({ path: testInfo.outputPath('verify.png'), fullPage: true });
  publish(testInfo.outputPath('verify.png'), 'verify.png');

  const countersignedName = readdirSync(backend.savedDir).find((name) => name.endsWith('(countersigned).pdf'));
  expect(countersignedName).toBeDefined();
  const both = pdfsig(join(backend.savedDir, countersignedName!));
  expect(both.match(/Signature is Valid\./g)).toHaveLength(2);
  expect(both).toContain('Signer Certificate Common Name: Zofia Wiśniewska');

  // The report carries the assessment: it is stored here already, so the user is asked; keeping both adds a copy.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Assessments' }).click();
  await page.getByLabel('Import from PDF…').setInputFiles(join(backend.savedDir, countersignedName!));
  const conflict = page.getByRole('dialog', { name: 'This assessment is already stored' });
  await expect(conflict).toContainText(sample.title);
  await conflict.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByRole('button', { name: `${sample.title} (2)`, exact: true })).toBeVisible();
  const copies = backend.services.assessments.list().filter((summary) => summary.title.startsWith(sample.title));
  expect(copies).toHaveLength(2);
  const copy = backend.services.assessments.get(copies.find((summary) => summary.id !== sample.id)!.id);
  expect({ ...copy, id: sample.id, title: sample.title, createdAt: '', updatedAt: '' }).toEqual({ ...backend.services.assessments.get(sample.id), createdAt: '', updatedAt: '' });
});
