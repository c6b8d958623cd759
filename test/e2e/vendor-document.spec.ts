import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { createThrowawayIdentity } from '../../electron/services/signing/identity';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { REPO_ROOT } from './support/app';
import { expect, test } from './support/fixtures';
import { publish } from './support/publish';
import { createAssessment, goToStep, waitUntilSaved } from './support/wizard';

const TELNYX = readFileSync(join(REPO_ROOT, 'test/fixtures/002_7c90d0f1a853ce8b.txt'), 'utf8');
const TITLE = 'Telnyx voice and messaging';

const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** The suggestion (an article in the review's list) whose text matches. */
const suggestion = (review: Locator, group: string, text: string | RegExp) =>
  review.getByRole('region', { name: new RegExp(`^${group}`) }).getByRole('article').filter({ hasText: text }).first();

test('a vendor document read in step 1 fills the map, the vendor profile and the signed report', async ({ page, appUrl, backend }, testInfo) => {
  test.setTimeout(120_000);
  await page.goto(appUrl);
  await createAssessment(page, TITLE);
  await expect(page.locator('#assessment-title')).toHaveValue(TITLE);
  await goToStep(page, /Know your transfers/);

  await page.getByRole('button', { name: 'Fill from the vendor’s documents…' }).click();
  const fill = page.getByRole('dialog', { name: 'Fill from the vendor’s documents' });
  await fill.getByRole('button', { name: 'Read a document…' }).click();
  const read = page.getByRole('dialog', { name: 'Read a vendor document' });
  await read.getByRole('button', { name: 'Read the pasted text' }).click();
  await expect(read.getByText('Paste the text first, or choose a file.')).toBeVisible();
  await read.getByLabel('Text of the document').fill(TELNYX);
  await read.getByRole('button', { name: 'Read the pasted text' }).click();

  // The review: the text with its sentences marked beside the suggestions, grouped by type.
  const review = page.getByRole('dialog', { name: /^Review: / });
  await expect(review.getByRole('heading', { name: /^Countries/ })).toBeVisible();
  await expect(review.getByRole('region', { name: 'Text of the document' })).toContainText('Telnyx');
  const marks = review.locator('mark.evidence');
  expect(await marks.count()).toBeGreaterThan(20);
  await expect(review.locator('mark.evidence-accepted')).toHaveCount(0);

  // A suggestion shows its sentence in the text, and the sentence leads back to it.
  const aws = suggestion(review, 'Sub-processors', 'Amazon Web Services');
  await aws.getByRole('button', { name: /^Show the sentence/ }).click();
  const focusedMark = review.locator('mark:focus');
  await expect(focusedMark).toContainText('we use Amazon Web Services data centers');
  await expect(focusedMark).toBeInViewport();
  await focusedMark.locator('xpath=following-sibling::button[1]').click();
  await expect(aws).toBeFocused();

  await expectNoSeriousA11yViolations(page, 'the document review');

  // Accept one group, reject one suggestion (take it back with Ctrl+Z, reject it again), edit one, accept the rest.
  const countryGroup = review.getByRole('region', { name: /^Countries/ });
  await countryGroup.getByRole('button', { name: /^Accept all pending Countries/ }).click();
  await expect(countryGroup.getByRole('button', { name: /^Accept all pending/ })).toHaveCount(0);
  await expect(review.getByRole('status').first()).toHaveText(/^Accepted \d+ suggestions\.$/);
  const worldwide = suggestion(review, 'Countries', 'Worldwide');
  await worldwide.getByRole('button', { name: /^Reject/ }).click();
  await expect(worldwide.getByRole('button', { name: /^Reject/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(review.getByRole('status').first()).toHaveText('Rejected “around the world”.');
  await page.keyboard.press('Control+z');
  await expect(worldwide.getByRole('button', { name: /^Accept/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(review.getByRole('status').first()).toHaveText('Undid the last decision.');
  await worldwide.getByRole('button', { name: /^Reject/ }).click();
  await expect(review.getByText(/^\d+ pending, \d+ accepted, 1 rejected/)).toBeVisible();

  await aws.getByRole('button', { name: /^Edit/ }).click();
  await aws.getByLabel('Value as written').fill('Amazon Web Services (AWS)');
  await expect(aws.getByLabel('Normalized form')).toHaveValue('Amazon Web Services');
  await aws.getByRole('button', { name: 'Save and accept' }).click();
  await expect(aws).toContainText('“Amazon Web Services (AWS)”');
  await expect(aws).toContainText('Edited');

  // What the document leaves open becomes a question to the vendor.
  const gaps = review.getByRole('region', { name: 'Questions for the vendor' });
  await gaps.getByRole('button', { name: 'Add to open questions' }).first().click();
  await expect(gaps.getByText('In the open questions')).toBeVisible();

  await aws.getByRole('button', { name: /^Show the sentence/ }).click();
  await expect(review.locator('mark.evidence-pending').first()).toBeVisible();
  await review.screenshot({ path: testInfo.outputPath('vendor-document-review.png') });
  publish(testInfo.outputPath('vendor-document-review.png'), 'vendor-document-review.png');

  await review.getByRole('button', { name: /^Accept all pending \(\d+\)$/ }).click();
  await expect(review.getByText(/^0 pending, \d+ accepted, 1 rejected/)).toBeVisible();
  await expect(review.locator('mark.evidence-pending')).toHaveCount(0);
  await review.getByRole('button', { name: 'Done' }).click();

  // Back in the fill dialog: the vendor the document named is chosen; its accepted facts go into the map.
  await expect(fill.getByLabel('Vendor')).toHaveText(/Telnyx/);
  await expect(fill).toContainText(/\d+ accepted facts from 1 document/);
  await expectNoSeriousA11yViolations(page, 'the fill-from-vendor dialog');
  await fill.getByRole('button', { name: 'Apply to the transfer map' }).click();
  const applied = fill.getByRole('status');
  await expect(applied).toContainText('Named the importer “Telnyx”.');
  await expect(applied).toContainText('Set the importer’s country to United States.');
  await expect(applied).toContainText('Added the sub-processor “Amazon Web Services”');
  await fill.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByLabel('Name of Telnyx', { exact: true })).toBeVisible();
  await waitUntilSaved(page);

  const summary = backend.services.assessments.list().find((row) => row.title === TITLE)!;
  const stored = backend.services.assessments.get(summary.id);
  expect(stored.map.parties).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ kind: 'importer', name: 'Telnyx', country: 'US' }),
      expect.objectContaining({ kind: 'sub-processor', name: 'Amazon Web Services' }),
    ]),
  );

  // The profile holds the accepted facts with the document's hash; the assessment cites them by it.
  const vendor = backend.services.vendors.list().find((item) => item.name === 'Telnyx')!;
  const profile = backend.services.vendorDocuments.getProfile(vendor.id);
  const [document] = profile.documents;
  expect(profile.documents).toHaveLength(1);
  expect(document!.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(profile.facts.length).toBeGreaterThan(20);
  expect(profile.facts.every((fact) => fact.decision === 'accepted' && fact.documentSha256 === document!.sha256)).toBe(true);
  expect(profile.facts.some((fact) => fact.normalized === 'WORLDWIDE')).toBe(false);
  expect(profile.facts).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'subprocessor', value: 'Amazon Web Services (AWS)', edited: true })]));
  expect(profile.openQuestions).toHaveLength(1);
  expect(stored.evidence.length).toBeGreaterThan(0);
  expect(stored.evidence.every((link) => link.document.sha256 === document!.sha256 && TELNYX.includes(link.sentence))).toBe(true);

  // The vendor page shows the profile.
  await mainNavigation(page).getByRole('button', { name: 'Vendors' }).click();
  await page.getByRole('table', { name: 'Vendors' }).getByRole('button', { name: 'Telnyx' }).click();
  const profilePanel = page.getByRole('region', { name: 'Profile' });
  await expect(profilePanel.getByRole('heading', { name: 'Transfer tools' })).toBeVisible();
  const countries = profilePanel.getByRole('region', { name: 'Countries' });
  await expect(countries).toContainText('United States');
  await expect(countries).not.toContainText('Worldwide');
  const subprocessors = profilePanel.getByRole('region', { name: 'Sub-processors and other recipients' });
  await subprocessors.getByText('The sentence').first().click();
  await expect(subprocessors).toContainText('we use Amazon Web Services data centers');
  await expect(subprocessors).toContainText(document!.sha256.slice(0, 12));
  const documents = profilePanel.getByRole('table', { name: 'Documents read for Telnyx' });
  await expect(documents.getByRole('row')).toHaveCount(2);
  await expect(documents).toContainText(document!.sha256.slice(0, 12));

  await profilePanel.getByLabel('Status', { exact: true }).selectOption({ label: 'Not certified' });
  await profilePanel.getByLabel('Date checked').fill('2026-05-20');
  await profilePanel.getByRole('button', { name: 'Save the status' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Saved the profile.');
  await profilePanel.getByRole('button', { name: 'Add a figure' }).click();
  await profilePanel.getByLabel('What was counted, row 1').fill('FISA 702 requests');
  await profilePanel.getByLabel('Figure, row 1').fill('0');
  await profilePanel.getByLabel('Period, row 1').fill('2024');
  await profilePanel.getByLabel('Source, row 1').fill('Telnyx TIA whitepaper');
  await profilePanel.getByRole('button', { name: 'Save the figures' }).click();
  await expect(profilePanel.getByLabel('Figure, row 1')).toHaveValue('0');
  await profilePanel.getByLabel('Status of question 1').selectOption({ label: 'Asked' });
  await profilePanel.getByRole('button', { name: 'Save the questions' }).click();
  await expect(profilePanel.getByLabel('Status of question 1')).toHaveValue('asked');
  const kept = backend.services.vendorDocuments.getProfile(vendor.id);
  expect(kept.dpf).toEqual({ status: 'not-certified', checkedOn: '2026-05-20' });
  expect(kept.transparency).toEqual([{ label: 'FISA 702 requests', figure: '0', period: '2024', source: 'Telnyx TIA whitepaper' }]);
  expect(kept.openQuestions[0]).toMatchObject({ status: 'asked', gapId: expect.any(String) });
  await expectNoSeriousA11yViolations(page, 'the vendor profile');
  // The screen scrolls inside its own pane: the window is made tall enough to hold the whole panel.
  await page.setViewportSize({ width: 1280, height: 2400 });
  await profilePanel.screenshot({ path: testInfo.outputPath('vendor-profile.png') });
  publish(testInfo.outputPath('vendor-profile.png'), 'vendor-profile.png');

  // The signed report quotes the sentences the map was filled from.
  const report = await backend.services.reports.renderAndSign(backend.services.assessments.get(summary.id), createThrowawayIdentity(new Date()), {
    language: 'en',
    confidentiality: 'Confidential',
    appearance: 'visible',
  });
  const pdf = testInfo.outputPath('report.pdf');
  writeFileSync(pdf, report.pdf);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(text.replace(/\s+/g, ' ')).toContain('our headquarters in the US');
  expect(text.replace(/\s+/g, '')).toContain(document!.sha256.slice(0, 16));
});

test('a document in the profile is reviewed again, and deleted after asking', async ({ page, appUrl, backend }) => {
  const vendor = backend.services.vendors.create({ name: 'Telnyx', legalEntity: '', country: '', website: '', notes: '' });
  const imported = await backend.services.vendorDocuments.importDocument(vendor.id, { kind: 'paste', text: TELNYX });

  await page.goto(appUrl);
  await mainNavigation(page).getByRole('button', { name: 'Vendors' }).click();
  await page.getByRole('table', { name: 'Vendors' }).getByRole('button', { name: 'Telnyx' }).click();
  const profilePanel = page.getByRole('region', { name: 'Profile' });
  await expect(profilePanel).toContainText('No accepted facts yet.');
  await profilePanel.getByRole('button', { name: `Review ${imported.fileName}` }).click();
  const review = page.getByRole('dialog', { name: /^Review: / });
  await suggestion(review, 'Transfer tools', 'Standard Contractual Clauses').getByRole('button', { name: /^Accept/ }).click();
  await expect(review.getByText(/^\d+ pending, 1 accepted, 0 rejected/)).toBeVisible();
  await review.getByRole('button', { name: 'Undo' }).click();
  await expect(review.getByText(/^\d+ pending, 0 accepted, 0 rejected/)).toBeVisible();
  await review.getByRole('region', { name: /^Transfer tools/ }).getByRole('button', { name: /^Accept all pending/ }).click();
  await review.getByRole('button', { name: 'Done' }).click();
  await expect(profilePanel.getByRole('region', { name: 'Transfer tools' })).toContainText('Standard Contractual Clauses (SCCs)');

  // A file is read too: one the importer cannot read is refused with the reason, a web page is read as text.
  await profilePanel.getByRole('button', { name: 'Read a vendor document…' }).click();
  const read = page.getByRole('dialog', { name: 'Read a vendor document' });
  const chooseFile = read.getByLabel('Choose a file (.txt, .html, .pdf)…');
  await chooseFile.setInputFiles({ name: 'dpa.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK not a text document') });
  await expect(read.getByRole('alert')).toContainText('The document could not be read.');
  const html = '<html><body><h1>Sub-processors</h1><p>Telnyx uses Amazon Web Services, Inc. in the United States for hosting.</p></body></html>';
  await chooseFile.setInputFiles({ name: 'subprocessors.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  const second = page.getByRole('dialog', { name: 'Review: subprocessors.html' });
  await expect(second.getByRole('region', { name: 'Text of the document' })).toContainText('Telnyx uses Amazon Web Services');
  await expect(second.getByRole('region', { name: 'Text of the document' })).not.toContainText('<p>');
  await second.getByRole('button', { name: 'Done' }).click();
  await expect(profilePanel.getByRole('table', { name: 'Documents read for Telnyx' }).getByRole('row')).toHaveCount(3);
  await profilePanel.getByRole('button', { name: 'Delete subprocessors.html' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete the document' }).click();
  await expect(profilePanel.getByRole('table', { name: 'Documents read for Telnyx' }).getByRole('row')).toHaveCount(2);

  await profilePanel.getByRole('button', { name: `Delete ${imported.fileName}` }).click();
  const confirm = page.getByRole('alertdialog', { name: /^Delete/ });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete the document' }).click();
  await expect(profilePanel).toContainText('No documents yet.');
  expect(backend.services.vendorDocuments.getProfile(vendor.id)).toMatchObject({ documents: [], facts: [] });
});

test('the sample vendors are added from the empty vendor list, once', async ({ page, appUrl, backend }) => {
  await page.goto(appUrl);
  await mainNavigation(page).getByRole('button', { name: 'Vendors' }).click();
  await expect(page.getByText('No vendors yet')).toBeVisible();
  await page.getByRole('button', { name: 'Add the sample vendors' }).click();
  await expect(page.getByRole('status').first()).toContainText(/^Added 5 sample vendors: /);
  const vendors = page.getByRole('table', { name: 'Vendors' });
  await expect(vendors.getByRole('row')).toHaveCount(6);
  const names = backend.services.vendors.list().map((vendor) => vendor.name);
  expect(names).toEqual(expect.arrayContaining(['Telnyx', 'Twilio']));

  await page.getByRole('button', { name: 'Add the sample vendors' }).click();
  await expect(page.getByRole('status').first()).toHaveText(/^5 were already there: /);
  await vendors.getByRole('button', { name: 'Twilio' }).click();
  const profilePanel = page.getByRole('region', { name: /^Profile/ });
  await expect(profilePanel).toContainText('Sample');
  await expect(profilePanel.getByRole('table', { name: /^Documents read for/ })).toContainText('Sample');
  await expectNoSeriousA11yViolations(page, 'a sample vendor’s profile');
});
