import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { createServices } from '../services/index';
import { defaultDataDir, resourcesDir } from '../services/paths';
import type { Services } from '../services/types';

export async function withServices<T>(dataDir: string | null, task: (services: Services) => T | Promise<T>): Promise<T> {
  const services = createServices({ dataDir: resolve(dataDir ?? defaultDataDir()), resourcesDir: resourcesDir() });
  try {
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
