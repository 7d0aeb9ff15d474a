/**
 * What works offline. The service worker (src/app/sw) precaches the app shell
 * on the first visit; a panel, or every panel, is cached only when the reader
 * asks (the notebook tools), after being told how many bytes that is.
 * Observable for the header and the tools.
 */
import { bytesToFetch, filesFor, offlinePanels, parseOfflineIndex, type OfflineIndex } from './offline/offlineIndexFile';

export type OfflineState = 'unsupported' | 'installing' | 'ready' | 'failed';

/** The cache the reader's "make available offline" fills; the service worker answers from every cache. */
export const OFFLINE_CACHE = 'pn-offline';

export interface OfflineSnapshot {
  state: OfflineState;
  /** Built files index; null until loaded, or where there is none (dev server). */
  index: OfflineIndex | null;
  /** Files (relative to the page) in any of this app's caches. */
  cached: ReadonlySet<string>;
  /** Panels whose every file is cached. */
  panels: readonly string[];
  /** A caching job in progress: bytes done of total. */
  job: { which: string; done: number; total: number } | null;
  /** The last job's failure, said plainly. */
  error: string | null;
}

const EMPTY: OfflineSnapshot = { state: 'installing', index: null, cached: new Set(), panels: [], job: null, error: null };

export class OfflineStatus {
  private snap: OfflineSnapshot = EMPTY;
  private readonly listeners = new Set<() => void>();

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getSnapshot = (): OfflineSnapshot => this.snap;

  private update(patch: Partial<OfflineSnapshot>): void {
    const next = { ...this.snap, ...patch };
    if (next.index && (patch.cached || patch.index)) next.panels = offlinePanels(next.index, next.cached);
    this.snap = next;
    for (const l of this.listeners) l();
  }

  set(state: OfflineState): void {
    if (state === this.snap.state) return;
    this.update({ state });
    if (state === 'ready') void this.refresh();
  }

  /** Bytes still to download to make `which` (a slug or 'all') available offline. */
  bytesFor(which: string): number | null {
    const { index, cached } = this.snap;
    return index ? bytesToFetch(index, filesFor(index, which), cached) : null;
  }

  /** Reads offline.json and the caches' contents. */
  async refresh(): Promise<void> {
    try {
      const index = this.snap.index ?? parseOfflineIndex(await (await fetch(pageUrl('offline.json'))).json());
      this.update({ index, cached: await cachedFiles() });
    } catch (e) {
      this.update({ error: `Could not read what is cached: ${message(e)}` });
    }
  }

  /** Downloads every missing file of `which` (a slug or 'all') into OFFLINE_CACHE, reporting bytes as it goes. */
  async makeAvailable(which: string): Promise<void> {
    const { index } = this.snap;
    if (!index || this.snap.job) return;
    const missing = filesFor(index, which).filter((f) => !this.snap.cached.has(f));
    const total = bytesToFetch(index, missing, new Set());
    this.update({ job: { which, done: 0, total }, error: null });
    try {
      const cache = await caches.open(OFFLINE_CACHE);
      let done = 0;
      for (const file of missing) {
        const response = await fetch(pageUrl(file), { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
        await cache.put(pageUrl(file), response);
        done += index.bytes[file] ?? 0;
        this.update({ job: { which, done, total } });
      }
      this.update({ job: null, cached: await cachedFiles() });
    } catch (e) {
      const full = e instanceof DOMException && e.name === 'QuotaExceededError';
      this.update({ job: null, error: full ? 'The browser has no room left for offline copies (storage quota exceeded).' : `Offline copy stopped: ${message(e)}`, cached: await cachedFiles().catch(() => this.snap.cached) });
    }
  }
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const pageUrl = (file: string) => new URL(file, document.baseURI).href;

/** Every file of this app held in a cache, as a path relative to the page. */
async function cachedFiles(): Promise<Set<string>> {
  const base = new URL('.', document.baseURI).href;
  const out = new Set<string>();
  for (const name of await caches.keys()) {
    if (!name.startsWith('pn-')) continue;
    for (const req of await (await caches.open(name)).keys()) {
      if (req.url.startsWith(base)) out.add(req.url.slice(base.length).split('?')[0]);
    }
  }
  return out;
}

/** Registers the service worker; dev servers and browsers without service workers say 'unsupported'. */
export async function registerOffline(status: OfflineStatus): Promise<void> {
  if (!('serviceWorker' in navigator) || !('caches' in globalThis) || import.meta.env.DEV) {
    status.set('unsupported');
    return;
  }
  try {
    const { registerSW } = await import('virtual:pwa-register');
    registerSW({
      immediate: true,
      onOfflineReady: () => status.set('ready'),
      onRegisterError: () => status.set('failed'),
    });
    // A returning visit: the worker is already active and controls the page.
    const reg = await navigator.serviceWorker.ready;
    if (reg.active && navigator.serviceWorker.controller) status.set('ready');
  } catch {
    status.set('failed');
  }
}
