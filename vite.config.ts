/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// One config for dev, build, preview and Vitest.
export default defineConfig({
  plugins: [
    react(),
    // Offline after the first visit: a service worker precaches the app shell, every lazy
    // chunk and the WASM binaries (tfjs, MuJoCo), and takes over the page at once.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: null,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,wasm,svg,woff2}'],
        maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
        clientsClaim: true,
        skipWaiting: true,
        navigateFallback: 'index.html',
      },
    }),
  ],
  base: './',
  build: {
    target: 'es2022',
    manifest: true,
    chunkSizeWarningLimit: 4096,
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
