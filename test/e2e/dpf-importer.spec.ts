import { expect, test } from './support/fixtures';
import { fillParty, fillTransferDetails } from './support/map';
import { answerPrechecks, createAssessment, goToStep, waitUntilSaved } from './support/wizard';
import { expectNoSeriousA11yViolations } from './support/a11y';

test('a DPF-certified importer: no full TIA is required, the reasons are recorded, and the user may still continue', async ({
  page,
  appUrl,
  backend,
}) => {
  await page.goto(appUrl);
  await createAssessment(page, 'Webinar platform — DPF');
  await answerPrechecks(page);

  await goToStep(page, /Know your transfers/);
  await fillParty(page, 'Unnamed Exporter', { name: 'Muster GmbH', role: 'Controller', country: 'DE' });
  await fillParty(page, 'Unnamed Importer', { name: 'WebinarCo Inc.', role: 'Processor', country: 'US' });
  await fillTransferDetails(page, /Transfer 1/, {
    categories: 'Names\nEmail addresses',
    subjects: 'Webinar attendees',
    purpose: 'Hosting webinars',
    frequency: 'Continuous',
    format: 'In clear',
    access: 'Storage',
    needsClearText: true,
    retention: '12 months',
  });

  await goToStep(page, /Transfer tool/);
  const card = page.getByRole('region', { name: 'Transfer 1: Muster GmbH → WebinarCo Inc.' });
  await expect(card).toContainText('Decision 2023/1795');
  await expect(card).toContainText('10 July 2023');
  await card.getByLabel('Transfer tool').selectOption('dpf');
  await expect(card.getByText(/confirm/i).first()).toBeVisible();
  await card.getByRole('checkbox', { name: /I confirmed the importer’s active certification/ }).check();
  await card.getByLabel('Certification checked on').fill('2026-11-20');
  await expectNoSeriousA11yViolations(page, 'step 2 (DPF)');

  await goToStep(page, /Pre-checks/);
  const result = page.getByRole('group', { name: 'Is a full TIA required?' });
  await expect(result).toContainText('No full transfer impact assessment is required.');
  await expect(result).toContainText(/Data Privacy Framework/);
  await expect(result).toContainText('2026-11-20');
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await expect(steps.getByRole('button', { name: /Law and practice/ })).toContainText('Not required');
  await expectNoSeriousA11yViolations(page, 'pre-checks (no TIA required)');

  await goToStep(page, /Conclusion/);
  const outcome = page.getByRole('group', { name: 'Outcome' });
  await expect(outcome).toContainText('No full transfer impact assessment is required');
  await outcome.getByRole('button', { name: 'Accept the proposal' }).click();
  await page.getByLabel('Rationale for the reader of the report').fill('Certified under the DPF; certification checked.');
  await waitUntilSaved(page);

  const [summary] = backend.services.assessments.list();
  const stored = backend.services.assessments.get(summary!.id);
  expect(stored.map.transfers[0]!.tool).toMatchObject({ tool: 'dpf', dpfCertificationConfirmed: true, dpfCheckedOn: '2026-11-20' });
  expect(stored.conclusion).toMatchObject({ decision: 'accepted', outcome: 'no-tia-required', proposedOutcome: 'no-tia-required' });
  expect(stored.conclusion.proposedReasons.join(' ')).toMatch(/Data Privacy Framework/);

  // The user continues with the full assessment anyway: steps 3 to 5 become part of it.
  await goToStep(page, /Pre-checks/);
  await page.getByRole('checkbox', { name: 'Continue with the full assessment anyway' }).check();
  await expect(steps.getByRole('button', { name: /Law and practice/ })).not.toContainText('Not required');
  await waitUntilSaved(page);
  expect(backend.services.assessments.get(summary!.id).prechecks.continueFullAssessment).toBe(true);
});
