import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppFailure } from '../../shared/domain/result';
import { createServices } from '../services/index';
import { defaultDataDir, resourcesDir } from '../services/paths';
import type { Services } from '../services/types';

/** The app's version from package.json beside resources/, so reports made on the command line name it like the app's. */
function appVersion(): string {
  try {
    const version = (JSON.parse(readFileSync(join(resourcesDir(), '..', 'package.json'), 'utf8')) as { version?: unknown }).version;
    return typeof version === 'string' ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * The command runs beside a running app if there is one (no folder lock: its commands are short and SQLite serialises
 * writers). Data that cannot be used stops the command before it starts, with the reason the app would show.
 */
export async function withServices<T>(dataDir: string | null, task: (services: Services) => T | Promise<T>): Promise<T> {
  const services = createServices({ dataDir: resolve(dataDir ?? defaultDataDir()), resourcesDir: resourcesDir(), appVersion: appVersion(), lock: 'none' });
  try {
    const health = services.health();
    if (health.state !== 'ok') throw new AppFailure(health.state === 'newer' ? 'DATABASE_NEWER' : 'DATABASE_UNAVAILABLE', health.message, health.details);
    return await task(services);
  } finally {
    services.close();
  }
}

/** For commands that work on files only: the user's data folder is neither created nor touched. */
export async function withScratchServices<T>(task: (services: Services) => T | Promise<T>): Promise<T> {
  const scratch = mkdtempSync(resolve(tmpdir(), 'dtia-cli-'));
  try {
    return await withServices(scratch, task);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
