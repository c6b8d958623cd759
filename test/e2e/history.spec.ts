import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fullAssessment } from '../fixtures/full-assessment';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { REPO_ROOT, type TestBackend } from './support/app';
import { expect, test } from './support/fixtures';
import { publish } from './support/publish';

const DATABASE_FILE = 'dtia.sqlite';

/** A stored assessment with every required answer given, so that it can go through review and approval. */
function completeAssessment(backend: TestBackend, title: string) {
  const created = backend.services.assessments.create(title);
  backend.services.assessments.save({ ...fullAssessment(), id: created.id, title, createdAt: created.createdAt, updatedAt: created.updatedAt });
  return backend.services.assessments.get(created.id);
}

/**
 * Changes one entry's actor as someone with write access to the database file would, through a connection of their
 * own: the trigger that refuses changes to the log is dropped, the entry changed, and the trigger put back as it was.
 */
function rewriteActor(dataDir: string, seq: number, actor: string): void {
  const raw = new Database(join(dataDir, DATABASE_FILE));
  try {
    const trigger = raw.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'audit_log_no_update'").get();
    if (!trigger) throw new Error('the audit log has no update trigger');
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare('UPDATE audit_log SET actor = ? WHERE seq = ?').run(actor, seq);
    raw.exec(trigger.sql);
    expect(() => raw.prepare('UPDATE audit_log SET actor = actor WHERE seq = 1').run()).toThrow('audit log entries cannot be changed');
  } finally {
    raw.close();
  }
}

test('the history lists every change newest first, page by page, and its verification finds an entry changed in the database file', async ({
  page,
  appUrl,
  backend,
}, testInfo) => {
  const { services } = backend;
  // Older entries first, by a colleague, enough of them for a second page.
  services.settings.saveProfile({ name: 'Jonas Weber' });
  const bulk = services.assessments.create('Newsletter delivery — Mailchimp');
  for (let round = 1; round <= 52; round++) services.assessments.save({ ...services.assessments.get(bulk.id), title: `Newsletter delivery — Mailchimp, round ${round}` });
  services.settings.saveProfile({ name: 'Dana Privacy' });
  const crm = completeAssessment(backend, 'CRM hosting — Salesforce');
  const payroll = services.assessments.create('Payroll processing — Bengaluru');
  services.assessments.save({ ...services.assessments.get(payroll.id), title: 'Payroll processing — Bengaluru (2027)' });
  services.lifecycle.submitForReview(crm.id);
  services.lifecycle.approve(crm.id, { approver: 'Dr. Lena Vogt', approvedOn: '2026-11-18' });
  services.assessments.duplicate(payroll.id);
  services.assessments.importText('telnyx-sample.dtia.json', readFileSync(join(REPO_ROOT, 'resources/examples/telnyx-sample.dtia.json'), 'utf8'));
  services.lifecycle.archive(bulk.id);
  const trial = services.assessments.create('Analytics trial — Mixpanel');
  services.assessments.delete(trial.id);
  const total = services.audit.count();
  expect(total).toBeGreaterThan(50);

  await page.goto(appUrl);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History');
  const log = page.getByRole('table', { name: 'Recorded changes, newest first' });
  const rows = log.locator('tbody tr');
  await expect(rows).toHaveCount(50);
  // Newest first: the deletion, which shows the title the entry recorded.
  await expect(rows.nth(0)).toContainText('Dana Privacy');
  await expect(rows.nth(0)).toContainText('Deleted');
  await expect(rows.nth(0)).toContainText('Analytics trial — Mixpanel (deleted)');
  await expect(rows.nth(0).getByRole('button')).toHaveCount(0);
  await expect(rows.nth(1)).toContainText('Created');
  await expect(rows.nth(2)).toContainText('Archived');
  await expect(rows.nth(3)).toContainText('Imported from a file');
  await expect(rows.nth(3)).toContainText('File telnyx-sample.dtia.json');
  await expect(rows.nth(4)).toContainText('Created as a copy');
  await expect(rows.nth(4)).toContainText('Copy of “Payroll processing — Bengaluru (2027)”');
  await expect(rows.nth(5)).toContainText('Approved');
  await expect(rows.nth(5)).toContainText('Approved by Dr. Lena Vogt');
  await expect(rows.nth(6)).toContainText('Submitted for review');
  await expect(rows.nth(7)).toContainText('Edited');
  await expect(rows.nth(7)).toContainText('1 change');
  await expect(log.getByRole('columnheader')).toHaveText(['When', 'Who', 'What', 'Assessment', 'Details']);

  const pages = page.getByRole('navigation', { name: 'Pages of the history' });
  await expect(pages).toContainText(`1–50 of ${total}`);
  // By keyboard: the button used keeps the focus, also when it has no further page to go to.
  const older = pages.getByRole('button', { name: 'Older entries' });
  await older.focus();
  await page.keyboard.press('Enter');
  await expect(pages).toContainText(`51–${total} of ${total}`);
  await expect(rows).toHaveCount(total - 50);
  await expect(older).toHaveAttribute('aria-disabled', 'true');
  await expect(older).toBeFocused();
  await expect(rows.last()).toContainText('Created');
  await expect(rows.last()).toContainText('Jonas Weber');
  await page.keyboard.press('Shift+Tab');
  await expect(pages.getByRole('button', { name: 'Newer entries' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pages).toContainText(`1–50 of ${total}`);

  await page.getByRole('button', { name: 'Verify history' }).click();
  const verdict = page.getByRole('status');
  await expect(verdict).toContainText(`The history is intact: ${total} entries, each linked to the one before and to the record of the latest entry.`);
  await expect(verdict).toContainText('only a copy of that record kept elsewhere shows this.');
  await expectNoSeriousA11yViolations(page, 'the history after a verification');
  await page.screenshot({ path: testInfo.outputPath('history-log.png') });
  publish(testInfo.outputPath('history-log.png'), 'history-log.png');

  const approval = services.audit.list({ assessmentId: crm.id, limit: 10, offset: 0 }).find((entry) => entry.action === 'approve');
  if (!approval) throw new Error('no approval recorded');
  rewriteActor(backend.dataDir, approval.seq, 'Mallory');
  await page.getByRole('button', { name: 'Verify history' }).click();
  await expect(verdict).toContainText(
    `The history has been changed since it was written. The first broken link is entry ${approval.seq}: the entry was changed after it was written.`,
  );
  // The entries are read again with the check: the one changed shows what the file now says.
  await expect(rows.nth(5)).toContainText('Mallory');
  await expectNoSeriousA11yViolations(page, 'the history with a broken link');

  // An assessment that still exists opens in the wizard from its entry.
  await log.getByRole('button', { name: 'Payroll processing — Bengaluru (2027)', exact: true }).first().click();
  await expect(page.locator('#assessment-title')).toHaveValue('Payroll processing — Bengaluru (2027)');
});
