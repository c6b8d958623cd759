// Render + sign of the very large assessment, in a process of its own so that its peak memory is the report's alone.
// Prints one JSON line; bench.ts runs it and reports the figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../../electron/services/index';
import { loadLawLibrary } from '../../electron/services/law-library';
import { createThrowawayIdentity } from '../../electron/services/signing/identity';
import { largeAssessment } from '../fixtures/large-assessment';

/** Run from the repository root (bench.ts does), also when bundled to plain JavaScript. */
const REPO_ROOT = process.cwd();
const RUNS = Number(process.argv[2] ?? 7);
const language = process.argv[3] === 'de' ? 'de' : 'en';

const dataDir = mkdtempSync(join(tmpdir(), 'dtia-bench-large-'));
const services = createServices({ dataDir, resourcesDir: join(REPO_ROOT, 'resources'), appVersion: 'bench' });
try {
  const assessment = largeAssessment(loadLawLibrary(join(REPO_ROOT, 'resources')));
  const identity = createThrowawayIdentity(new Date());
  const options = { language, confidentiality: 'Confidential', appearance: 'visible' } as const;
  const times: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  // The first run loads fonts and warms the code; a user's first export pays it once per session.
  const coldStart = performance.now();
  await services.reports.renderAndSign(assessment, identity, options);
  const cold = performance.now() - coldStart;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    pdf = (await services.reports.renderAndSign(assessment, identity, options)).pdf;
    times.push(performance.now() - start);
  }
  const pages = Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1] ?? 0);
  console.log(JSON.stringify({ language, cold, times, pages, bytes: pdf.length, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
} finally {
  services.close();
  rmSync(dataDir, { recursive: true, force: true });
}
