/**
 * The panel's stored runs: rename, delete, re-open (params back, stored curves
 * shown, nothing re-run), save as a file, and tick several to compare their
 * curves in one chart whose legend names what differs between them.
 */
import { useMemo, useState } from 'react';
import { runToFile } from '../core/history/runFile';
import { differingLabels, keyMetric, type RunRecord } from '../core/history/runRecord';
import { downloadText, fileStem } from './download';
import { formatDuration } from './RunBar';
import { RunsCompare } from './RunsCompare';
import type { RunHistory } from './useRunHistory';

function RunName({ run, onRename }: { run: RunRecord; onRename(name: string): void }) {
  const [text, setText] = useState(run.name);
  const commit = () => {
    const name = text.trim();
    if (name && name !== run.name) onRename(name);
    else setText(run.name);
  };
  return (
    <input
      type="text"
      data-testid="run-name"
      aria-label="Run name"
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
    />
  );
}

export function RunsDrawer({ history, onOpen, onClose }: { history: RunHistory; onOpen(run: RunRecord): void; onClose(): void }) {
  const [ticked, setTicked] = useState<string[]>([]);
  const chosen = useMemo(() => history.runs.filter((r) => ticked.includes(r.id)), [history.runs, ticked]);
  const sets = useMemo(() => {
    const labels = differingLabels(chosen);
    return chosen.map((r, i) => ({ label: labels[i], rows: r.rows }));
  }, [chosen]);
  const toggle = (id: string) => setTicked((t) => (t.includes(id) ? t.filter((x) => x !== id) : [...t, id]));

  return (
    <aside className="runs-drawer" data-testid="runs-drawer" aria-label="Stored runs">
      <div className="drawer-head">
        <h2>Runs</h2>
        <button type="button" className="link-button" onClick={onClose} aria-label="Close runs">Close</button>
      </div>
      {history.error ? <p role="alert" className="error">{history.error}</p> : null}
      {history.runs.length === 0 ? (
        <p className="hint">Finished and stopped runs appear here, kept in this browser.</p>
      ) : (
        <ul className="runs-list">
          {history.runs.map((r) => {
            const km = keyMetric(r.rows);
            return (
              <li key={r.id} data-testid="run-item" data-end={r.end} data-name={r.name}>
                <input type="checkbox" data-testid="run-select" aria-label={`Compare ${r.name}`} checked={ticked.includes(r.id)} onChange={() => toggle(r.id)} />
                <div className="run-info">
                  <RunName run={r} onRename={(name) => void history.rename(r.id, name)} />
                  <span className="hint">
                    {new Date(r.createdAt).toLocaleString()} · {r.end} · {formatDuration(r.durationMs / 1000)}
                    {km ? ` · ${km.name} ${Number(km.value.toPrecision(4))}` : ''}
                    {r.backend ? ` · ${r.backend}` : ''}
                  </span>
                </div>
                <div className="run-actions">
                  <button type="button" data-testid="run-open" onClick={() => onOpen(r)}>Open</button>
                  <button type="button" className="link-button" onClick={() => downloadText(`${fileStem(r.slug, r.createdAt)}.run.json`, runToFile(r))}>File</button>
                  <button type="button" className="link-button" data-testid="run-delete" onClick={() => void history.remove(r.id)}>Delete</button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {chosen.length > 0 ? <RunsCompare name="runs-compare" sets={sets} title={chosen.length > 1 ? 'Ticked runs compared' : chosen[0].name} /> : null}
      {history.runs.length > 1 && chosen.length < 2 ? <p className="hint">Tick two or more runs to overlay their curves.</p> : null}
    </aside>
  );
}
