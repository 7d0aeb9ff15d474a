/**
 * Writes `offline.json` next to index.html: which emitted files the app shell,
 * the runner (worker, backends, WASM) and each panel need, and every file's
 * size in bytes. The service worker precaches only the shell; the notebook
 * tools read this index to cache one panel or all of them when the reader
 * asks, and to say how many bytes that is before it starts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import type { OfflineIndex } from '../../src/app/offline/offlineIndexFile';

type Bundle = Rolldown.OutputBundle;
type Chunk = Rolldown.OutputChunk;

interface Follow {
  /** Whether to follow a lazy import (or a lazily referenced file) to `file`. */
  dynamic(file: string): boolean;
  /** Follow worker entries and files named only in a chunk's code (lazy CSS, `?url` WASM). */
  indirect: boolean;
}

/** Files an emitted file needs: a chunk's imports, lazy imports, CSS, assets and workers; a stylesheet's fonts. */
function needs(bundle: Bundle, file: string, workers: ReadonlyMap<string, string[]>, follow: Follow): string[] {
  const out = bundle[file];
  if (!out) return [];
  if (out.type === 'asset') {
    if (!file.endsWith('.css') || typeof out.source !== 'string') return [];
    const dir = path.posix.dirname(file);
    // Every browser that runs this app reads woff2, so the .woff and .ttf fallbacks are not cached.
    return [...out.source.matchAll(/url\(\s*['"]?([^'")?#]+)/g)].map((m) => path.posix.join(dir, m[1])).filter((f) => f in bundle && !/\.(woff|ttf)$/.test(f));
  }
  const meta = out.viteMetadata;
  const direct = [...out.imports, ...out.dynamicImports.filter(follow.dynamic), ...(meta ? [...meta.importedCss, ...meta.importedAssets] : [])].filter((f) => f in bundle);
  if (!follow.indirect) return direct;
  const started = out.moduleIds.flatMap((id) => workers.get(id) ?? []);
  // A non-JS file named in the code: a stylesheet loaded lazily, a WASM binary imported with `?url`.
  const named = Object.keys(bundle).filter((f) => !f.endsWith('.js') && out.code.includes(path.posix.basename(f)) && follow.dynamic(f));
  return [...direct, ...started, ...named];
}

function closure(bundle: Bundle, starts: string[], workers: ReadonlyMap<string, string[]>, follow: Follow): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...needs(bundle, file, workers, follow));
  }
  return seen;
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(path.join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
  );
}

/** The paper slug of a chunk whose facade is `src/papers/<slug>/index.ts`. */
const paperIndexSlug = (chunk: Chunk): string | null => chunk.facadeModuleId?.match(/[\\/]src[\\/]papers[\\/]([^\\/]+)[\\/]index\.ts$/)?.[1] ?? null;

export interface OfflineIndexPlugin {
  plugin: Plugin;
  /** Whether an emitted file belongs to the app shell (for the service worker's precache list). */
  inShell(url: string): boolean;
}

/** `workerModules()`: module id → the worker entry modules it starts (from sharedWorkerChunks). */
export function offlineIndex(workerModules: () => ReadonlyMap<string, string[]>): OfflineIndexPlugin {
  let publicDir = '';
  let shell = new Set<string>();
  const plugin: Plugin = {
    name: 'paper-notebook:offline-index',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    // After every generateBundle hook: Vite writes its lazy-CSS preload lists into the code there.
    writeBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((o): o is Chunk => o.type === 'chunk');
      const entryFile = new Map(chunks.flatMap((c) => (c.isEntry && c.facadeModuleId ? [[c.facadeModuleId, c.fileName] as const] : [])));
      const workers = new Map([...workerModules()].map(([id, targets]) => [id, targets.flatMap((t) => entryFile.get(t) ?? [])]));
      const paperFiles = new Map(chunks.flatMap((c) => { const s = paperIndexSlug(c); return s ? [[c.fileName, s] as const] : []; }));
      const main = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith('index.html'));
      const runner = chunks.find((c) => c.isEntry && /runner\.worker\.ts$/.test(c.facadeModuleId ?? ''));
      if (!main || !runner) this.error('offline index: the page entry or the runner worker entry is missing from the bundle');
      // The shell: the page's static imports and the service worker registration, never a paper or its libraries.
      const publicFiles = listFiles(publicDir);
      const shellOnly: Follow = { dynamic: (f) => /pwa-register|workbox-window/.test(f), indirect: false };
      shell = new Set([...closure(bundle, [main.fileName], workers, shellOnly), 'index.html', 'offline.json', ...publicFiles.filter((f) => !f.startsWith('runs/'))]);
      // The runtime: the runner worker with tfjs, its backends and WASM, and the Device page.
      const notPaper: Follow = { dynamic: (f) => !paperFiles.has(f), indirect: true };
      const runtime = [...closure(bundle, [runner.fileName, ...main.dynamicImports.filter(notPaper.dynamic)], workers, notPaper)].filter((f) => !shell.has(f));
      const common = new Set([...shell, ...runtime]);
      const panels: Record<string, string[]> = {};
      for (const [file, slug] of paperFiles) {
        const own = [...closure(bundle, [file], workers, notPaper)].filter((f) => !common.has(f));
        panels[slug] = [...own, ...publicFiles.filter((f) => f.startsWith(`runs/${slug}/`))];
      }
      const bytes: Record<string, number> = {};
      for (const o of Object.values(bundle)) {
        if (o.fileName.startsWith('.vite/')) continue;
        bytes[o.fileName] = o.type === 'chunk' ? Buffer.byteLength(o.code) : typeof o.source === 'string' ? Buffer.byteLength(o.source) : o.source.byteLength;
      }
      for (const f of publicFiles) bytes[f] = fs.statSync(path.join(publicDir, f)).size;
      const index: OfflineIndex = { shell: [...shell].sort(), runtime: runtime.sort(), panels, bytes };
      fs.writeFileSync(path.join(options.dir ?? 'dist', 'offline.json'), JSON.stringify(index));
    },
  };
  return { plugin, inShell: (url) => shell.has(url) };
}
