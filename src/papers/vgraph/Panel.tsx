/**
 * The vGraph panel: the graph first (laid out at once, coloured by the ground
 * truth before any run, by vGraph's communities once trained), the scores
 * beside it, a few key controls; then the question and the mechanism, the
 * embeddings and the training curves, with the compared run (the one a
 * restart replaced, or the recorded run) faded behind the reader's own.
 */
import { useCallback, useMemo, useState } from 'react';
import type { PaperDef } from '../../core/paper';
import { MetricCards } from '../../ui/MetricCards';
import { PanelClosing } from '../../ui/PanelClosing';
import { PanelHero } from '../../ui/PanelHero';
import { PanelOpening } from '../../ui/PanelOpening';
import { Plot } from '../../ui/Plot';
import { RunBar, runBarProps } from '../../ui/RunBar';
import { RunSettings } from '../../ui/RunSettings';
import { useExperimentRun } from '../../ui/useExperimentRun';
import type { UploadedGraph } from './data';
import { EdgeListUpload } from './EdgeListUpload';
import type { VGraphRunParams } from './experiment';
import { GraphFigure } from './GraphFigure';
import type { VGraphParams, vgraphSchema } from './params';
import { EMBEDDING_LAYOUT, embeddingTraces, LOSS_LAYOUT, lossTraces, SCORE_LAYOUT, scoreTraces } from './plots/trainingPlots';
import { emptyNote } from '../../ui/emptyNote';
import { useWorkerResult } from '../../ui/useWorkerResult';
import type { GraphPreview } from './graphPreview';
import { graphKey } from './graphKey';
import type { GraphPreviewInput } from './previewWorker';
import { readVGraph, shownGraph } from './vgraphRecording';
import { VGraphLimits, VGraphProse } from './VGraphProse';
import './vgraphPanel.css';

const makePreviewWorker = () => new Worker(new URL('./previewWorker.ts', import.meta.url), { type: 'module', name: 'vgraph-preview' });

export default function VGraphPanel({ paper }: { paper: PaperDef<typeof vgraphSchema> }) {
  const [upload, setUpload] = useState<UploadedGraph | null>(null);
  // The uploaded graph rides beside the link's params into every run (restarts and re-runs too); the experiment reads it as VGraphRunParams.
  const prepare = useCallback((p: VGraphParams): VGraphParams => {
    if (!upload || p.graph !== 'upload') return p;
    const withUpload: VGraphRunParams = { ...p, upload };
    return withUpload;
  }, [upload]);
  const run = useExperimentRun(paper, { prepare });
  const rec = useMemo(() => readVGraph(run.recording), [run.recording]);
  // The compared run (the one a restart replaced, or the recorded run), faded behind the reader's.
  const compared = run.compare?.run;
  const recorded = useMemo(() => (compared ? readVGraph(compared) : null), [compared]);
  // The graph for the current params, laid out in a worker: the figure's data before any run.
  const previewInput = useMemo<GraphPreviewInput>(() => ({ params: run.params, seed: run.seed, upload }), [run.params, run.seed, upload]);
  const laidOut = useWorkerResult<GraphPreviewInput, GraphPreview>(makePreviewWorker, previewInput, graphKey(run.params, run.seed, upload));
  const preview: GraphPreview | null = laidOut.error ? { graph: null, why: laidOut.error } : laidOut.value;
  const shown = shownGraph(rec, run, upload, preview);
  const last = (key: string) => rec.rows.findLast((r) => r.values[key] !== undefined)?.values[key];

  const empty = rec.rows.length === 0;
  const scores = useMemo(() => scoreTraces(rec.rows, rec.louvain), [rec.rows, rec.louvain]);
  const scoresGhost = useMemo(() => (recorded ? scoreTraces(recorded.rows, recorded.louvain) : null), [recorded]);
  const scoreLayout = useMemo(() => ({ ...SCORE_LAYOUT, ...emptyNote(empty, 'Press Run: scored at each evaluation') }), [empty]);
  const loss = useMemo(() => lossTraces(rec.rows), [rec.rows]);
  const lossGhost = useMemo(() => (recorded ? lossTraces(recorded.rows) : null), [recorded]);
  const lossLayout = useMemo(() => ({ ...LOSS_LAYOUT, ...emptyNote(empty, 'Press Run: one point per epoch') }), [empty]);
  const embedding = useMemo(() => (shown.trained ? embeddingTraces(rec.assignment, rec.graph) : []), [shown.trained, rec.assignment, rec.graph]);
  const embeddingLayout = useMemo(() => ({ ...EMBEDDING_LAYOUT, ...emptyNote(embedding.length === 0, 'Press Run: the embeddings of the trained model') }), [embedding.length]);

  return (
    <main className="panel">
      <PanelOpening title="vGraph: communities and embeddings from one model" paper={paper} run={run} />
      <PanelHero
        figure={(
          <div className="vgraph-hero">
            <GraphFigure shown={shown} />
            <Plot name="vgraph-scores" height={420} data={scores} recorded={scoresGhost} layout={scoreLayout} steps />
          </div>
        )}
        controls={(
          <>
            <RunBar {...runBarProps(run)} />
            <div className="vgraph-settings">
              <RunSettings paper={paper} run={run} />
            </div>
            {run.params.graph === 'upload' ? (
              <>
                <EdgeListUpload loaded={upload} onLoad={(g) => { setUpload(g); run.setParam('graph', 'upload'); }} />
                {!upload ? <p className="warn">This setting needs an edge list: load one above before running.</p> : null}
              </>
            ) : null}
            <MetricCards
              metrics={[
                { label: 'NMI', value: last('nmi') },
                { label: 'modularity', value: last('modularity') },
                { label: 'Louvain NMI', value: rec.louvain?.scores.nmi },
                { label: 'ELBO', value: last('elbo'), unit: 'nats' },
              ]}
            />
          </>
        )}
      />
      <VGraphProse />

      <section id="embeddings">
        <h2>1. Embeddings</h2>
        <p className="hint">The trained node embeddings φ projected on their first two principal components, coloured by vGraph's community.</p>
        <Plot name="vgraph-embedding" height={420} data={embedding} layout={embeddingLayout} />
      </section>

      <section id="training">
        <h2>2. Training</h2>
        <div className="plots-2">
          <Plot name="vgraph-elbo" height={320} data={loss} recorded={lossGhost} layout={lossLayout} steps />
          <MetricCards
            metrics={[
              { label: 'F1 (overlap)', value: last('f1') },
              { label: 'Louvain F1', value: rec.louvain?.scores.f1 },
              { label: 'edges/s', value: last('edgesPerSec') },
            ]}
          />
        </div>
      </section>

      <PanelClosing paper={paper}>
        <VGraphLimits />
      </PanelClosing>
    </main>
  );
}
