/**
 * The notebook tools around every panel, fed by the page's run (PageRunContext):
 * run history and comparison, export, import, result links, and keyboard
 * control. Shows where the curves on screen came from when they are not live.
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { metricsCsv, metricsJson } from '../core/export/metricsCsv';
import { runFromFile, runToFile } from '../core/history/runFile';
import type { RunRecord } from '../core/history/runRecord';
import { isNamedWeights } from '../core/weights/namedWeights';
import { decodeWeightsFile, encodeWeightsFile } from '../core/weights/weightsFile';
import { downloadText, fileStem } from './download';
import { FileButton } from './FileButton';
import { useRunStore } from './HistoryContext';
import { usePageRun, type AnyRun } from './PageRunContext';
import { ResultLinkButton } from './ResultLinkBox';
import { RunsCompare } from './RunsCompare';
import { RunsDrawer } from './RunsDrawer';
import { recordOf, useRunHistory, useWhere } from './useRunHistory';
import { RUN_KEYS, useRunKeys } from './useRunKeys';

function OriginBanner({ run, onVerify }: { run: AnyRun; onVerify(): void }) {
  const o = run.origin;
  // A recorded run says so in the run bar and on every plot; it needs no banner.
  if ((o.kind === 'live' && !run.reference) || o.kind === 'recorded') return null;
  const sets = run.reference && o.kind === 'live' && run.recording.rows.length > 0
    ? [{ label: run.reference.label, rows: run.reference.rows, dash: 'dot' as const }, { label: 're-run here', rows: run.recording.rows }]
    : null;
  return (
    <div className="origin-banner" role="note" data-testid="origin-banner" data-origin={o.kind}>
      {o.kind === 'link' ? (
        <p>
          Showing results <strong>from the link</strong>
          {o.payload.backend ? `, run on ${o.payload.backend}${o.payload.adapter ? ` (${o.payload.adapter})` : ''}` : ''}
          {o.payload.createdAt ? `, ${new Date(o.payload.createdAt).toLocaleString()}` : ''}. Nothing has run here yet.{' '}
          <button type="button" className="primary" data-testid="verify" onClick={onVerify}>Re-run to verify</button>
        </p>
      ) : o.kind === 'history' ? (
        <p>
          Showing the stored run <strong>{o.run.name}</strong> ({o.run.end}, {new Date(o.run.createdAt).toLocaleString()}); not re-run.
          {o.run.droppedArtifacts.length ? ` Too large to keep: ${o.run.droppedArtifacts.join(', ')}.` : ''}{' '}
          <button type="button" onClick={onVerify}>Run it again</button>
        </p>
      ) : (
        <p>Re-running with the link&apos;s settings and seed; its curves are dotted below.</p>
      )}
      {sets ? <RunsCompare name="link-compare" sets={sets} title="From the link vs re-run here" /> : null}
    </div>
  );
}

/** `extra`: more tools from the shell (offline copies), shown after the built-in ones. */
export function RunTools({ extra }: { extra?: ReactNode } = {}) {
  const run = usePageRun();
  const store = useRunStore();
  const history = useRunHistory(run, store);
  const where = useWhere();
  const [open, setOpen] = useState<'runs' | 'help' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const toggleHelp = useCallback(() => setOpen((o) => (o === 'help' ? null : 'help')), []);
  useRunKeys(run, toggleHelp);

  const about = useMemo(() => (run ? { slug: run.page.slug, params: run.params, seed: run.seed, preset: run.preset, backend: where.backend, adapter: where.adapter } : null), [run, where]);
  if (!run || !about) return null;

  const current = (): RunRecord => recordOf(run, run.recording, where, run.status.state === 'error' ? 'error' : run.status.state === 'done' ? 'done' : 'stopped');
  const stem = () => fileStem(run.page.slug, Date.now());
  const saveRunFile = () => {
    const r = current();
    downloadText(`${fileStem(r.slug, r.createdAt)}.run.json`, runToFile(r));
  };
  const importFile = async (file: File) => {
    setProblem(null);
    try {
      const r = runFromFile(await file.text(), run.page.slug);
      await history.save(r);
      run.showStored(r);
    } catch (e) {
      setProblem(`${file.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const hasRows = run.recording.rows.length > 0;
  const { weights, weightsLoaded } = run.recording.artifacts;
  const trained = isNamedWeights(weights) ? weights : undefined;
  const loadedReport = typeof weightsLoaded === 'string' ? weightsLoaded : undefined;
  const saveWeights = () => {
    if (!trained) return;
    const started = run.startedWith ?? run;
    const bytes = encodeWeightsFile({ slug: run.page.slug, params: { ...started.params }, seed: started.seed, preset: started.preset, createdAt: Date.now() }, trained);
    downloadText(`${stem()}.weights`, bytes, 'application/octet-stream');
  };
  const loadWeights = async (file: File) => {
    setProblem(null);
    try {
      const { weights } = decodeWeightsFile(new Uint8Array(await file.arrayBuffer()), run.page.slug);
      run.setStartWeights({ fileName: file.name, weights });
    } catch (e) {
      setProblem(`${file.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <>
      <div className="run-tools" data-testid="run-tools">
        <button type="button" data-testid="runs-toggle" aria-expanded={open === 'runs'} onClick={() => setOpen((o) => (o === 'runs' ? null : 'runs'))}>
          Runs ({history.runs.length})
        </button>
        <details className="export-menu">
          <summary data-testid="export">Export</summary>
          <div className="menu">
            <button type="button" data-testid="export-csv" disabled={!hasRows} onClick={() => downloadText(`${stem()}.csv`, metricsCsv(run.recording.rows), 'text/csv')}>Metrics as CSV</button>
            <button type="button" data-testid="export-json" disabled={!hasRows} onClick={() => downloadText(`${stem()}.metrics.json`, metricsJson(run.recording.rows, about))}>Metrics as JSON</button>
            <button type="button" data-testid="export-run" disabled={!hasRows} onClick={saveRunFile}>Whole run (file to import elsewhere)</button>
            <button type="button" data-testid="export-weights" disabled={!trained} onClick={saveWeights} title={trained ? undefined : 'This panel has not handed out trained weights for this run.'}>
              Trained weights (to load back and continue)
            </button>
            <span className="hint">Each chart saves itself as PNG or SVG below it.</span>
          </div>
        </details>
        <FileButton label="Import run…" accept=".json,application/json" testId="import-run" onFile={(f) => void importFile(f)} />
        <FileButton label="Load weights…" accept=".weights,application/octet-stream" testId="load-weights" onFile={(f) => void loadWeights(f)} />
        <ResultLinkButton run={run} where={where} onFallback={saveRunFile} />
        {run.compare && run.origin.kind !== 'recorded' ? (
          <label className="recorded-toggle" title={run.compare.kind === 'previous' ? 'The run your last change replaced, faded behind the new one' : "The panel's recorded run, faded behind your own curves"}>
            <input type="checkbox" data-testid="show-recorded" checked={run.showRecorded} onChange={(e) => run.setShowRecorded(e.target.checked)} /> {run.compare.kind} run
          </label>
        ) : null}
        {extra}
        <button type="button" className="link-button" data-testid="keys-help" onClick={toggleHelp} aria-label="Keyboard shortcuts">?</button>
      </div>
      {problem ? <p role="alert" className="error" data-testid="import-problem">{problem}</p> : null}
      {history.error && open !== 'runs' ? <p role="alert" className="error" data-testid="storage-problem">{history.error}</p> : null}
      {run.startWeights ? (
        <div className="origin-banner" role="note" data-testid="weights-banner">
          <p>
            Runs start from the weights in <strong>{run.startWeights.fileName}</strong> ({Object.keys(run.startWeights.weights).length} tensors) where names and shapes match.
            {loadedReport ? ` ${loadedReport}` : ''}{' '}
            <button type="button" className="link-button" onClick={() => run.setStartWeights(null)}>Forget them</button>
          </p>
        </div>
      ) : null}
      <OriginBanner run={run} onVerify={() => void run.start()} />
      {open === 'runs' ? (
        <RunsDrawer history={history} onClose={() => setOpen(null)} onOpen={(r) => run.showStored(r)} />
      ) : null}
      {open === 'help' ? (
        <div className="keys-help" role="dialog" aria-label="Keyboard shortcuts" data-testid="keys-overlay">
          <h2>Keyboard</h2>
          <table className="kv">
            <tbody>
              {RUN_KEYS.map((k) => (
                <tr key={k.key}><th><kbd>{k.key}</kbd></th><td>{k.does}</td></tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => setOpen(null)}>Close</button>
        </div>
      ) : null}
    </>
  );
}
