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

export function useLinkApi(route: Route): LinkApi {
  return useMemo(
    () => ({
      query: route.query,
      replaceQuery(query: string) {
        // An embedded page stays embedded when its params change.
        const full = route.embed ? [query, 'embed=1'].filter(Boolean).join('&') : query;
        const hash = `#/${route.path}${route.section ? `/${encodeURIComponent(route.section)}` : ''}${full ? `?${full}` : ''}`;
        if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
      },
      absoluteUrl(slug: string, query: string) {
        const { origin, pathname } = window.location;
        return `${origin}${pathname}#/${slug}${query ? `?${query}` : ''}`;
      },
      section: route.section,
      sectionHref(id: string) {
        const q = window.location.hash.indexOf('?');
        return `#/${route.path}/${encodeURIComponent(id)}${q < 0 ? '' : window.location.hash.slice(q)}`;
      },
      showSection(id: string) {
        // replaceState fires no hashchange, so the page (and a run in it) stays as it is.
        window.history.replaceState(window.history.state, '', this.sectionHref(id));
        document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      },
    }),
    [route.path, route.query, route.embed, route.section],
  );
}

/** `backend=` in the opening link picks the first backend the runner tries. */
export function backendFromLocation(): BackendName | null {
  const requested = new URLSearchParams(parseHash(window.location.hash).query).get('backend') ?? '';
  return isBackendName(requested) ? requested : null;
}
