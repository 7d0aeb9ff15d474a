/** The shell: header, hash routing, link and runner contexts. */
import { lazy, Suspense, useEffect, useMemo } from 'react';
import type { RunnerClient } from '../core/runner/RunnerClient';
import { findPaper } from '../papers/catalog';
import { LinkContext } from '../ui/LinkContext';
import { RunnerContext } from '../ui/RunnerContext';
import { useHashRoute, useLinkApi } from './hashRoute';
import { Header } from './Header';
import { HomePage } from './HomePage';
import { PaperPage } from './PaperPage';

const DevicePage = lazy(() => import('./device/DevicePage'));

export function App({ runner }: { runner: RunnerClient }) {
  const route = useHashRoute();
  const link = useLinkApi(route);

  // Start the worker once the first paint is done, so the header can show the backend.
  useEffect(() => {
    const id = setTimeout(() => void runner.boot(), 300);
    return () => clearTimeout(id);
  }, [runner]);

  const page = useMemo(() => {
    if (route.path === '') return <HomePage />;
    if (route.path === 'device') return <DevicePage />;
    const entry = findPaper(route.path);
    if (entry) return <PaperPage entry={entry} />;
    return (
      <main className="panel">
        <h1>No such page</h1>
        <p>There is no page called '{route.path}'. <a href="#/">See all papers</a>.</p>
      </main>
    );
  }, [route.path]);

  return (
    <RunnerContext.Provider value={runner}>
      <LinkContext.Provider value={link}>
        <Header />
        <Suspense fallback={<main className="panel"><p>Loading…</p></main>}>
          <div key={route.key} className="page">{page}</div>
        </Suspense>
      </LinkContext.Provider>
    </RunnerContext.Provider>
  );
}
