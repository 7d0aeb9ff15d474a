/**
 * Part 3 of the panel: paste or load a CSV of (N, D or C, loss) and fit the
 * paper's parametric law to it, in a worker; the fitted law, residuals and frontier.
 */
import { useMemo, useState } from 'react';
import { Rng } from '../../core/rng';
import { Plot } from '../../ui/Plot';
import { useWorkerTask } from '../../ui/useWorkerTask';
import { parseLossCsv } from './csv';
import { computeOptimal, frontierExponents, type ParametricFit } from './fit';
import type { FitWorkerApi } from './fitWorker';
import { formatCount } from './format';
import { CHINCHILLA_TEX } from './laws';
import { csvFrontierFigure } from './plots/csvFrontier';
import { csvResidualsFigure } from './plots/csvResiduals';
import { syntheticPoints, toCsv } from './syntheticPoints';

const MAX_FILE_BYTES = 5_000_000;
const makeFitWorker = () => new Worker(new URL('./fitWorker.ts', import.meta.url), { type: 'module', name: 'chinchilla-fit' });

export function CsvFit() {
  const [text, setText] = useState('');
  const [grid, setGrid] = useState<'paper' | 'coarse'>('paper');
  const [fit, setFit] = useState<ParametricFit | null>(null);
  const { run, busy, error, setError } = useWorkerTask<FitWorkerApi>(makeFitWorker);
  const parsed = useMemo(() => (text.trim() ? parseLossCsv(text) : null), [text]);

  const runFit = async () => {
    if (!parsed || parsed.points.length < 5) return;
    await run(async (api) => setFit(await api.fit(parsed.points, grid)));
  };

  const onFile = (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setError(`${file.name} is ${(file.size / 1e6).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1e6} MB.`);
      return;
    }
    file.text().then(setText, () => setError(`Could not read ${file.name}.`));
  };

  const plots = useMemo(() => (fit && parsed ? { residuals: csvResidualsFigure(parsed.points, fit), frontier: csvFrontierFigure(parsed.points, fit) } : null), [fit, parsed]);

  const exps = fit ? frontierExponents(fit) : null;
  return (
    <div className="csv-fit">
      <p>
        Columns <code>N</code> (parameters), <code>D</code> (tokens) or <code>C</code> (FLOPs), and <code>loss</code>; comma,
        semicolon or tab separated; a header row is optional. The fit is the paper's: summed Huber (δ = 10⁻³) on
        log-loss, L-BFGS from each point of the 4,500-start grid.
      </p>
      <div className="run-buttons">
        <input type="file" accept=".csv,.tsv,.txt,text/csv" aria-label="Load a CSV file" onChange={(e) => onFile(e.target.files?.[0])} />
        <button type="button" onClick={() => setText(toCsv(syntheticPoints(CHINCHILLA_TEX, new Rng(1), 0.01)))}>
          Example: the TeX law + 1% noise
        </button>
      </div>
      <textarea data-testid="csv-input" rows={6} style={{ width: '100%', fontFamily: 'ui-monospace, monospace' }} value={text} onChange={(e) => setText(e.target.value)} placeholder="N,D,loss&#10;1e8,2e9,3.12" />
      {parsed?.problems.length ? (
        <ul className="notices" data-testid="csv-problems">
          {parsed.problems.slice(0, 8).map((p, i) => <li key={i}>{p}</li>)}
          {parsed.problems.length > 8 ? <li>…and {parsed.problems.length - 8} more.</li> : null}
        </ul>
      ) : null}
      <div className="run-buttons">
        <select value={grid} onChange={(e) => setGrid(e.target.value === 'coarse' ? 'coarse' : 'paper')} aria-label="Initialisation grid">
          <option value="paper">paper's grid (4,500 starts)</option>
          <option value="coarse">coarse grid (32 starts, fast)</option>
        </select>
        <button type="button" className="primary" data-testid="csv-fit" disabled={busy || !parsed || parsed.points.length < 5} onClick={() => void runFit()}>
          {busy ? 'Fitting…' : `Fit ${parsed?.points.length ?? 0} points`}
        </button>
      </div>
      {error ? <p role="alert" className="error">{error}</p> : null}
      {fit && exps ? (
        <>
          <table className="kv" data-testid="csv-fit-result">
            <tbody>
              <tr><th>L(N, D)</th><td>{fit.E.toFixed(4)} + {fit.A.toPrecision(4)} / N^{fit.alpha.toFixed(4)} + {fit.B.toPrecision(4)} / D^{fit.beta.toFixed(4)}</td></tr>
              <tr><th>a = β/(α+β), b = α/(α+β)</th><td>{exps.a.toFixed(3)}, {exps.b.toFixed(3)}</td></tr>
              <tr><th>N_opt at 5.76e23 FLOPs</th><td>{formatCount(computeOptimal(5.76e23, fit).N)}</td></tr>
              <tr><th>Huber objective (sum)</th><td>{fit.objective.toExponential(4)} ({fit.converged} of {fit.starts} starts converged)</td></tr>
            </tbody>
          </table>
          {plots ? (
            <div className="plots-2">
              <Plot name="chinchilla-csv-residuals" {...plots.residuals} />
              <Plot name="chinchilla-csv-frontier" {...plots.frontier} />
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
