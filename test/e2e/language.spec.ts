import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from './support/app';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { expect, test } from './support/fixtures';

const EXAMPLE = join(REPO_ROOT, 'resources/examples/telnyx-sample.dtia.json');

/** What the init script uses of the page's globals; the end-to-end tests compile without the DOM library. */
interface PageGlobals {
  document: { getElementById(id: string): { textContent: string | null } | null };
  MutationObserver: new (callback: (changes: unknown, observer: { disconnect(): void }) => void) => {
    observe(target: unknown, options: { childList: boolean; subtree: boolean }): void;
  };
  __firstScreen?: string;
}

/** Remembers the text of the screens as first drawn, to show whether they ever appeared in another language. */
async function recordFirstScreen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const host = globalThis as unknown as PageGlobals;
    new host.MutationObserver((_changes, observer) => {
      const text = host.document.getElementById('root')?.textContent ?? '';
      if (text === '') return;
      host.__firstScreen = text;
      observer.disconnect();
    }).observe(host.document, { childList: true, subtree: true });
  });
}

const startingWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

const firstScreen = (page: Page) => page.evaluate(() => (globalThis as unknown as PageGlobals).__firstScreen ?? '');

test('the screens switch to German and back, and the choice is kept by the backend across a reload', async ({ page, appUrl, backend }) => {
  const imported = backend.services.assessments.importText('telnyx-sample.dtia.json', readFileSync(EXAMPLE, 'utf8'));
  await recordFirstScreen(page);
  await page.goto(appUrl);

  // English by default, with the names the other end-to-end tests use.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const english = page.getByRole('combobox', { name: 'Language' });
  await expect(english).toHaveValue('en');
  await expect(english.getByRole('option')).toHaveText(['English', 'Deutsch']);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Assessments' })).toBeVisible();
  const row = page.getByRole('row', { name: startingWith(imported.title) });
  await expect(row).toContainText('United States');
  expect(backend.services.settings.app()).toEqual({ uiLanguage: 'en' });

  await english.selectOption({ label: 'Deutsch' });

  // At once: texts, the document's language, country names and dates.
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('button', { name: 'Bewertungen' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bewertungen');
  await expect(page.getByRole('button', { name: 'Neue Bewertung' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(row).toContainText('Vereinigte Staaten');
  await expect(row).not.toContainText('United States');
  // The next review as German writes a date: day.month.year.
  const [year, month, day] = imported.step6.nextReviewDate.split('-');
  expect(day).toBeDefined();
  await expect(row).toContainText(`${day}.${month}.${year}`);
  const german = page.getByRole('combobox', { name: 'Sprache' });
  await expect(german).toHaveValue('de');
  await expect.poll(() => backend.services.settings.app()).toEqual({ uiLanguage: 'de' });
  await expectNoSeriousA11yViolations(page, 'the home screen in German');

  // Percentages in the wizard take the decimal comma.
  await page.getByRole('button', { name: imported.title, exact: true }).click();
  await page.getByRole('navigation', { name: 'Schritte' }).getByRole('button', { name: /Recht und Praxis/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Recht und Praxis des Bestimmungslandes');
  const arithmetic = page.getByRole('region', { name: 'Die Berechnung' });
  await expect(arithmetic).toContainText(/\d,\d+ %/);
  await expect(arithmetic).not.toContainText(/\d\.\d+ %/);
  const chart = page.getByRole('img', { name: 'Wahrscheinlichkeit mindestens eines problematischen Zugriffs im Zeitverlauf' });
  await expect(chart).not.toContainText(/\d\.\d+ %/);
  // The law library speaks German too: its questions, with the citations unchanged.
  await expect(page.getByRole('article', { name: 'FISA Section 702' })).toContainText('ein Anbieter elektronischer Kommunikationsdienste');
  await expect(page.getByRole('article', { name: 'FISA Section 702' })).toContainText('50 U.S.C.');

  // After a reload the page knows nothing, the backend remembers: German from the very first screen.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bewertungen');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const shown = await firstScreen(page);
  expect(shown).toContain('Bewertungen');
  expect(shown).not.toContain('Assessments');

  // Back to English from the keyboard alone.
  await page.getByRole('combobox', { name: 'Sprache' }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Assessments' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assessments');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('row', { name: startingWith(imported.title) })).toContainText('United States');
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  await expect.poll(() => backend.services.settings.app()).toEqual({ uiLanguage: 'en' });
});
