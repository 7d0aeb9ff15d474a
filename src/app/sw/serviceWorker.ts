/**
 * The service worker. On install it precaches only the app shell (the list
 * vite-plugin-pwa injects, filtered by scripts/build/offlineIndex.ts); the
 * notebook tools put a panel's files (or every panel's) into their own cache
 * (src/app/offline/offlineCache.ts) when the reader asks. Every GET is answered from a cache when it holds the
 * file, else from the network; a navigation offline gets the cached page.
 * Hashed asset names never change content, so no revalidation is needed.
 */
/// <reference lib="webworker" />

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

const SHELL = self.__WB_MANIFEST;
/** Changes with any shell file, so a new build installs a fresh shell cache. */
const SHELL_CACHE = `pn-shell-${hash(SHELL.map((e) => `${e.url}@${e.revision ?? ''}`).join('|'))}`;

function hash(s: string): string {
  let h = 2166136261; // FNV-1a, 32 bits
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

const scoped = (url: string) => new URL(url, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(SHELL_CACHE).then((c) => c.addAll(SHELL.map((e) => scoped(e.url)))).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('pn-shell-') && k !== SHELL_CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function answer(request: Request): Promise<Response> {
  if (request.mode === 'navigate') {
    // Hash routing: every page is index.html. The network first, so a new build is seen at once.
    try {
      return await fetch(request);
    } catch {
      const page = await caches.match(scoped('index.html'));
      if (page) return page;
      throw new Error('offline and the page is not cached');
    }
  }
  // ignoreVary: a server's `Vary: Origin` would otherwise keep a module script (sent with Origin) from its cached copy.
  return (await caches.match(request, { ignoreSearch: true, ignoreVary: true })) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(answer(request));
});

export {};
