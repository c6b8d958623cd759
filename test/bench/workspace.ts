// Workspace export and import at scale: 10,000 assessments with about 100,000 transfers, in a process of its own.
// Prints one JSON line; bench.ts runs it and reports the figures.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../../electron/services/index';
import type { Services } from '../../electron/services/types';
import type { JobStatus } from '../../shared/exchange/jobs';
import { generateWorkspace } from '../fixtures/workspace-generator';

/** Run from the repository root (bench.ts does), also when bundled to plain JavaScript. */
const REPO_ROOT = process.cwd();
const RESOURCES = join(REPO_ROOT, 'resources');
const COUNT = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.argv[3] ?? 5);
const WORKER = process.argv[4];
if (!WORKER) throw new Error('Usage: workspace.mjs <count> <runs> <exchange worker file>');

async function timed(services: Services, start: () => JobStatus): Promise<number> {
  const begin = performance.now();
  const status = await services.exchange.whenSettled(start().id);
  const elapsed = performance.now() - begin;
  if (status.error) throw new Error(`${status.error.code}: ${status.error.message}`);
  return elapsed;
}

const work = mkdtempSync(join(tmpdir(), 'dtia-bench-workspace-'));
const open = (dataDir: string) => createServices({ dataDir, resourcesDir: RESOURCES, appVersion: 'bench', exchangeWorker: WORKER });
try {
  const generated = generateWorkspace({ dataDir: join(work, 'source'), resourcesDir: RESOURCES, count: COUNT });
  const source = open(join(work, 'source'));
  const file = (run: number) => join(work, `export-${run}.dtia-workspace`);
  const exportTimes: number[] = [];
  const importTimes: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) exportTimes.push(await timed(source, () => source.exchange.startWorkspaceExport(file(run))));
  } finally {
    source.close();
  }
  // Each import into a fresh workspace, as when moving to another computer.
  for (let run = 0; run < RUNS; run++) {
    const target = open(join(work, `target-${run}`));
    try {
      importTimes.push(await timed(target, () => target.exchange.startWorkspaceImportFrom(file(0), {})));
      if (target.assessments.list().length !== generated.count) throw new Error('The import did not bring every assessment.');
    } finally {
      target.close();
    }
    rmSync(join(work, `target-${run}`), { recursive: true, force: true });
  }
  console.log(
    JSON.stringify({ count: generated.count, transfers: generated.transfers, bytes: statSync(file(0)).size, export: exportTimes, import: importTimes }),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
