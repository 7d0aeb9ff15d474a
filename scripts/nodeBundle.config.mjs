/**
 * Bundles a Node CLI entry of this repo into one ES module that plain `node`
 * runs without node_modules, for a borrowed machine with no npm (for example
 * the 16 CPU cores of a lent GPU machine). @mujoco/mujoco stays external (copy
 * node_modules/@mujoco/mujoco beside the bundle); tfjs is inlined, but the
 * WASM backend still reads its .wasm files through
 * node_modules/@tensorflow/tfjs-backend-wasm/{package.json,dist/*.wasm}.
 *
 *   ENTRY=scripts/trainTeachers.ts npx vite build --config scripts/nodeBundle.config.mjs
 *   → bundle/trainTeachers.mjs (OUT=<dir> to change the folder)
 *
 * An entry that uses tfjs-backend-wasm also needs `require`, `__filename` and
 * `__dirname` defined as globals before tfjs loads (its Emscripten loader
 * expects CommonJS).
 */
import path from 'node:path';

const entry = process.env.ENTRY;
if (!entry) throw new Error('set ENTRY to the .ts file to bundle');

export default {
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: entry,
    outDir: process.env.OUT ?? 'bundle',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: `${path.basename(entry, path.extname(entry))}.mjs` } },
  },
  ssr: { noExternal: true, external: ['@mujoco/mujoco'] },
};
