/**
 * `offline.json`, written by the build (scripts/build/offlineIndex.ts): the
 * files the shell, the runner and each panel need, relative to index.html,
 * and each file's size in bytes. Pure functions over it for the offline tools.
 */
export interface OfflineIndex {
  /** Precached by the service worker on the first visit. */
  shell: string[];
  /** The runner worker, tfjs and its backends, the WASM binaries: every panel needs them. */
  runtime: string[];
  /** slug → the files only that panel needs (its chunks, libraries, workers, recorded runs). */
  panels: Record<string, string[]>;
  /** file → bytes. */
  bytes: Record<string, number>;
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the shape of a parsed offline.json; null when it is not one. */
export function parseOfflineIndex(v: unknown): OfflineIndex | null {
  if (!isRecord(v) || !isStringArray(v.shell) || !isStringArray(v.runtime) || !isRecord(v.panels) || !isRecord(v.bytes)) return null;
  const panels: Record<string, string[]> = {};
  for (const [slug, files] of Object.entries(v.panels)) {
    if (!isStringArray(files)) return null;
    panels[slug] = files;
  }
  const bytes: Record<string, number> = {};
  for (const [file, n] of Object.entries(v.bytes)) {
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) return null;
    bytes[file] = n;
  }
  return { shell: v.shell, runtime: v.runtime, panels, bytes };
}

/** The files a panel needs offline (shell, runtime and its own), or every file for `'all'`. */
export function filesFor(index: OfflineIndex, which: string | 'all'): string[] {
  const own = which === 'all' ? Object.values(index.panels).flat() : index.panels[which] ?? [];
  return [...new Set([...index.shell, ...index.runtime, ...own])];
}

/** Bytes still to download for `files`, given the files already cached. */
export function bytesToFetch(index: OfflineIndex, files: readonly string[], cached: ReadonlySet<string>): number {
  return files.reduce((sum, f) => sum + (cached.has(f) ? 0 : index.bytes[f] ?? 0), 0);
}

/** What is available offline: the panels whose every file is cached, in index order. */
export function offlinePanels(index: OfflineIndex, cached: ReadonlySet<string>): string[] {
  const common = [...index.shell, ...index.runtime];
  if (!common.every((f) => cached.has(f))) return [];
  return Object.keys(index.panels).filter((slug) => index.panels[slug].every((f) => cached.has(f)));
}

/** 12.3 MB, 850 KB: decimal units, as download sizes are usually given. */
export function formatBytes(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${Math.round(n / 1e3)} KB`;
  return `${n} B`;
}
