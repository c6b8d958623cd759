import type { Page } from '@playwright/test';
import { fullAssessment } from '../fixtures/full-assessment';
import { expectNoSeriousA11yViolations } from './support/a11y';
import type { TestBackend } from './support/app';
import { expect, test } from './support/fixtures';

/** A stored assessment with every required answer given, so that it can be submitted for review. */
function completeAssessment(backend: TestBackend, title: string) {
  const created = backend.services.assessments.create(title);
  backend.services.assessments.save({ ...fullAssessment(), id: created.id, title, createdAt: created.createdAt, updatedAt: created.updatedAt });
  return backend.services.assessments.get(created.id);
}

async function approve(page: Page, revision: number, approver: string): Promise<void> {
  const status = page.getByRole('group', { name: 'Status' });
  await status.getByRole('button', { name: 'Submit for review' }).click();
  await expect(status).toContainText('In review');
  await status.getByRole('button', { name: 'Approve…' }).click();
  const dialog = page.getByRole('dialog', { name: `Approve revision ${revision}` });
  await dialog.getByLabel('Approver').fill(approver);
  await dialog.getByLabel('Approved on').fill('2026-11-20');
  await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(status).toContainText('Approved');
}

test('an assessment goes through review and approval; an edit starts revision 2, whose approval supersedes revision 1, and the history shows what changed and who did it', async ({
  page,
  appUrl,
  backend,
}) => {
  const stored = completeAssessment(backend, 'Support telephony with Telnyx');

  await page.goto(appUrl);
  // The name the history records is set once, in the header.
  await page.getByRole('button', { name: /^You:/ }).click();
  const profile = page.getByRole('dialog', { name: 'Your name in the history' });
  await profile.getByLabel('Name').fill('Dana Privacy');
  await profile.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'You: Dana Privacy' })).toBeVisible();

  await page.getByRole('button', { name: stored.title, exact: true }).click();
  const status = page.getByRole('group', { name: 'Status' });
  await expect(status).toContainText('Draft');
  await expect(status).toContainText('Revision 1');
  await approve(page, 1, 'Dr. Lena Vogt');
  await expect(status).toContainText('Editing starts revision 2');
  await expectNoSeriousA11yViolations(page, 'an approved assessment');

  // Editing the approved revision starts revision 2 as a draft; revision 1 stays in force.
  await page.locator('#assessment-title').fill('Support telephony with Telnyx, EU numbers added');
  await expect(status).toContainText('Revision 2');
  await expect(status).toContainText('Draft');
  await expect(status).toContainText('Revision 1 is approved and in force.');

  await approve(page, 2, 'Dr. Lena Vogt');
  await status.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('dialog', { name: 'Version history' });
  const versions = history.getByRole('table', { name: 'Kept versions, newest first' });
  await expect(versions.getByRole('row', { name: /^2 Approved/ })).toContainText('In force');
  await expect(versions.getByRole('row', { name: /^1 Approved/ })).toContainText('Superseded');
  await expect(versions).toContainText('Dana Privacy');
  await history.getByLabel('From').selectOption({ label: (await history.getByLabel('From').locator('option', { hasText: /^Revision 1, Approved/ }).textContent())! });
  await history.getByLabel('To').selectOption({ label: (await history.getByLabel('To').locator('option', { hasText: /^Revision 2, Approved/ }).textContent())! });
  await expect(history.getByRole('region', { name: 'Changes' })).toContainText(
    'Assessment title: “Support telephony with Telnyx” → “Support telephony with Telnyx, EU numbers added”',
  );
  await expectNoSeriousA11yViolations(page, 'the version history');
  await history.getByRole('button', { name: 'Close' }).click();

  // Archived: shown, not edited.
  await status.getByRole('button', { name: 'Archive' }).click();
  await expect(status).toContainText('Archived');
  await expect(page.getByRole('note').filter({ hasText: 'Archived' })).toHaveText('Archived assessments cannot be edited. Take it out of the archive to edit it.');
  await expect(page.getByRole('main').getByRole('textbox').first()).toBeDisabled();
  await expect(page.locator('#assessment-title')).toHaveJSProperty('readOnly', true);
  await status.getByRole('button', { name: 'Take out of the archive' }).click();
  await expect(page.locator('#assessment-title')).toHaveJSProperty('readOnly', false);

  const entries = backend.services.audit.list({ assessmentId: stored.id, limit: 100, offset: 0 });
  const byDana = entries.filter((entry) => entry.actor === 'Dana Privacy').map((entry) => entry.action);
  expect(byDana).toEqual(expect.arrayContaining(['submit', 'approve', 'edit', 'archive']));
  expect(backend.services.audit.verify()).toMatchObject({ ok: true });
  expect(backend.services.lifecycle.status(stored.id)).toMatchObject({ revision: 2, approvedRevision: 2 });
});
