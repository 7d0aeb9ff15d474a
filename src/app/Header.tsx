/** On every page: the notebook's name, the active tfjs backend and the adapter, with warnings. */
import { useSyncExternalStore } from 'react';
import { backendLabel } from '../core/backend/selectBackend';
import { useRunnerClient, useRunnerSnapshot } from '../ui/RunnerContext';
import type { OfflineSnapshot, OfflineStatus } from './offlineStatus';

/** What works offline, in a few words: the app alone, some panels, or all of them. */
function offlineText(s: OfflineSnapshot): string | null {
  if (s.state === 'unsupported') return null;
  if (s.state === 'installing') return 'saving the app for offline…';
  if (s.state === 'failed') return 'offline copy failed';
  const total = s.index ? Object.keys(s.index.panels).length : 0;
  if (total > 0 && s.panels.length === total) return 'available offline: all panels';
  if (s.panels.length) return `available offline: ${s.panels.join(', ')}`;
  return 'available offline: home page only';
}

export function Header({ offline }: { offline: OfflineStatus }) {
  const offlineSnap = useSyncExternalStore(offline.subscribe, offline.getSnapshot);
  const offlineLabel = offlineText(offlineSnap);
  const snap = useRunnerSnapshot();
  const client = useRunnerClient();
  const b = snap.backend;
  const adapter = b?.adapter;
  const warnings: string[] = [];
  if (b && b.active !== 'webgpu') {
    warnings.push(`Running on ${backendLabel(b.active)}, not WebGPU${b.notices.length ? `: ${b.notices.join(' ')}` : '.'}`);
  } else if (b?.notices.length) warnings.push(b.notices.join(' '));
  if (b?.active === 'webgpu' && adapter?.software) {
    warnings.push('The WebGPU adapter is a software fallback: everything works, slowly.');
  }
  return (
    <header className="app-header">
      <a className="brand" href="#/">Paper Notebook</a>
      <nav>
        <a href="#/">Papers</a>
        <a href="#/device">Device</a>
      </nav>
      {offlineLabel ? (
        <span
          className={offlineSnap.state === 'ready' ? 'offline-ready' : 'hint'}
          data-testid="offline"
          data-state={offlineSnap.state}
          title={offlineSnap.state === 'ready' ? 'A panel’s notebook tools (Offline) cache it, or every panel, on request.' : undefined}
        >
          {offlineLabel}
        </span>
      ) : null}
      <div className="backend" data-testid="backend">
        {snap.worker === 'crashed' ? (
          <span className="warn">
            Runner stopped: {snap.workerError}{' '}
            <button type="button" data-testid="restart-runner" onClick={() => void client.restart()}>Restart runner</button>
          </span>
        ) : b ? (
          <>
            <span data-testid="active-backend" data-backend={b.active}>tfjs: {backendLabel(b.active)}</span>
            {adapter ? (
              <span data-testid="adapter" title={adapter.description}>
                {' '}· adapter: {adapter.vendor} {adapter.architecture}
              </span>
            ) : (
              <span> · no WebGPU adapter</span>
            )}
          </>
        ) : (
          <span>tfjs: starting…</span>
        )}
      </div>
      {warnings.length ? (
        <div className="backend-warning" role="note" data-testid="backend-warning">{warnings.join(' ')}</div>
      ) : null}
    </header>
  );
}
