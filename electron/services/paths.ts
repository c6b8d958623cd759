import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_NAME = 'DTIA Studio';

/**
 * The folder Electron uses as `userData` for this app, so that the CLI and the desktop app share one data set.
 * DTIA_DATA_DIR overrides it (tests, portable installs).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const override = env.DTIA_DATA_DIR?.trim();
  if (override) return resolve(override);
  const home = homedir();
  switch (platform) {
    case 'darwin':
      return join(home, 'Library', 'Application Support', APP_NAME);
    case 'win32':
      return join(env.APPDATA?.trim() || join(home, 'AppData', 'Roaming'), APP_NAME);
    default:
      return join(env.XDG_CONFIG_HOME?.trim() || join(home, '.config'), APP_NAME);
  }
}

/**
 * The project's resources/ folder. Found by walking up from this file, so it resolves the same from the sources
 * (tsx, vitest) and from a bundle under out/.
 */
export function resourcesDir(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'resources'))) return join(dir, 'resources');
    if (dirname(dir) === dir) break;
  }
  return resolve(start, '..', '..', 'resources');
}
