import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RunnerClient } from './core/runner/RunnerClient';
import { App } from './app/App';
import { backendFromLocation } from './app/hashRoute';
import { makeRunnerWorker } from './app/makeRunnerWorker';
import './ui/theme.css';

const runner = new RunnerClient(makeRunnerWorker, backendFromLocation());

// A handle for the console, `npm run bench` and the e2e tests.
(window as unknown as { __paperNotebook: { runner: RunnerClient } }).__paperNotebook = { runner };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App runner={runner} />
  </StrictMode>,
);
