import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The better-sqlite3 addon that electron/tools/prepare-electron-native.mjs built for this Electron version, if any. */
export function electronSqliteBinding(appPath: string, electronVersion: string | undefined): string | undefined {
  if (!electronVersion) return undefined;
  const candidate = join(appPath, '.cache/electron-native', electronVersion, 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}
