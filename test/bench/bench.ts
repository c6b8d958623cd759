// Median timings of what a user waits for. Run with `npm run bench`; figures depend on the machine.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { parseInterchange } from '../../shared/domain/interchange';
import { evaluateAssessment } from '../../shared/engine/evaluate';
import { createI18n } from '../../shared/i18n';
import { wizard } from '../../shared/i18n/en/wizard';
import { assessOutput } from '../../electron/cli/assess-output';
import { loadLawLibrary } from '../../electron/services/law-library';
import { createThrowawayIdentity } from '../../electron/services/signing/identity';
import { bindBackend, createTestBackend, REPO_ROOT, RENDERER_DIR } from '../e2e/support/app';
import { serveRenderer } from '../e2e/support/static-server';
import { benchExtraction, extractionQualityLines, extractionTimingLines } from './extraction';
import { benchPortfolioRender } from './portfolio-render';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const format = (ms: number) => (ms < 10 ? `${ms.toFixed(3)} ms` : `${ms.toFixed(0)} ms`);

async function timeIt(runs: number, task: () => unknown | Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return times;
}

const EXAMPLE_TEXT = readFileSync(join(REPO_ROOT, 'resources/examples/telnyx-sample.dtia.json'), 'utf8');

function loadExample() {
  const parsed = parseInterchange(EXAMPLE_TEXT);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.assessment;
}

async function benchRendererLoad(runs: number): Promise<number[]> {
  const backend = createTestBackend();
  const example = backend.services.assessments.importText('example.dtia.json', EXAMPLE_TEXT);
  const server = await serveRenderer(RENDERER_DIR);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const page = await browser.newPage();
      await bindBackend(page, backend.handlers);
      const start = performance.now();
      await page.goto(server.url);
      await page.getByRole('button', { name: example.title, exact: true }).click();
      // The wizard opens on the pre-checks; their first question shows once the assessment is loaded.
      await page.getByText(wizard.wizard.prechecks.personalData, { exact: true }).first().waitFor({ state: 'visible' });
      const elapsed = performance.now() - start;
      if (i > 0) times.push(elapsed); // the first run warms the browser's caches
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    backend.services.close();
    rmSync(backend.dataDir, { recursive: true, force: true });
  }
  return times;
}

interface LargeReportBench {
  language: string;
  cold: number;
  times: number[];
  pages: number;
  bytes: number;
  peakRssMb: number;
}

/**
 * Render + sign of the very large assessment (60 transfers, 25 sub-processors, long German and Polish texts) in a
 * process of its own, from a plain-JavaScript bundle as the app runs it, so that its peak memory is the report's.
 */
function benchLargeReport(language: 'en' | 'de', runs: number): LargeReportBench {
  const bundle = join(REPO_ROOT, 'test-results', 'bench', 'large-report.mjs');
  execFileSync(
    join(REPO_ROOT, 'node_modules/.bin/esbuild'),
    [join(REPO_ROOT, 'test/bench/large-report.ts'), '--bundle', '--platform=node', '--format=esm', '--packages=external', `--outfile=${bundle}`, '--log-level=warning'],
    { cwd: REPO_ROOT, stdio: 'inherit' },
  );
  const output = execFileSync(process.execPath, [bundle, String(runs), language], { cwd: REPO_ROOT, encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as LargeReportBench;
}

interface PortfolioBench {
  count: number;
  transfers: number;
  generateMs: number;
  openWorkspace: number;
  searchHits: number;
  filterHits: number;
  portfolio: number[];
  search: number[];
  filter: number[];
  open: number[];
  save: number[];
  csv: number[];
  csvRows: number;
  vendors: number[];
}

/** The portfolio's backend on a generated workspace of 10,000 assessments, in a process of its own. */
function benchPortfolio(): PortfolioBench {
  const bundle = join(REPO_ROOT, 'test-results', 'bench', 'portfolio.mjs');
  execFileSync(
    join(REPO_ROOT, 'node_modules/.bin/esbuild'),
    [join(REPO_ROOT, 'test/bench/portfolio.ts'), '--bundle', '--platform=node', '--format=esm', '--packages=external', `--outfile=${bundle}`, '--log-level=warning'],
    { cwd: REPO_ROOT, stdio: 'inherit' },
  );
  const output = execFileSync(process.execPath, [bundle, '10000', '21'], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as PortfolioBench;
}

interface WorkspaceBench {
  count: number;
  transfers: number;
  bytes: number;
  export: number[];
  import: number[];
}

function esbuild(entry: string, outfile: string): void {
  execFileSync(
    join(REPO_ROOT, 'node_modules/.bin/esbuild'),
    [join(REPO_ROOT, entry), '--bundle', '--platform=node', '--format=esm', '--packages=external', `--outfile=${outfile}`, '--log-level=warning'],
    { cwd: REPO_ROOT, stdio: 'inherit' },
  );
}

/** Export and import of the whole 10,000-assessment workspace through the exchange worker, in a process of its own. */
function benchWorkspaceExchange(): WorkspaceBench {
  const bundle = join(REPO_ROOT, 'test-results', 'bench', 'workspace.mjs');
  const worker = join(REPO_ROOT, 'test-results', 'bench', 'exchange-worker.mjs');
  esbuild('test/bench/workspace.ts', bundle);
  esbuild('electron/services/exchange/worker.ts', worker);
  const output = execFileSync(process.execPath, [bundle, '10000', '5', worker], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as WorkspaceBench;
}

async function main() {
  execFileSync(join(REPO_ROOT, 'node_modules/.bin/electron-vite'), ['build', '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'dtia-bench-'));
  const { createServices } = await import('../../electron/services/index');
  const services = createServices({ dataDir, resourcesDir: join(REPO_ROOT, 'resources') });
  try {
    const largeReports = [benchLargeReport('en', 7), benchLargeReport('de', 7)];
    const portfolio = benchPortfolio();
    const exchange = benchWorkspaceExchange();
    const example = loadExample();
    const identity = createThrowawayIdentity(new Date());
    const exportTimes = await timeIt(9, () => services.reports.renderAndSign(example, identity, { language: 'en', confidentiality: '', appearance: 'visible' }));

    const stored = services.assessments.importText('example.dtia.json', EXAMPLE_TEXT);
    const edited = stored.map.transfers[0];
    if (!edited) throw new Error('The example has no transfer to edit.');
    let counter = 0;
    const saveTimes = await timeIt(301, () => {
      counter += 1;
      edited.purpose = `Customer communications, revision ${counter}`;
      services.assessments.save(stored);
    });

    // What `dtia assess` does after reading the file: evaluate with the shipped library and word the reasons.
    const library = loadLawLibrary(join(REPO_ROOT, 'resources'));
    const i18n = createI18n('en');
    const assessTimes = await timeIt(101, () => {
      const evaluation = evaluateAssessment(example, library, '2026-07-14');
      return JSON.stringify(assessOutput(example, evaluation, (key, params) => i18n.t(key, params), { evaluatedOn: '2026-07-14', migratedFromVersion: null }));
    });

    const loadTimes = await benchRendererLoad(7);
    const portfolioRender = await benchPortfolioRender(7);
    const extraction = benchExtraction(20);

    console.log('DTIA Studio benchmark (median of runs)');
    console.log(`  renderer load to interactive wizard: ${format(median(loadTimes))}  (${loadTimes.length} runs, target ≤ 1000 ms)`);
    console.log(`  export + sign of the example:        ${format(median(exportTimes))}  (${exportTimes.length} runs, target ≤ 1000 ms)`);
    for (const large of largeReports) {
      console.log(
        `  large report (${large.language}), render + sign:  ${format(median(large.times))}  (${large.times.length} runs after a first of ${format(large.cold)}, ` +
          `${large.pages} pages, ${(large.bytes / 1e6).toFixed(1)} MB, target ≤ 500 ms)`,
      );
      console.log(`  large report (${large.language}), peak memory:    ${large.peakRssMb.toFixed(0)} MB  (whole process, target ≤ 300 MB)`);
    }
    console.log(`  save of one edit:                    ${format(median(saveTimes))}  (${saveTimes.length} runs, target ≤ 5 ms)`);
    console.log(
      `  portfolio workspace: ${portfolio.count} assessments, ${portfolio.transfers} transfers, generated in ${format(portfolio.generateMs)}; ` +
        `services opened with the first page in ${format(portfolio.openWorkspace)}`,
    );
    console.log(`  portfolio first page (backend):      ${format(median(portfolio.portfolio))}  (${portfolio.portfolio.length} runs, target ≤ 300 ms with rendering)`);
    console.log(
      `  portfolio first page rendered:       ${format(median(portfolioRender.times))}  (${portfolioRender.times.length} runs, ${portfolioRender.count} assessments, from the app's start to rows and counts on screen)`,
    );
    console.log(
      `  portfolio opened and rendered:       ${format(median(portfolioRender.openTimes))}  (${portfolioRender.openTimes.length} runs, click on Assessments in the running app to rows and counts on screen, target ≤ 300 ms)`,
    );
    console.log(`  portfolio re-sorted and rendered:    ${format(median(portfolioRender.sortTimes))}  (${portfolioRender.sortTimes.length} runs, click on a header to the new first page on screen)`);
    console.log(`  portfolio full-text search:          ${format(median(portfolio.search))}  (${portfolio.searchHits} hits, target ≤ 50 ms)`);
    console.log(`  portfolio filter change:             ${format(median(portfolio.filter))}  (country + status, ${portfolio.filterHits} hits, target ≤ 50 ms)`);
    console.log(`  open one assessment (of 10,000):     ${format(median(portfolio.open))}  (target ≤ 100 ms)`);
    console.log(`  save of one edit (of 10,000):        ${format(median(portfolio.save))}  (target ≤ 5 ms)`);
    console.log(`  portfolio as CSV, every row:         ${format(median(portfolio.csv))}  (${portfolio.csvRows} rows, ${portfolio.csv.length} runs)`);
    console.log(`  vendor list with counts:             ${format(median(portfolio.vendors))}  (${portfolio.vendors.length} runs)`);
    console.log(
      `  workspace export (10,000):           ${format(median(exchange.export))}  (${exchange.export.length} runs, ${exchange.count} assessments, ` +
        `${exchange.transfers} transfers, ${(exchange.bytes / 1e6).toFixed(1)} MB file, in the exchange worker)`,
    );
    console.log(`  workspace import (10,000), fresh:    ${format(median(exchange.import))}  (${exchange.import.length} runs: check, then write in one transaction)`);
    console.log(`  assess (evaluate + word the reasons): ${format(median(assessTimes))}  (${assessTimes.length} runs)`);
    for (const line of extractionTimingLines(extraction, format)) console.log(line);
    for (const line of extractionQualityLines(extraction)) console.log(line);
  } finally {
    services.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
