/** The shell: header, hash routing, link and runner contexts. */
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { openRunStore } from '../core/history/runStore';
import type { RunnerClient } from '../core/runner/RunnerClient';
import { findPaper } from '../papers/catalog';
import { HistoryContext } from '../ui/HistoryContext';
import { LinkContext } from '../ui/LinkContext';
import { RunnerContext } from '../ui/RunnerContext';
import { useHashRoute, useLinkApi } from './hashRoute';
import { Header } from './Header';
import { HomePage } from './HomePage';
import { OfflineContext } from './offline/OfflineContext';
import type { OfflineStatus } from './offlineStatus';
import { PaperPage } from './PaperPage';

const DevicePage = lazy(() => import('./device/DevicePage'));

export function App({ runner, offline }: { runner: RunnerClient; offline: OfflineStatus }) {
  const route = useHashRoute();
  const link = useLinkApi(route);
  const history = useMemo(() => (typeof indexedDB === 'undefined' ? null : openRunStore()), []);

  // Start the worker once the first paint is done, so the header can show the backend.
  useEffect(() => {
    const id = setTimeout(() => void runner.boot(), 300);
    return () => clearTimeout(id);
  }, [runner]);

  const page = useMemo(() => {
    if (route.path === '') return <HomePage />;
    if (route.path === 'device') return <DevicePage />;
    const entry = findPaper(route.path);
    if (entry) return <PaperPage entry={entry} embed={route.embed} />;
    return (
      <main className="panel">
        <h1>No such page</h1>
        <p>There is no page called '{route.path}'. <a href="#/">See all papers</a>.</p>
      </main>
    );
  }, [route.path, route.embed]);

  return (
    <RunnerContext.Provider value={runner}>
      <OfflineContext.Provider value={offline}>
        <HistoryContext.Provider value={history}>
          <LinkContext.Provider value={link}>
            {route.embed ? null : <Header offline={offline} />}
            <Suspense fallback={<main className="panel"><p>Loading…</p></main>}>
              <div key={route.key} className={route.embed ? 'page embed' : 'page'}>{page}</div>
            </Suspense>
          </LinkContext.Provider>
        </HistoryContext.Provider>
      </OfflineContext.Provider>
    </RunnerContext.Provider>
  );
}
