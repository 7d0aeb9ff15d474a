/** The RETRO panel: a database built live, RETRO and a baseline trained side by side, and where the gain comes from. */
import { useMemo, useState } from 'react';
import type { Data } from 'plotly.js-dist-min';
import type { PaperDef } from '../../core/paper';
import type { NamedWeights } from '../../core/weights/namedWeights';
import { PanelOpening } from '../../ui/PanelOpening';
import { RunSettings } from '../../ui/RunSettings';
import { MetricCards } from '../../ui/MetricCards';
import { Plot } from '../../ui/Plot';
import { Reproduce } from '../../ui/Reproduce';
import { RunBar, runBarProps } from '../../ui/RunBar';
import { useExperimentRun } from '../../ui/useExperimentRun';
import { Explore } from './Explore';
import type { DatabaseInfo, FinalEval, KPoint, LeakagePoint, RetrofitResult, SizePoint } from './experiment';
import type { retroSchema, RetroParams } from './params';
import { RetroProse, RetroLimits } from './Prose';

const BASE = '#555555', ON = '#1f5fbf', OFF = '#d9822b', FIT = '#2e7d32';

export default function RetroPanel({ paper }: { paper: PaperDef<typeof retroSchema> }) {
  const run = useExperimentRun(paper);
  const { artifacts, rows } = run.recording;
  const db = (artifacts.database as DatabaseInfo | undefined) ?? null;
  const final = (artifacts.final as FinalEval | undefined) ?? null;
  const sizes = useMemo(() => (artifacts.dbSweep as SizePoint[] | undefined) ?? [], [artifacts.dbSweep]);
  const ks = useMemo(() => (artifacts.kSweep as KPoint[] | undefined) ?? [], [artifacts.kSweep]);
  const leakage = useMemo(() => (artifacts.leakage as LeakagePoint[] | undefined) ?? [], [artifacts.leakage]);
  const retrofit = (artifacts.retrofit as RetrofitResult | undefined) ?? null;
  const weights = artifacts.weights as NamedWeights | undefined;
  const [k, setK] = useState(run.params.evalK);
  const kShown = ks.find((p) => p.k === k) ?? null;
  const lastRow = rows.findLast((r) => r.values.retrievalMsPerQuery !== undefined)?.values;

  const curves = useMemo<Data[]>(() => {
    const pts = rows.filter((r) => r.values.bpcOn !== undefined);
    const x = pts.map((r) => r.step);
    return [
      { type: 'scatter', mode: 'lines+markers', x, y: pts.map((r) => r.values.bpcBase), name: 'baseline', line: { color: BASE } },
      { type: 'scatter', mode: 'lines+markers', x, y: pts.map((r) => r.values.bpcOff), name: 'RETRO [Off]', line: { color: OFF, dash: 'dot' } },
      { type: 'scatter', mode: 'lines+markers', x, y: pts.map((r) => r.values.bpcOn), name: 'RETRO [On]', line: { color: ON } },
    ];
  }, [rows]);

  const train = useMemo<Data[]>(() => {
    const pts = rows.filter((r) => r.values.baseLoss !== undefined);
    const x = pts.map((r) => r.step);
    return [
      { type: 'scatter', mode: 'lines', x, y: pts.map((r) => r.values.baseLoss / Math.LN2), name: 'baseline', line: { color: BASE } },
      { type: 'scatter', mode: 'lines', x, y: pts.map((r) => r.values.retroLoss / Math.LN2), name: 'RETRO', line: { color: ON } },
    ];
  }, [rows]);

  const sizePlot = useMemo<Data[]>(() => {
    const out: Data[] = [{ type: 'scatter', mode: 'lines+markers', x: sizes.map((s) => s.tokens), y: sizes.map((s) => s.bpcOn), name: 'RETRO [On]', line: { color: ON } }];
    if (final && sizes.length) out.push({ type: 'scatter', mode: 'lines', x: [sizes[0].tokens, sizes[sizes.length - 1].tokens], y: [final.bpcBase, final.bpcBase], name: 'baseline', line: { color: BASE, dash: 'dash' } });
    return out;
  }, [sizes, final]);

  const kPlot = useMemo<Data[]>(() => [
    { type: 'scatter', mode: 'lines+markers', x: ks.map((p) => p.k), y: ks.map((p) => p.bpcOn), name: 'RETRO [On]', line: { color: ON } },
    ...(kShown ? [{ type: 'scatter' as const, mode: 'markers' as const, x: [kShown.k], y: [kShown.bpcOn], name: `k = ${kShown.k}`, marker: { size: 14, color: 'rgba(0,0,0,0)', line: { color: '#b3261e', width: 2 } } }] : []),
  ], [ks, kShown]);

  const leakPlot = useMemo<Data[]>(() => [
    { type: 'scatter', mode: 'lines+markers', x: leakage.map((p) => p.alpha), y: leakage.map((p) => p.base), name: 'baseline', line: { color: BASE } },
    { type: 'scatter', mode: 'lines+markers', x: leakage.map((p) => p.alpha), y: leakage.map((p) => p.on), name: 'RETRO [On]', line: { color: ON } },
    { type: 'bar', x: leakage.map((p) => p.alpha), y: leakage.map((p) => p.share), name: 'share of chunks kept', yaxis: 'y2', marker: { color: 'rgba(120,120,120,0.25)' } },
  ], [leakage]);

  const fitPlot = useMemo<Data[]>(() => {
    const pts = rows.filter((r) => r.values.bpcRetrofit !== undefined);
    const x = pts.map((r) => r.values.rfStep);
    const out: Data[] = [{ type: 'scatter', mode: 'lines+markers', x, y: pts.map((r) => r.values.bpcRetrofit), name: 'RETRO-fit [On]', line: { color: FIT } }];
    if (final && x.length) {
      const span = [0, x[x.length - 1]];
      out.push({ type: 'scatter', mode: 'lines', x: span, y: [final.bpcBase, final.bpcBase], name: 'frozen baseline', line: { color: BASE, dash: 'dash' } });
      out.push({ type: 'scatter', mode: 'lines', x: span, y: [final.bpcOn, final.bpcOn], name: 'RETRO from scratch', line: { color: ON, dash: 'dash' } });
    }
    return out;
  }, [rows, final]);

  const started = run.startedWith ? { params: run.startedWith.params as RetroParams, seed: run.startedWith.seed } : null;

  return (
    <main className="panel">
      <PanelOpening title="RETRO: retrieval-enhanced transformers" paper={paper} run={run} />
      <RetroProse />

      <section>
        <h2>1. Train RETRO and a baseline</h2>
        <RunSettings paper={paper} run={run} />
        <RunBar {...runBarProps(run)} />
        <h3>The database</h3>
        <MetricCards
          metrics={[
            { label: 'entries (keyed chunks)', value: db?.chunks },
            { label: 'text held', value: db?.tokens, unit: 'tokens' },
            { label: 'chunk m', value: db?.m, unit: 'tokens' },
            { label: 'neighbour r', value: db?.r, unit: 'tokens' },
            { label: 'build time', value: db?.buildMs, unit: 'ms' },
            { label: 'search per query', value: lastRow?.retrievalMsPerQuery ?? db?.msPerQuery, unit: 'ms' },
          ]}
        />
        <h3>Held-out bits per character</h3>
        <MetricCards
          metrics={[
            { label: 'baseline', value: final?.bpcBase, unit: 'bpc' },
            { label: 'RETRO [Off]', value: final?.bpcOff, unit: 'bpc' },
            { label: 'RETRO [On]', value: final?.bpcOn, unit: 'bpc' },
            { label: 'tokens/s baseline', value: lastRow?.tokensPerSec },
            { label: 'tokens/s RETRO', value: lastRow?.retroTokensPerSec },
          ]}
        />
        <div className="plots-2">
          <Plot name="retro-bpc" height={300} data={curves} layout={{ title: { text: 'Held-out bpc during training' }, xaxis: { title: { text: 'step' } }, yaxis: { title: { text: 'bits per character' } } }} />
          <Plot name="retro-train" height={300} data={train} layout={{ title: { text: 'Training loss (same batches)' }, xaxis: { title: { text: 'step' } }, yaxis: { title: { text: 'bits per character' } } }} />
        </div>
      </section>

      <section>
        <h2>2. Explore: what does it retrieve?</h2>
        <p>
          Type a prompt. Each complete chunk of {started?.params.chunk ?? run.params.chunk} characters retrieves its nearest neighbours from the database
          (the longest run they share with the chunk is marked); then RETRO and the baseline continue the prompt greedily.
          Try a person's name from the corpus followed by <code>lives in</code>, or <code>the capital of</code> and a country.
        </p>
        <Explore run={started} weights={weights} k={k} />
      </section>

      <section>
        <h2>3. Bigger databases, more neighbours</h2>
        <p>
          <label>
            Neighbours at evaluation k = <strong data-testid="retro-k-value">{k}</strong>{' '}
            <input type="range" min={1} max={10} step={1} value={k} data-testid="retro-k" aria-label="Neighbours k" onChange={(e) => setK(Number(e.target.value))} />
          </label>{' '}
          {kShown ? <span>RETRO [On] with k = {k}: <strong>{kShown.bpcOn.toFixed(3)}</strong> bpc</span> : <span className="hint">evaluated for k = 1 … {run.params.kSweepMax} after training</span>}
        </p>
        <div className="plots-2">
          <Plot name="retro-db-size" height={300} data={sizePlot} layout={{ title: { text: 'bpc vs database size' }, xaxis: { type: 'log', title: { text: 'database tokens' } }, yaxis: { title: { text: 'bits per character' } } }} />
          <Plot name="retro-k" height={300} data={kPlot} layout={{ title: { text: 'bpc vs neighbours k' }, xaxis: { title: { text: 'k' }, dtick: 1 }, yaxis: { title: { text: 'bits per character' } }, showlegend: false }} />
        </div>
      </section>

      <section>
        <h2>4. How much of the gain is leakage?</h2>
        <Plot
          name="retro-leakage"
          height={320}
          data={leakPlot}
          layout={{
            title: { text: 'bpc(α): only chunks whose overlap with their neighbours is ≤ α' },
            xaxis: { title: { text: 'α (longest shared run / m)' } },
            yaxis: { title: { text: 'bits per character' } },
            yaxis2: { overlaying: 'y', side: 'right', range: [0, 1], title: { text: 'share of chunks' } },
          }}
        />
      </section>

      <section>
        <h2>5. RETRO-fitting a trained baseline</h2>
        <Plot name="retro-retrofit" height={300} data={fitPlot} layout={{ title: { text: 'Frozen baseline + trained encoder and CCA' }, xaxis: { title: { text: 'RETRO-fit step' } }, yaxis: { title: { text: 'bits per character' } } }} />
        {retrofit ? (
          <p data-testid="retro-retrofit-summary">
            Training {retrofit.trainedParams.toLocaleString('en')} of {retrofit.totalParams.toLocaleString('en')} parameters
            ({((100 * retrofit.trainedParams) / retrofit.totalParams).toFixed(0)}%) for {retrofit.steps} steps: RETRO-fit reaches{' '}
            <strong>{retrofit.bpcOn.toFixed(3)}</strong> bpc against <strong>{retrofit.bpcScratch.toFixed(3)}</strong> for RETRO trained from scratch and{' '}
            {retrofit.bpcBase.toFixed(3)} for the baseline it was built on (its [Off] is that baseline exactly: {retrofit.bpcOff.toFixed(3)}).
          </p>
        ) : null}
      </section>

      <section>
        <h2>Reproduce</h2>
        <Reproduce slug={paper.slug} claims={paper.claims} />
      </section>
      <RetroLimits />
    </main>
  );
}
