/**
 * Runs a TypeScript entry (a Node CLI) through Vite's module runner, so it
 * resolves tfjs's ES modules exactly as the app and Vitest do. tfjs-core's
 * gradient registry is ESM-only with directory imports that plain Node (and
 * tsx) cannot load. Usage: node scripts/runTs.mjs scripts/claims.ts [args]
 */
import { createServer } from 'vite';
import { createRequire } from 'node:module';
import path from 'node:path';

// tfjs's ESM build probes for Node with a bare `require` (as Vitest provides).
globalThis.require ??= createRequire(import.meta.url);
// The backends load tfjs-core's CommonJS build while the gradients need its ES
// build; both register the same Node platform, and the second says so. Harmless.
const warn = console.warn;
console.warn = (...a) => {
  if (typeof a[0] === 'string' && a[0].startsWith('Platform node has already been set')) return;
  warn(...a);
};

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/runTs.mjs <entry.ts> [args…]');
  process.exit(2);
}
const server = await createServer({
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  ssr: { noExternal: ['@tensorflow/tfjs-core'] },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let code;
try {
  const mod = await server.ssrLoadModule(path.resolve(entry));
  if (typeof mod.main !== 'function') throw new Error(`${entry} must export main(args): Promise<number>`);
  code = await mod.main(args);
} catch (err) {
  console.error(err instanceof Error ? err.stack : err);
  code = 1;
} finally {
  await server.close();
}
process.exit(code);
