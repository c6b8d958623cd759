import { test as base, expect } from '@playwright/test';
import { bindBackend, createTestBackend, RENDERER_DIR, type TestBackend } from './app';
import { serveRenderer } from './static-server';

interface Fixtures {
  backend: TestBackend;
  appUrl: string;
}

export const test = base.extend<Fixtures, { rendererServer: { url: string } }>({
  rendererServer: [
    async ({}, use) => {
      const server = await serveRenderer(RENDERER_DIR);
      await use({ url: server.url });
      await server.close();
    },
    { scope: 'worker' },
  ],
  backend: async ({}, use) => {
    const backend = createTestBackend();
    await use(backend);
    backend.services.close();
  },
  appUrl: async ({ page, backend, rendererServer }, use) => {
    await bindBackend(page, backend.handlers);
    await use(rendererServer.url);
    // The page goes first, so that a save it sends while unloading still finds the backend open.
    await page.close();
  },
});

export { expect };
