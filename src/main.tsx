import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RunnerClient } from './core/runner/RunnerClient';
import type { BackendName } from './core/backend/backendNames';
import type { BenchEntry } from './app/benchHook';
import { App } from './app/App';
import { backendFromLocation } from './app/hashRoute';
import { makeRunnerWorker } from './app/makeRunnerWorker';
import { OfflineStatus, registerOffline } from './app/offlineStatus';
import './ui/theme.css';

const runner = new RunnerClient(makeRunnerWorker, backendFromLocation());
const offline = new OfflineStatus();
void registerOffline(offline);

// A handle for the console, `npm run bench` and the e2e tests; the bench code loads on first use.
(window as unknown as { __paperNotebook: unknown }).__paperNotebook = {
  runner,
  bench: () => import('./app/benchHook').then((b) => ({ entries: b.benchEntries, run: (e: BenchEntry, backend: BackendName, capSeconds?: number) => b.runBench(runner, e, backend, capSeconds) })),
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App runner={runner} offline={offline} />
  </StrictMode>,
);
