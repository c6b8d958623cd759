import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/main/security';

/** The dev server needs an inline preamble and injected styles; only `electron-vite dev` gets the relaxed policy. */
function devContentSecurityPolicy(): Plugin {
  return {
    name: 'dtia-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(contentSecurityPolicy(false, true), contentSecurityPolicy(true, true)),
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // A worker thread needs a file of its own.
          'exchange-worker': resolve(__dirname, 'electron/services/exchange/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), devContentSecurityPolicy()],
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
      },
    },
  },
});
