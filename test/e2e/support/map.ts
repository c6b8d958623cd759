import type { Page } from '@playwright/test';

export interface PartyInput {
  name: string;
  kind?: 'Exporter' | 'Importer' | 'Sub-processor' | 'Further recipient';
  role: 'Controller' | 'Processor';
  country: string;
}

/** Fills the party whose name field is labelled with `current` (e.g. "Unnamed Exporter"). */
export async function fillParty(page: Page, current: string, party: PartyInput): Promise<void> {
  await page.getByLabel(`Name of ${current}`, { exact: true }).fill(party.name);
  if (party.kind) await page.getByLabel(`Kind of ${party.name}`, { exact: true }).selectOption({ label: party.kind });
  await page.getByLabel(`Role of ${party.name}`, { exact: true }).selectOption({ label: party.role });
  await page.getByRole('combobox', { name: `Country of ${party.name}`, exact: true }).selectOption(party.country);
}

export interface TransferInput {
  categories: string;
  subjects: string;
  purpose: string;
  frequency: 'One-off' | 'Periodic' | 'Continuous';
  format: 'In clear' | 'Pseudonymised' | 'Encrypted';
  keyHolder?: 'The exporter' | 'The importer' | 'A third party';
  access: 'Storage' | 'Remote access' | 'Transit only';
  needsClearText: boolean;
  retention: string;
}

export async function fillTransferDetails(page: Page, rowLabel: RegExp, transfer: TransferInput): Promise<void> {
  const toggle = page.getByRole('button', { name: rowLabel }).filter({ hasText: /(Edit|Close) details/ });
  const editorId = await toggle.getAttribute('aria-controls');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const editor = page.locator(`[id="${editorId}"]`);
  await editor.getByLabel('Categories of personal data').fill(transfer.categories);
  await editor.getByLabel('Categories of data subjects').fill(transfer.subjects);
  await editor.getByRole('radiogroup', { name: /Special categories of data/ }).getByRole('radio', { name: 'No' }).check();
  await editor.getByRole('radiogroup', { name: /criminal convictions/ }).getByRole('radio', { name: 'No' }).check();
  await editor.getByLabel('Purpose', { exact: true }).fill(transfer.purpose);
  await editor.getByLabel('Frequency', { exact: true }).selectOption({ label: transfer.frequency });
  await editor.getByLabel('Format at the recipient').selectOption({ label: transfer.format });
  if (transfer.keyHolder) await editor.getByLabel('Who holds the keys').selectOption({ label: transfer.keyHolder });
  await editor.getByLabel('Access type').selectOption({ label: transfer.access });
  await editor
    .getByRole('radiogroup', { name: /Must the recipient see the data in clear/ })
    .getByRole('radio', { name: transfer.needsClearText ? 'Yes' : 'No' })
    .check();
  await editor.getByLabel('Retention').fill(transfer.retention);
}
