#!/usr/bin/env node
// The one test command: builds the app, runs the unit and integration suites (vitest) and the end-to-end suite
// (Playwright), then prints one closing line that sums them all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'test-results', 'summary');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

const buildStatus = run('build', bin('electron-vite'), ['build', '--logLevel', 'warn']);
if (buildStatus !== 0) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

const vitestJson = join(reports, 'vitest.json');
const vitestStatus = run('unit and integration tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);

const playwrightJson = join(reports, 'playwright.json');
const playwrightStatus = run('end-to-end tests (Playwright)', bin('playwright'), ['test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
});

const totals = { passed: 0, failed: 0, skipped: 0 };
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const vitest = readJson(vitestJson);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
} else {
  totals.failed += 1;
}
const playwright = readJson(playwrightJson);
if (playwright) {
  totals.passed += playwright.stats.expected + playwright.stats.flaky;
  totals.failed += playwright.stats.unexpected;
  totals.skipped += playwright.stats.skipped;
} else {
  totals.failed += 1;
}
// A runner that failed without reporting a failed test (e.g. a crash in setup) still fails the run.
if ((vitestStatus !== 0 || playwrightStatus !== 0) && totals.failed === 0) totals.failed = 1;

console.log(`\nunit+integration: vitest exit ${vitestStatus}; end-to-end: playwright exit ${playwrightStatus}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
