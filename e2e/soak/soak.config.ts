/**
 * `npm run soak:browser` (and the browser half of `npm run soak`): the main
 * Playwright config for one long spec.
 */
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

// Paths in the main config are the repository root's; this file sits two folders down.
const ROOT = '../..';
const server = Array.isArray(base.webServer) ? base.webServer[0] : base.webServer;

export default defineConfig({
  ...base,
  testDir: '.',
  testIgnore: [],
  timeout: 24 * 60 * 60_000,
  outputDir: `${ROOT}/${base.outputDir ?? 'test-results'}/soak`,
  webServer: server && { ...server, cwd: ROOT },
});
