import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Steps as the step list names them. */
export async function goToStep(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
}

export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

export async function createAssessment(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New assessment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New assessment' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Create assessment' }).click();
}

/** Answers the transfer criteria and principles of the pre-checks. */
export async function answerPrechecks(page: Page, answers: { art49: 'yes' | 'no' } = { art49: 'no' }): Promise<void> {
  await page.getByLabel(/Is the data personal data/).selectOption('yes');
  await page.getByLabel(/Criterion 1/).selectOption('yes');
  await page.getByLabel(/Criterion 2/).selectOption('yes');
  await page.getByLabel(/Criterion 3/).selectOption('yes');
  await page.getByLabel(/Are the roles of every party/).selectOption('yes');
  await page.getByLabel(/Has the data been minimised/).selectOption('yes');
  await page.getByLabel(/Is an Art\. 49 derogation the honest basis/).selectOption(answers.art49);
}
