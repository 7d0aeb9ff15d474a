/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './scripts/build/contentSecurityPolicy';
import { offlineIndex } from './scripts/build/offlineIndex';
import { assetFileName, chunkFileName, sharedWorkerChunks } from './scripts/build/sharedWorkerChunks';

const workers = sharedWorkerChunks();
const offline = offlineIndex(workers.workerModules);

// One config for dev, build, preview and Vitest.
export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    workers.plugin,
    offline.plugin,
    // The service worker precaches the app shell only; a panel (or every panel) is made available
    // offline when the reader asks, from the notebook tools (src/app/offline).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/app/sw',
      filename: 'serviceWorker.ts',
      registerType: 'autoUpdate',
      injectRegister: null,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*'],
        maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
        manifestTransforms: [async (entries) => ({ manifest: entries.filter((e) => offline.inShell(e.url)), warnings: [] })],
      },
    }),
  ],
  base: './',
  build: {
    target: 'es2022',
    manifest: true,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: { output: { chunkFileNames: chunkFileName, assetFileNames: assetFileName } },
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'eslint/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
