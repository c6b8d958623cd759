import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

let built: string | null = null;

/**
 * The exchange worker as plain JavaScript, as the app runs it (a worker thread cannot load TypeScript). Built once per
 * process from the source, inside the repository so that its packages resolve from node_modules.
 */
export function exchangeWorkerFile(): string {
  if (built) return built;
  const dir = join(REPO_ROOT, 'test-results', 'exchange-worker');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `worker-${process.pid}.mjs`);
  buildSync({
    entryPoints: [join(REPO_ROOT, 'electron/services/exchange/worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  built = outfile;
  return outfile;
}
