import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RENDERER_DIR, REPO_ROOT } from './app';

/** The end-to-end tests run against the built renderer; build it when it is missing. */
export default function globalSetup(): void {
  if (existsSync(join(RENDERER_DIR, 'index.html'))) return;
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
}
