/**
 * Hash routes: `#/` home, `#/device`, `#/<slug>?<query>`, and a section of a
 * panel `#/<slug>/<section>?<query>`. The only module that reads or writes
 * window.location.
 */
import { useEffect, useMemo, useState } from 'react';
import { isBackendName, type BackendName } from '../core/backend/backendNames';
import type { LinkApi } from '../ui/LinkContext';

export interface Route {
  path: string;
  /** A section of the page to scroll to (`#/<slug>/<section>`), or ''. */
  section: string;
  query: string;
  /** `embed=1`: one panel without the site chrome, for iframes. */
  embed: boolean;
  /** Changes on every navigation, so pages re-mount and re-read their link. */
  key: number;
}

export function parseHash(hash: string): { path: string; section: string; query: string; embed: boolean } {
  const body = hash.replace(/^#\/?/, '');
  const q = body.indexOf('?');
  const rawPath = q < 0 ? body : body.slice(0, q);
  let path = rawPath;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    // A malformed escape is left as typed; it will not match a page.
  }
  const query = q < 0 ? '' : body.slice(q + 1);
  const [page = '', ...rest] = path.replace(/\/+$/, '').split('/');
  const embed = new URLSearchParams(query).get('embed');
  return { path: page, section: rest.join('/'), query, embed: embed === '1' || embed === 'true' };
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(() => ({ ...parseHash(window.location.hash), key: 0 }));
  useEffect(() => {
    const onChange = () => setRoute((r) => ({ ...parseHash(window.location.hash), key: r.key + 1 }));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** The address bar as the link API reads and writes it: the window's in the app, a fake in tests. */
export interface AddressBar {
  hash(): string;
  /** Sets the hash without a history entry or a hashchange. */
  replace(hash: string): void;
}

const windowBar: AddressBar = {
  hash: () => window.location.hash,
  replace: (hash) => window.history.replaceState(window.history.state, '', hash),
};

/**
 * The link API of one route. It rewrites the address bar only while the bar still shows what this
 * page last put there: once the reader (or a test) navigates, the hashchange that re-mounts the page
 * is still on its way, and a late rewrite from the old page would undo the navigation (a `run=1`
 * link then opened without running).
 */
export function makeLinkApi(route: Omit<Route, 'key'>, bar: AddressBar = windowBar): LinkApi {
  let ours = route.query;
  const stillOurs = () => {
    const now = parseHash(bar.hash());
    return now.path === route.path && now.query === ours;
  };
  const api: LinkApi = {
    query: route.query,
    replaceQuery(query: string) {
      if (!stillOurs()) return;
      // An embedded page stays embedded when its params change.
      const full = route.embed ? [query, 'embed=1'].filter(Boolean).join('&') : query;
      const hash = `#/${route.path}${route.section ? `/${encodeURIComponent(route.section)}` : ''}${full ? `?${full}` : ''}`;
      if (bar.hash() !== hash) bar.replace(hash);
      // Read back, as the browser wrote it.
      ours = parseHash(bar.hash()).query;
    },
    absoluteUrl(slug: string, query: string) {
      const { origin, pathname } = window.location;
      return `${origin}${pathname}#/${slug}${query ? `?${query}` : ''}`;
    },
    section: route.section,
    sectionHref(id: string) {
      const hash = bar.hash();
      const q = hash.indexOf('?');
      return `#/${route.path}/${encodeURIComponent(id)}${q < 0 ? '' : hash.slice(q)}`;
    },
    showSection(id: string) {
      // replaceState fires no hashchange, so the page (and a run in it) stays as it is.
      bar.replace(api.sectionHref(id));
      document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    },
  };
  return api;
}

export function useLinkApi(route: Route): LinkApi {
  const { path, section, query, embed } = route;
  return useMemo(() => makeLinkApi({ path, section, query, embed }), [path, section, query, embed]);
}

/** `backend=` in the opening link picks the first backend the runner tries. */
export function backendFromLocation(): BackendName | null {
  const requested = new URLSearchParams(parseHash(window.location.hash).query).get('backend') ?? '';
  return isBackendName(requested) ? requested : null;
}
