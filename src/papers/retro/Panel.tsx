/** The RETRO panel: RETRO and a baseline trained side by side first, then what the retriever finds, the mechanism, and where the gain comes from. */
import { useMemo, useState } from 'react';
import type { PaperDef } from '../../core/paper';
import { PanelHero } from '../../ui/PanelHero';
import { PanelOpening } from '../../ui/PanelOpening';
import { RunSettings } from '../../ui/RunSettings';
import { MetricCards } from '../../ui/MetricCards';
import { Plot } from '../../ui/Plot';
import { Reproduce } from '../../ui/Reproduce';
import { RunBar, runBarProps } from '../../ui/RunBar';
import { useExperimentRun } from '../../ui/useExperimentRun';
import { retroArtifacts } from './artifacts';
import { Explore } from './Explore';
import type { retroSchema } from './params';
import { dbSizeTraces, kTraces, leakageTraces, retrofitTraces } from './plots/evaluation';
import { bpcCurveTraces, trainLossTraces } from './plots/training';
import { RetroProse, RetroLimits } from './Prose';
import { RetrievalSample } from './RetrievalSample';

export default function RetroPanel({ paper }: { paper: PaperDef<typeof retroSchema> }) {
  const run = useExperimentRun(paper);
  const { rows } = run.recording;
  const { database: db, final, dbSweep: sizes, kSweep: ks, leakage, retrofit, weights } = useMemo(() => retroArtifacts(run.recording.artifacts), [run.recording.artifacts]);
  const compared = run.compare?.run;
  const recorded = useMemo(() => (compared ? { rows: compared.rows, ...retroArtifacts(compared.artifacts) } : null), [compared]);
  const [k, setK] = useState(run.params.evalK);
  const kShown = ks.find((p) => p.k === k) ?? null;
  const lastRow = rows.findLast((r) => r.values.retrievalMsPerQuery !== undefined)?.values;

  const curves = useMemo(() => bpcCurveTraces(rows), [rows]);
  const curvesRecorded = useMemo(() => (recorded ? bpcCurveTraces(recorded.rows) : null), [recorded]);
  const train = useMemo(() => trainLossTraces(rows), [rows]);
  const trainRecorded = useMemo(() => (recorded ? trainLossTraces(recorded.rows) : null), [recorded]);
  const sizePlot = useMemo(() => dbSizeTraces(sizes, final), [sizes, final]);
  const sizeRecorded = useMemo(() => (recorded ? dbSizeTraces(recorded.dbSweep, recorded.final) : null), [recorded]);
  const kPlot = useMemo(() => kTraces(ks, k), [ks, k]);
  const leakPlot = useMemo(() => leakageTraces(leakage), [leakage]);
  const fitPlot = useMemo(() => retrofitTraces(rows, final), [rows, final]);
  const fitRecorded = useMemo(() => (recorded ? retrofitTraces(recorded.rows, recorded.final) : null), [recorded]);

  const started = run.startedWith ? { params: run.startedWith.params, seed: run.startedWith.seed } : null;

  const figure = (
    <div className="plots-2">
      <Plot
        name="retro-bpc" height={360} data={curves} recorded={curvesRecorded} steps
        layout={{ title: { text: 'Held-out bits per character during training' }, xaxis: { title: { text: 'training step' } }, yaxis: { title: { text: 'bits per character' } } }}
      />
      <Plot
        name="retro-train" height={360} data={train} recorded={trainRecorded} steps
        layout={{ title: { text: 'Training loss on the same batches' }, xaxis: { title: { text: 'training step' } }, yaxis: { title: { text: 'bits per character' } } }}
      />
    </div>
  );
  const controls = (
    <>
      <RunBar {...runBarProps(run)} />
      <RunSettings paper={paper} run={run} />
      <MetricCards
        metrics={[
          { label: 'baseline', value: final?.bpcBase, unit: 'bpc' },
          { label: 'RETRO [On]', value: final?.bpcOn, unit: 'bpc' },
          { label: 'RETRO [Off]', value: final?.bpcOff, unit: 'bpc' },
        ]}
      />
    </>
  );

  return (
    <main className="panel">
      <PanelOpening title="RETRO: retrieval-enhanced transformers" paper={paper} run={run} />
      <PanelHero figure={figure} controls={controls} />

      <section id="retrieval">
        <h2>What the retriever finds, before any training</h2>
        <RetrievalSample params={run.params} seed={run.seed} />
      </section>

      <RetroProse />

      <section id="run">
        <h2>1. The run in numbers</h2>
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
        <h3>Training speed</h3>
        <MetricCards
          metrics={[
            { label: 'tokens/s baseline', value: lastRow?.tokensPerSec },
            { label: 'tokens/s RETRO', value: lastRow?.retroTokensPerSec },
          ]}
        />
      </section>

      <section id="explore">
        <h2>2. Explore: what does it retrieve?</h2>
        <p>
          Type a prompt. Each complete chunk of {started?.params.chunk ?? run.params.chunk} characters retrieves its nearest neighbours from the database
          (the longest run they share with the chunk is marked); then RETRO and the baseline continue the prompt greedily.
          Try a person's name from the corpus followed by <code>lives in</code>, or <code>the capital of</code> and a country.
        </p>
        <Explore run={started} weights={weights} k={k} />
      </section>

      <section id="sweeps">
        <h2>3. Bigger databases, more neighbours</h2>
        <p>
          <label>
            Neighbours at evaluation k = <strong data-testid="retro-k-value">{k}</strong>{' '}
            <input type="range" min={1} max={10} step={1} value={k} data-testid="retro-k" aria-label="Neighbours k" onChange={(e) => setK(Number(e.target.value))} />
          </label>{' '}
          {kShown ? <span>RETRO [On] with k = {k}: <strong>{kShown.bpcOn.toFixed(3)}</strong> bpc</span> : <span className="hint">evaluated for k = 1 … {run.params.kSweepMax} after training</span>}
        </p>
        <div className="plots-2">
          <Plot name="retro-db-size" height={300} data={sizePlot} recorded={sizeRecorded} layout={{ title: { text: 'bpc vs database size' }, xaxis: { type: 'log', title: { text: 'database size (tokens)' } }, yaxis: { title: { text: 'held-out bits per character' } } }} />
          <Plot name="retro-k" height={300} data={kPlot} layout={{ title: { text: 'bpc vs neighbours k' }, xaxis: { title: { text: 'neighbours k' }, dtick: 1 }, yaxis: { title: { text: 'held-out bits per character' } }, showlegend: false }} />
        </div>
      </section>

      <section id="leakage">
        <h2>4. How much of the gain is leakage?</h2>
        <Plot
          name="retro-leakage"
          height={320}
          data={leakPlot}
          layout={{
            title: { text: 'bpc(α): only chunks whose overlap with their neighbours is ≤ α' },
            xaxis: { title: { text: 'α (longest shared run / m)' } },
            yaxis: { title: { text: 'held-out bits per character' } },
            yaxis2: { overlaying: 'y', side: 'right', range: [0, 1], title: { text: 'share of chunks' } },
          }}
        />
      </section>

      <section id="retrofit">
        <h2>5. RETRO-fitting a trained baseline</h2>
        <Plot name="retro-retrofit" height={300} data={fitPlot} recorded={fitRecorded} layout={{ title: { text: 'Frozen baseline + trained encoder and CCA' }, xaxis: { title: { text: 'RETRO-fit step' } }, yaxis: { title: { text: 'bits per character' } } }} />
        {retrofit ? (
          <p data-testid="retro-retrofit-summary">
            Training {retrofit.trainedParams.toLocaleString('en')} of {retrofit.totalParams.toLocaleString('en')} parameters
            ({((100 * retrofit.trainedParams) / retrofit.totalParams).toFixed(0)}%) for {retrofit.steps} steps: RETRO-fit reaches{' '}
            <strong>{retrofit.bpcOn.toFixed(3)}</strong> bpc against <strong>{retrofit.bpcScratch.toFixed(3)}</strong> for RETRO trained from scratch and{' '}
            {retrofit.bpcBase.toFixed(3)} for the baseline it was built on (its [Off] is that baseline exactly: {retrofit.bpcOff.toFixed(3)}).
          </p>
        ) : null}
      </section>

      <section id="reproduce">
        <h2>Reproduce</h2>
        <Reproduce slug={paper.slug} claims={paper.claims} />
      </section>
      <RetroLimits />
    </main>
  );
}
