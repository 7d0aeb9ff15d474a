/** On every page: the notebook's name, the active tfjs backend and the adapter, with warnings. */
import { useSyncExternalStore } from 'react';
import { backendLabel } from '../core/backend/selectBackend';
import { useRunnerClient, useRunnerSnapshot } from '../ui/RunnerContext';
import type { OfflineStatus } from './offlineStatus';

const OFFLINE_TEXT = { unsupported: null, installing: 'saving for offline…', ready: 'available offline', failed: 'offline copy failed' } as const;

export function Header({ offline }: { offline: OfflineStatus }) {
  const offlineState = useSyncExternalStore(offline.subscribe, offline.getSnapshot);
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
      {OFFLINE_TEXT[offlineState] ? (
        <span className={offlineState === 'ready' ? 'offline-ready' : 'hint'} data-testid="offline" data-state={offlineState}>
          {OFFLINE_TEXT[offlineState]}
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
