import { readFileSync } from 'node:fs';
import type { Assessment } from '../../shared/domain/assessment';
import { serializeInterchange } from '../../shared/domain/interchange';
import { defaultPortfolioQuery } from '../../shared/portfolio/query';
import { fullAssessment } from '../fixtures/full-assessment';
import { parseCsv } from '../fixtures/parse-csv';
import { expectNoSeriousA11yViolations } from './support/a11y';
import type { TestBackend } from './support/app';
import { expect, test } from './support/fixtures';

/** A stored assessment whose importer has the given name. */
function assessmentWithImporter(backend: TestBackend, title: string, importer: string): Assessment {
  const created = backend.services.assessments.create(title);
  backend.services.assessments.save({
    ...created,
    map: { ...created.map, parties: created.map.parties.map((party) => (party.kind === 'importer' ? { ...party, name: importer, country: 'CH' } : party)) },
  });
  return backend.services.assessments.get(created.id);
}

const mainNavigation = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Main' });

test('the vendor page lists the assessments of one importer, however its name is written', async ({ page, appUrl, backend }) => {
  const first = assessmentWithImporter(backend, 'Support desk in Zurich', 'Müller Cloud GmbH');
  const second = assessmentWithImporter(backend, 'Payroll in Zurich', 'MULLER  cloud gmbh');
  assessmentWithImporter(backend, 'Hosting in Chicago', 'Globex Hosting');

  await page.goto(appUrl);
  await mainNavigation(page).getByRole('button', { name: 'Vendors' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vendors');
  const vendors = page.getByRole('table', { name: 'Vendors' });
  await expect(vendors.getByRole('row')).toHaveCount(3);
  await expect(vendors.getByRole('row', { name: /Müller Cloud GmbH/ })).toContainText('2');
  await expectNoSeriousA11yViolations(page, 'the vendors screen');

  await page.getByLabel('Search vendors').fill('globex');
  await expect(vendors.getByRole('row')).toHaveCount(2);
  await expect(page.getByText('1 vendor', { exact: true })).toBeVisible();
  await page.getByLabel('Search vendors').fill('muller');
  await vendors.getByRole('button', { name: 'Müller Cloud GmbH' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Müller Cloud GmbH');
  const linked = page.getByRole('table', { name: 'Assessments linked to Müller Cloud GmbH' });
  await expect(linked.getByRole('row')).toHaveCount(3);
  await expect(linked.getByRole('row', { name: /Support desk in Zurich/ })).toContainText('Müller Cloud GmbH');
  await expect(linked.getByRole('row', { name: /Payroll in Zurich/ })).toContainText('MULLER cloud gmbh');
  await expect(linked.getByRole('row', { name: /Payroll in Zurich/ })).toContainText('By the importer’s name');
  await expectNoSeriousA11yViolations(page, 'a vendor page');

  // The vendor's own fields are edited on its page.
  await page.getByLabel('Legal entity').fill('Müller Cloud Services GmbH');
  await page.getByLabel('Website').fill('https://mueller-cloud.example');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Saved the vendor “Müller Cloud GmbH”.');
  const [stored] = backend.services.vendors.list().filter((vendor) => vendor.name === 'Müller Cloud GmbH');
  expect(stored).toMatchObject({ legalEntity: 'Müller Cloud Services GmbH', website: 'https://mueller-cloud.example', assessments: 2 });

  // Each assessment opens from there.
  await linked.getByRole('button', { name: 'Payroll in Zurich' }).click();
  await expect(page.locator('#assessment-title')).toHaveValue('Payroll in Zurich');
  expect(backend.services.vendors.get(stored!.id).assessments.map((a) => a.id).sort()).toEqual([first.id, second.id].sort());
});

test('an assessment saved as a template starts a new one without its conclusion', async ({ page, appUrl, backend }) => {
  const source = backend.services.assessments.importText('full.dtia.json', serializeInterchange(fullAssessment(), '2026-05-20T00:00:00.000Z'));
  expect(source.conclusion.outcome).not.toBe('');

  await page.goto(appUrl);
  // Through the vendor of its importer, as a user who thinks in vendors would.
  await mainNavigation(page).getByRole('button', { name: 'Vendors' }).click();
  await page.getByRole('button', { name: 'Twilio Inc.' }).click();
  await page.getByRole('table', { name: 'Assessments linked to Twilio Inc.' }).getByRole('button', { name: source.title }).click();
  await expect(page.locator('#assessment-title')).toHaveValue(source.title);

  await page.getByRole('button', { name: 'Save as template…' }).click();
  const saveDialog = page.getByRole('dialog', { name: 'Save as template' });
  await expect(saveDialog).toContainText('It leaves out the conclusion');
  await expect(saveDialog.getByLabel('Template name')).toHaveValue(source.title);
  await saveDialog.getByLabel('Template name').fill('US messaging provider under the SCCs');
  await saveDialog.getByLabel('Description (optional)').fill('Module 2 with a US sub-processor.');
  await expectNoSeriousA11yViolations(page, 'the save-as-template dialog');
  await saveDialog.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Saved the template “US messaging provider under the SCCs”.')).toBeVisible();
  expect(backend.services.templates.list()).toEqual([expect.objectContaining({ name: 'US messaging provider under the SCCs' })]);

  await mainNavigation(page).getByRole('button', { name: 'Assessments' }).click();
  await page.getByRole('button', { name: 'New assessment' }).click();
  const newDialog = page.getByRole('dialog', { name: 'New assessment' });
  await newDialog.getByLabel('Title').fill('Messaging for the Vienna office');
  await newDialog.getByRole('radio', { name: 'A template' }).check();
  await expect(newDialog.getByLabel('Template', { exact: true })).toHaveValue(backend.services.templates.list()[0]!.id);
  await expect(newDialog).toContainText('Module 2 with a US sub-processor.');
  await expectNoSeriousA11yViolations(page, 'the new-assessment dialog with a template');
  await newDialog.getByRole('button', { name: 'Create assessment' }).click();

  await expect(page.locator('#assessment-title')).toHaveValue('Messaging for the Vienna office');
  const created = backend.services.assessments.list().find((summary) => summary.title === 'Messaging for the Vienna office');
  expect(created).toBeDefined();
  const document = backend.services.assessments.get(created!.id);
  expect(document.id).not.toBe(source.id);
  expect(document.map.parties).toEqual(source.map.parties);
  expect(document.step3.laws).toEqual(source.step3.laws);
  expect(document.conclusion).toMatchObject({ outcome: '', decision: '', approver: '', date: '' });
  expect(document.step6.nextReviewDate).toBe('');
  expect(backend.services.lifecycle.status(created!.id)).toMatchObject({ lifecycle: 'draft', revision: 1, approvedRevision: null });
});

test('the portfolio exported as CSV is saved as a file that reads back row for row', async ({ page, appUrl, backend }) => {
  assessmentWithImporter(backend, '=HYPERLINK("https://evil.example")', 'Größe & Söhne AG');
  assessmentWithImporter(backend, 'Übermittlung, "quoted"; second', 'Zürich Data AG');
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assessments');

  // The calls the Export CSV button makes: the export in the screens' language, then the platform's save dialog.
  const saved = await page.evaluate(async (query) => {
    const api = (globalThis as unknown as { dtia: Record<string, (request: unknown) => Promise<{ ok: boolean; value?: Record<string, unknown> }>> }).dtia;
    const exported = await api.exportPortfolioCsv!({ query, language: 'de' });
    if (!exported.ok || !exported.value) throw new Error('export failed');
    const bytes = new TextEncoder().encode(String(exported.value.content));
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    const written = await api.saveFile!({ suggestedName: exported.value.fileName, contentBase64: btoa(binary) });
    return { fileName: String(exported.value.fileName), path: String(written.value?.path) };
  }, defaultPortfolioQuery());

  expect(saved.fileName).toMatch(/^DTIA-Portfolio \d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(saved.path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...records] = parseCsv(bytes.toString('utf8'), ';');
  expect(header?.slice(0, 4)).toEqual(['Titel', 'Status', 'Ergebnis', 'Importeur']);
  const expected = backend.services.portfolio.query(defaultPortfolioQuery()).rows;
  expect(records.map((record) => record[0])).toEqual(expected.map((row) => (row.title.startsWith('=') ? `'${row.title}` : row.title)));
  expect(records.map((record) => record[3])).toEqual(expected.map((row) => row.importer));
  expect(records.map((record) => record[1])).toEqual(['Entwurf', 'Entwurf']);
});
