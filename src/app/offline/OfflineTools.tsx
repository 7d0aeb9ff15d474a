/**
 * "Available offline" in the notebook tools: make this panel, or every panel,
 * work offline, with the download size said before it starts and progress
 * while it runs.
 */
import { formatBytes } from './offlineIndexFile';
import { useOffline } from './OfflineContext';

export function OfflineTools({ slug }: { slug: string }) {
  const { status, snap } = useOffline();
  if (!status || !snap) return null;
  const body = () => {
    if (snap.state === 'unsupported') return <p className="hint">This browser (or the development server) keeps no offline copies.</p>;
    if (snap.state === 'failed') return <p className="hint">The offline service worker failed to start; everything still works online.</p>;
    if (!snap.index) return <p className="hint">Reading what is cached…</p>;
    const here = status.bytesFor(slug) ?? 0;
    const all = status.bytesFor('all') ?? 0;
    const job = snap.job;
    return (
      <>
        {job ? (
          <p data-testid="offline-progress">
            Caching {job.which === 'all' ? 'every panel' : 'this panel'}: {formatBytes(job.done)} of {formatBytes(job.total)}…{' '}
            <progress value={job.total ? job.done / job.total : 1} />
          </p>
        ) : null}
        {here === 0 ? (
          <p data-testid="offline-here">This panel is available offline.</p>
        ) : (
          <button type="button" data-testid="offline-panel" disabled={!!job} onClick={() => void status.makeAvailable(slug)}>
            Make this panel available offline ({formatBytes(here)} to download)
          </button>
        )}
        {all === 0 ? (
          <p>Every panel is available offline.</p>
        ) : (
          <button type="button" data-testid="offline-all" disabled={!!job} onClick={() => void status.makeAvailable('all')}>
            Make all panels available offline ({formatBytes(all)})
          </button>
        )}
        {snap.error ? <p role="alert" className="error" data-testid="offline-error">{snap.error}</p> : null}
      </>
    );
  };
  return (
    <details className="export-menu" data-testid="offline-tools">
      <summary>Offline</summary>
      <div className="menu">{body()}</div>
    </details>
  );
}
