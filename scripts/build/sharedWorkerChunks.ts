/**
 * Vite builds each `new Worker(new URL('./w.ts', import.meta.url))` as a
 * separate bundle, so every module a worker shares with the page (tfjs, the
 * papers, and through their lazy panels Plotly, three.js, KaTeX) is emitted
 * twice under the same name (vitejs/vite#16547). This plugin makes each
 * worker an extra entry of the page's own build instead: one module graph,
 * each module in one chunk, and a module worker imports the shared chunks.
 *
 * Build only; the dev server serves workers as plain ES modules already.
 */
import path from 'node:path';
import type { Plugin } from 'vite';

/** `new Worker(new URL('./w.ts', import.meta.url)` with a relative path. */
const WORKER_URL = /new\s+Worker\(\s*new\s+URL\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g;

/** Vite's preload helper, as it guards its DOM work (checked so an upgrade that changes it fails the build loudly). */
const PRELOAD_GUARD = 'deps && deps.length > 0';
const PRELOAD_HELPER = '\0vite/preload-helper.js';

export interface SharedWorkerChunks {
  plugin: Plugin;
  /** module id → the worker entry modules (absolute paths) it starts. */
  workerModules(): ReadonlyMap<string, string[]>;
}

export function sharedWorkerChunks(): SharedWorkerChunks {
  const starts = new Map<string, string[]>();
  const plugin: Plugin = {
    name: 'paper-notebook:shared-worker-chunks',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (id === PRELOAD_HELPER) {
        // The helper preloads a dynamic import's chunks with <link> tags; in a worker there is no
        // document, so there it skips the preload and just imports. Errors go to the global scope.
        if (!code.includes(PRELOAD_GUARD) || !code.includes('window.dispatchEvent')) {
          this.error('vite/preload-helper changed: update scripts/build/sharedWorkerChunks.ts');
        }
        return {
          code: code.replace(PRELOAD_GUARD, `${PRELOAD_GUARD} && typeof document !== 'undefined'`).replace('window.dispatchEvent', 'globalThis.dispatchEvent'),
          map: null,
        };
      }
      if (!/\.[cm]?[jt]sx?$/.test(id) || id.includes('node_modules') || !code.includes('Worker(')) return null;
      let changed = false;
      const out = code.replace(WORKER_URL, (_match, _quote: string, rel: string) => {
        const target = path.resolve(path.dirname(id), rel);
        const ref = this.emitFile({ type: 'chunk', id: target });
        starts.set(id, [...(starts.get(id) ?? []), target]);
        changed = true;
        return `new Worker(import.meta.ROLLUP_FILE_URL_${ref}`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
  return { plugin, workerModules: () => starts };
}

/**
 * Chunk file names that say where the code comes from: a chunk named after a
 * paper's module gets the paper's slug (`gopher-Panel-<hash>.js`), so two
 * emitted files share a name only when they are copies of one module (which
 * scripts/build/distAssets.test.ts forbids).
 */
export function chunkFileName(chunk: { name: string; facadeModuleId: string | null; moduleIds: readonly string[] }): string {
  const named = chunk.facadeModuleId ?? chunk.moduleIds.find((id) => path.parse(id).name === chunk.name) ?? '';
  const slug = named.match(/[\\/]src[\\/]papers[\\/]([^\\/]+)[\\/]/)?.[1];
  return slug && chunk.name !== slug ? `assets/${slug}-[name]-[hash].js` : 'assets/[name]-[hash].js';
}

/**
 * A paper's own assets (its panel's CSS) carry its slug too: three panels' CSS
 * would otherwise all be `Panel-<hash>.css`.
 */
export function assetFileName(asset: { names: readonly string[]; originalFileNames: readonly string[] }): string {
  const slug = asset.originalFileNames.map((f) => f.match(/(?:^|[\\/])src[\\/]papers[\\/]([^\\/]+)[\\/]/)?.[1]).find(Boolean);
  const name = asset.names[0] ?? '';
  return slug && !name.startsWith(`${slug}`) ? `assets/${slug}-[name]-[hash][extname]` : 'assets/[name]-[hash][extname]';
}
