/**
 * The page's link, as the app shell hands it to panels: ui code never touches
 * window.location. `query` is the part after `?` in `#/<slug>?...`.
 */
import { createContext, useContext } from 'react';

export interface LinkApi {
  query: string;
  /** Rewrites the current link's query without a new history entry. */
  replaceQuery(query: string): void;
  /** Absolute URL of `#/<slug>?<query>` for sharing. */
  absoluteUrl(slug: string, query: string): string;
  /** The section the link points at (`#/<slug>/<section>`), or ''. */
  section: string;
  /** The link to a section of this page, with the current query. */
  sectionHref(id: string): string;
  /** Points the address bar at a section and scrolls to it, without reloading the page. */
  showSection(id: string): void;
}

export const LinkContext = createContext<LinkApi | null>(null);

export function useLink(): LinkApi {
  const link = useContext(LinkContext);
  if (!link) throw new Error('useLink outside LinkContext');
  return link;
}
