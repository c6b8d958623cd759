import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateAssessment } from '../../shared/engine/evaluate';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { expect, test } from './support/fixtures';
import { fillParty, fillTransferDetails } from './support/map';
import { answerPrechecks, createAssessment, goToStep, waitUntilSaved } from './support/wizard';

const TITLE = 'Encrypted backup SaaS — Zürich, Łódź';

const todayIso = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

test('a US SaaS processor with a sub-processor chain: modules 2 and 3, FISA 702 in scope, exporter-held keys lower the residual risk', async ({ page, appUrl, backend }) => {
  await page.goto(appUrl);
  await createAssessment(page, TITLE);
  await answerPrechecks(page);

  await goToStep(page, /Know your transfers/);
  await fillParty(page, 'Unnamed Exporter', { name: 'Muster GmbH', role: 'Controller', country: 'DE' });
  await fillParty(page, 'Unnamed Importer', { name: 'VaultCo Inc.', role: 'Processor', country: 'US' });
  await page.getByRole('button', { name: 'Add party' }).click();
  await fillParty(page, 'Unnamed Sub-processor', { name: 'Amazon Web Services, Inc.', role: 'Processor', country: 'US' });
  await page.getByRole('button', { name: 'Add transfer' }).click();
  await page.getByLabel('Sender of transfer 2').selectOption({ label: 'VaultCo Inc.' });
  await page.getByLabel('Recipient of transfer 2').selectOption({ label: 'Amazon Web Services, Inc.' });
  const backup = {
    categories: 'Customer records\nSupport tickets „Łódź“',
    subjects: 'Customers\nEmployees',
    frequency: 'Continuous',
    format: 'Encrypted',
    keyHolder: 'The exporter',
    access: 'Storage',
    needsClearText: false,
    retention: '90 days',
  } as const;
  await fillTransferDetails(page, /Transfer 1, Muster GmbH to VaultCo Inc\./, { ...backup, purpose: 'Encrypted off-site backup' });
  await fillTransferDetails(page, /Transfer 2, VaultCo Inc\. to Amazon Web Services/, { ...backup, purpose: 'Hosting of the backup storage' });
  const diagram = page.getByRole('img', { name: 'Diagram of the transfer map' });
  await expect(diagram).toContainText('Amazon Web Services, Inc.');
  await page.screenshot({ path: '/tmp/s1.png', fullPage: true });

  await goToStep(page, /Transfer tool/);
  for (const name of ['Transfer 1: Muster GmbH → VaultCo Inc.', 'Transfer 2: VaultCo Inc. → Amazon Web Services, Inc.']) {
    await page.getByRole('region', { name }).getByLabel('Transfer tool').selectOption('scc');
  }
  await expect(page.getByRole('region', { name: /Transfer 1:/ })).toContainText('Proposed from the roles: Module 2');
  await expect(page.getByRole('region', { name: /Transfer 2:/ })).toContainText('Proposed from the roles: Module 3');
  await page.getByRole('radio', { name: 'Option 2: general written authorisation' }).check();
  await page.getByLabel('Notice period before a new sub-processor (days)').fill('30');
  await page.getByRole('textbox', { name: 'Competent supervisory authority' }).fill('Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit');
  await page.getByRole('radio', { name: 'Option 1: the law of an agreed EU Member State' }).check();
  await page.getByLabel('Governing law (country)').selectOption('DE');
  await page.getByLabel('Courts of (country)').selectOption('DE');
  const annexes = page.getByRole('group', { name: 'SCC Annexes I–III' });
  await expect(annexes.getByRole('region', { name: 'Annex III — List of sub-processors' })).toContainText('Amazon Web Services, Inc.');

  await goToStep(page, /Law and practice/);
  await page.getByRole('button', { name: /Add the \d+ laws of the destinations from the law library/ }).click();
  await page.getByRole('button', { name: /Add the \d+ scenarios of the destinations from the law library/ }).click();
  const fisa = page.getByRole('article', { name: 'FISA Section 702' });
  await expect(fisa).toContainText(/Status after June 2026 unconfirmed/);
  const answer = (question: RegExp, value: 'Yes' | 'No' | 'Unknown') =>
    fisa.getByRole('radiogroup', { name: question }).getByRole('radio', { name: value, exact: true }).check();
  await answer(/electronic communication service provider/, 'Yes');
  await answer(/communications content or stored content/, 'Yes');
  await answer(/^Does the importer or a sub-processor hold the data in clear/, 'No');
  await answer(/keys held only by the exporter/, 'Yes');
  await answer(/challenge it where there are grounds/, 'Yes');
  await page.getByLabel('Reasoning for the overall assessment').fill('VaultCo is an ECSP, but only ciphertext under our keys reaches it.');

  await goToStep(page, /Supplementary measures/);
  const measures = page.getByRole('group', { name: 'Measures' });
  await expect(measures).toContainText('1.83 % before measures → 1.83 % after measures');
  await measures.getByRole('checkbox', { name: /Strong encryption for storage or backup, keys held by the exporter/ }).check();
  await expect(measures).not.toContainText('→ 1.83 % after measures');
  await page.getByRole('textbox', { name: /Note on how it is implemented \(Strong encryption/ }).fill('AES-256-GCM; keys in an HSM in Frankfurt.');

  await goToStep(page, /Procedural steps/);
  const checklist = page.getByRole('group', { name: 'Checklist' });
  await expect(checklist).toContainText('The SCCs are used without changes');
  await expect(checklist).toContainText(/Clause 9/);
  const statuses = checklist.getByRole('radiogroup', { name: 'Status' });
  const count = await statuses.count();
  for (let index = 0; index < count; index += 1) await statuses.nth(index).getByRole('radio', { name: 'Done' }).check();
  await expect(checklist).toContainText(`${count} of ${count} done or not applicable`);

  await goToStep(page, /Re-evaluation/);
  const review = page.getByRole('group', { name: 'Next review date' });
  await expect(review).toContainText('FISA Section 702');
  await review.getByRole('button', { name: 'Use the proposed date' }).click();
  await expect(review.getByLabel('Date of the next review')).not.toHaveValue('');
  await page.getByRole('checkbox', { name: 'A new sub-processor or onward recipient' }).check();

  await goToStep(page, /Conclusion/);
  const outcome = page.getByRole('group', { name: 'Outcome' });
  await expect(outcome.getByRole('region', { name: 'Proposed outcome' })).toContainText('The transfer may proceed with the supplementary measures');
  await outcome.getByRole('button', { name: 'Accept the proposal' }).click();
  await page.getByLabel('Rationale for the reader of the report').fill('Only ciphertext under our keys leaves the EEA.');
  await page.getByLabel('Assessor').fill('Anna Nowak');
  await page.getByLabel('Approver').fill('Jürgen Groß');
  await page.getByLabel('Date of approval').fill('2026-11-20');
  await waitUntilSaved(page);
  await expectNoSeriousA11yViolations(page, 'conclusion');

  const steps = page.getByRole('navigation', { name: 'Steps' });
  for (const name of [/Pre-checks/, /Know your transfers/, /Transfer tool/, /Law and practice/, /Supplementary/, /Procedural/, /Re-evaluation/, /Conclusion/]) {
    await expect(steps.getByRole('button', { name })).toContainText(/complete/i);
  }

  // What the backend stored, and what the engine makes of it.
  const [summary] = backend.services.assessments.list();
  expect(summary).toMatchObject({ title: TITLE, importer: 'VaultCo Inc.', destination: 'US', status: 'complete' });
  const stored = backend.services.assessments.get(summary!.id);
  expect(stored.map.parties.map((p) => [p.name, p.kind, p.role, p.country])).toEqual([
    ['Muster GmbH', 'exporter', 'controller', 'DE'],
    ['VaultCo Inc.', 'importer', 'processor', 'US'],
    ['Amazon Web Services, Inc.', 'sub-processor', 'processor', 'US'],
  ]);
  expect(stored.map.transfers[0]!.dataCategories).toEqual(['Customer records', 'Support tickets „Łódź“']);
  const evaluation = evaluateAssessment(stored, backend.services.lawLibrary(), todayIso());
  expect(evaluation.transfers.map((t) => t.sccModule?.effective)).toEqual([2, 3]);
  const fisaVerdict = evaluation.laws.find((l) => l.lawId === 'us-fisa-702');
  expect(fisaVerdict?.unconfirmed).toBe(true);
  expect(evaluation.risk.horizonAfter).toBeLessThan(evaluation.risk.horizonBefore / 10);
  expect(stored.conclusion).toMatchObject({ decision: 'accepted', outcome: 'proceed-with-measures', approver: 'Jürgen Groß' });

  // Close and reopen: everything is still there.
  await page.reload();
  await page.getByRole('button', { name: TITLE, exact: true }).click();
  await goToStep(page, /Know your transfers/);
  await expect(page.getByLabel('Name of Amazon Web Services, Inc.', { exact: true })).toHaveValue('Amazon Web Services, Inc.');
  await goToStep(page, /Law and practice/);
  await expect(
    page
      .getByRole('article', { name: 'FISA Section 702' })
      .getByRole('radiogroup', { name: /electronic communication service provider/ })
      .getByRole('radio', { name: 'Yes', exact: true }),
  ).toBeChecked();

  // The signed report carries the map, the arithmetic and the annexes, and verifies with an independent tool.
  await page.getByRole('button', { name: 'Export signed PDF' }).click();
  const exportDialog = page.getByRole('dialog', { name: /Export signed PDF/ });
  await exportDialog.getByLabel('Your name').fill('Jürgen Groß');
  await exportDialog.getByLabel('Email').fill('juergen.gross@muster.example');
  await exportDialog.getByLabel('Organisation').fill('Muster GmbH');
  await exportDialog.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await exportDialog.getByLabel('Repeat passphrase').fill('correct horse battery');
  await exportDialog.getByRole('button', { name: 'Create identity' }).click();
  await exportDialog.getByLabel('Passphrase of the signing identity').fill('correct horse battery');
  await exportDialog.getByRole('button', { name: 'Sign and save' }).click();
  await expect(exportDialog.getByText('The signed report was saved.')).toBeVisible();
  const [pdfName] = readdirSync(backend.savedDir).filter((f) => f.endsWith('.pdf'));
  const pdfPath = join(backend.savedDir, pdfName!);
  const signatures = execFileSync('pdfsig', [pdfPath], { encoding: 'utf8' });
  expect(signatures).toContain('Signature is Valid.');
  expect(signatures).toContain('Signature Type: ETSI.CAdES.detached');
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  for (const expected of ['Amazon Web Services, Inc.', 'Support tickets „Łódź“', 'Annex III', 'FISA Section 702', '1 − (1 − ']) {
    expect(text).toContain(expected);
  }
});
