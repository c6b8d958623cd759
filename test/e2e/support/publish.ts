import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from '@playwright/test';
import { REPO_ROOT } from './app';

/** Where the README's pictures live. */
const README_DIR = join(REPO_ROOT, 'resources/screenshots');

/** A picture stays in the test output; with DTIA_UPDATE_SCREENSHOTS=1 it also replaces the one the README shows. */
export function publish(file: string, name: string): void {
  expect(statSync(file).size).toBeGreaterThan(10_000);
  if (process.env.DTIA_UPDATE_SCREENSHOTS === '1') {
    mkdirSync(dirname(join(README_DIR, name)), { recursive: true });
    copyFileSync(file, join(README_DIR, name));
  }
}
