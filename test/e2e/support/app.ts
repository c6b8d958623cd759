import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { createHandlers, type Handlers } from '../../../electron/services/handlers';
import { createServices } from '../../../electron/services/index';
import type { Services } from '../../../electron/services/types';
import { CHANNELS } from '../../../shared/ipc/channels';
import { exchangeWorkerFile } from '../../integration/support/exchange-worker';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '');
export const RENDERER_DIR = join(REPO_ROOT, 'out/renderer');

export interface TestBackend {
  dataDir: string;
  savedDir: string;
  services: Services;
  handlers: Handlers;
  /** What the "open file" dialog answers next, first in first out; it answers "cancelled" when none is left. */
  filesToOpen: string[];
}

/**
 * Real services on a fresh data folder; "save file" writes into a folder the test can read, and "open file" answers
 * with the paths the test queued.
 */
export function createTestBackend(dataDir = mkdtempSync(join(tmpdir(), 'dtia-e2e-'))): TestBackend {
  const services = createServices({ dataDir, resourcesDir: join(REPO_ROOT, 'resources'), appVersion: 'test', exchangeWorker: exchangeWorkerFile() });
  const savedDir = join(dataDir, 'saved');
  mkdirSync(savedDir, { recursive: true });
  const filesToOpen: string[] = [];
  const savedPath = (suggestedName: string) => join(savedDir, suggestedName.replace(/[\\/]/g, '_'));
  const handlers = createHandlers(services, {
    async saveFile(suggestedName, content) {
      const path = savedPath(suggestedName);
      writeFileSync(path, content);
      return { saved: true, path };
    },
    chooseSaveTarget: async (suggestedName) => savedPath(suggestedName),
    chooseFileToOpen: async () => filesToOpen.shift() ?? null,
  });
  return { dataDir, savedDir, services, handlers, filesToOpen };
}

/**
 * Binds `window.dtia` in the page to the backend, in the shape the preload exposes: one function per allow-listed
 * channel, each passing its request through the same handlers Electron's main process registers.
 */
export async function bindBackend(page: Page, handlers: Handlers): Promise<void> {
  for (const name of CHANNELS) {
    await page.exposeFunction(`__dtia_${name}`, (request: unknown) => handlers[name](request));
  }
  await page.addInitScript((channels: readonly string[]) => {
    const host = globalThis as unknown as Record<string, (request: unknown) => Promise<unknown>>;
    const api = Object.fromEntries(channels.map((name) => [name, (request: unknown) => host[`__dtia_${name}`]!(request)]));
    Object.defineProperty(globalThis, 'dtia', { value: Object.freeze(api), writable: false });
  }, CHANNELS);
}
