/** The RETRO panel: RETRO and a baseline trained side by side first, then what the retriever finds, the mechanism, and where the gain comes from. */
import { useMemo, useState } from 'react';
import type { PaperOf } from '../../core/paper';
import { lastWith, metric } from '../../core/runner/RunRecorder';
import { MetricCards } from '../../ui/MetricCards';
import { PanelPage } from '../../ui/PanelPage';
import { Plot } from '../../ui/Plot';
import { useComparedFigure } from '../../ui/useComparedFigure';
import { useExperimentRun } from '../../ui/useExperimentRun';
import type { retroExperiment } from './experiment';
import { Explore } from './Explore';
import { bpcCurvesFigure } from './plots/bpcCurves';
import { dbSizeFigure } from './plots/dbSize';
import { kSweepFigure } from './plots/kSweep';
import { leakageFigure } from './plots/leakage';
import { retrofitFigure } from './plots/retrofit';
import { trainLossFigure } from './plots/trainLoss';
import { RetroProse, RetroLimits } from './Prose';
import { RetrievalSample } from './RetrievalSample';

export default function RetroPanel({ paper }: { paper: PaperOf<typeof retroExperiment> }) {
  const run = useExperimentRun(paper);
  const rec = run.recording;
  const { database: db, final, kSweep, retrofit, weights } = rec.artifacts;
  // Drawn faded behind the reader's curves: the run a restart replaced, or the panel's recorded run.
  const compared = run.compare?.recording ?? null;
  const [k, setK] = useState(run.params.evalK);
  const kShown = kSweep?.find((p) => p.k === k) ?? null;
  // The latest joint training row: throughput and search speed.
  const speedRow = lastWith(rec.rows, 'retrievalMsPerQuery');
  const speed = (key: 'retrievalMsPerQuery' | 'tokensPerSec' | 'retroTokensPerSec'): number | undefined => (speedRow ? metric(speedRow, key) : undefined);

  const curves = useComparedFigure(bpcCurvesFigure, rec, compared);
  const train = useComparedFigure(trainLossFigure, rec, compared);
  const sizePlot = useComparedFigure(dbSizeFigure, rec.artifacts, compared?.artifacts ?? null);
  const kPlot = useMemo(() => kSweepFigure(rec.artifacts, k), [rec.artifacts, k]);
  const leakPlot = useMemo(() => leakageFigure(rec.artifacts), [rec.artifacts]);
  const fitPlot = useComparedFigure(retrofitFigure, rec, compared);

  const started = run.startedWith ? { params: run.startedWith.params, seed: run.startedWith.seed } : null;

  const figure = (
    <div className="plots-2">
      <Plot name="retro-bpc" height={360} {...curves} steps />
      <Plot name="retro-train" height={360} {...train} steps />
    </div>
  );

  return (
    <PanelPage paper={paper} run={run} figure={figure}
      metrics={[
        { label: 'baseline', value: final?.bpcBase, unit: 'bpc' },
        { label: 'RETRO [On]', value: final?.bpcOn, unit: 'bpc' },
        { label: 'RETRO [Off]', value: final?.bpcOff, unit: 'bpc' },
      ]}
      closing={<RetroLimits />}
    >
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
            { label: 'search per query', value: speed('retrievalMsPerQuery') ?? db?.msPerQuery, unit: 'ms' },
          ]}
        />
        <h3>Training speed</h3>
        <MetricCards
          metrics={[
            { label: 'tokens/s baseline', value: speed('tokensPerSec') },
            { label: 'tokens/s RETRO', value: speed('retroTokensPerSec') },
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
          <Plot name="retro-db-size" height={300} {...sizePlot} />
          <Plot name="retro-k" height={300} {...kPlot} />
        </div>
      </section>

      <section id="leakage">
        <h2>4. How much of the gain is leakage?</h2>
        <Plot name="retro-leakage" height={320} {...leakPlot} />
      </section>

      <section id="retrofit">
        <h2>5. RETRO-fitting a trained baseline</h2>
        <Plot name="retro-retrofit" height={300} {...fitPlot} />
        {retrofit ? (
          <p data-testid="retro-retrofit-summary">
            Training {retrofit.trainedParams.toLocaleString('en')} of {retrofit.totalParams.toLocaleString('en')} parameters
            ({((100 * retrofit.trainedParams) / retrofit.totalParams).toFixed(0)}%) for {retrofit.steps} steps: RETRO-fit reaches{' '}
            <strong>{retrofit.bpcOn.toFixed(3)}</strong> bpc against <strong>{retrofit.bpcScratch.toFixed(3)}</strong> for RETRO trained from scratch and{' '}
            {retrofit.bpcBase.toFixed(3)} for the baseline it was built on (its [Off] is that baseline exactly: {retrofit.bpcOff.toFixed(3)}).
          </p>
        ) : null}
      </section>
    </PanelPage>
  );
}
