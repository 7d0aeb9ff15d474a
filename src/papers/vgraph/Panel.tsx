/**
 * The vGraph panel: the graph first (laid out at once, coloured by the ground
 * truth before any run, by vGraph's communities once trained), the scores
 * beside it, a few key controls; then the question and the mechanism, the
 * embeddings and the training curves, with the compared run (the one a
 * restart replaced, or the recorded run) faded behind the reader's own.
 */
import { useMemo, useState } from 'react';
import type { PaperOf } from '../../core/paper';
import { latestValue } from '../../core/runner/RunRecorder';
import { MetricCards } from '../../ui/MetricCards';
import { PanelPage } from '../../ui/PanelPage';
import { Plot } from '../../ui/Plot';
import { useComparedFigure } from '../../ui/useComparedFigure';
import { useExperimentRun } from '../../ui/useExperimentRun';
import { useUploadPrepare } from '../../ui/useUploadPrepare';
import type { UploadedGraph } from './data';
import { EdgeListUpload } from './EdgeListUpload';
import type { vgraphExperiment, VGraphMetric, VGraphRunParams } from './experiment';
import { GraphFigure } from './GraphFigure';
import type { VGraphParams } from './params';
import { embeddingFigure } from './plots/embedding';
import { lossFigure } from './plots/loss';
import { scoresFigure } from './plots/scores';
import { useWorkerResult } from '../../ui/useWorkerResult';
import type { GraphPreview } from './graphPreview';
import { graphKey } from './graphKey';
import type { GraphPreviewInput } from './previewWorker';
import { shownGraph } from './shownGraph';
import { VGraphLimits, VGraphProse } from './VGraphProse';
import './vgraphPanel.css';

const readsUpload = (p: VGraphParams) => p.graph === 'upload';
const makePreviewWorker = () => new Worker(new URL('./previewWorker.ts', import.meta.url), { type: 'module', name: 'vgraph-preview' });

export default function VGraphPanel({ paper }: { paper: PaperOf<typeof vgraphExperiment> }) {
  const [upload, setUpload] = useState<UploadedGraph | null>(null);
  const prepare: (p: VGraphParams) => VGraphRunParams = useUploadPrepare(upload, readsUpload);
  const run = useExperimentRun(paper, { prepare });
  const rec = run.recording;
  // The compared run (the one a restart replaced, or the recorded run), faded behind the reader's.
  const recorded = run.compare?.recording ?? null;
  // The graph for the current params, laid out in a worker: the figure's data before any run.
  const previewInput = useMemo<GraphPreviewInput>(() => ({ params: run.params, seed: run.seed, upload }), [run.params, run.seed, upload]);
  const laidOut = useWorkerResult<GraphPreviewInput, GraphPreview>(makePreviewWorker, previewInput, graphKey(run.params, run.seed, upload));
  const preview: GraphPreview | null = laidOut.error ? { graph: null, why: laidOut.error } : laidOut.value;
  const shown = shownGraph(rec, run, upload, preview);
  const last = (key: VGraphMetric): number | undefined => latestValue(rec.rows, key);

  const scores = useComparedFigure(scoresFigure, rec, recorded);
  const loss = useComparedFigure(lossFigure, rec, recorded);
  // Only the embeddings of the graph shown: none while the figure shows another graph's preview.
  const embedding = useMemo(() => embeddingFigure({ assignment: shown.assignment, graph: shown.graph }), [shown.assignment, shown.graph]);

  return (
    <PanelPage paper={paper} run={run}
      figure={(
        <div className="vgraph-hero">
          <GraphFigure shown={shown} />
          <Plot name="vgraph-scores" height={420} {...scores} steps />
        </div>
      )}
      beforeMetrics={run.params.graph === 'upload' ? (
        <>
          <EdgeListUpload loaded={upload} onLoad={(g) => { setUpload(g); run.setParam('graph', 'upload'); }} />
          {!upload ? <p className="warn">This setting needs an edge list: load one above before running.</p> : null}
        </>
      ) : null}
      metrics={[
        { label: 'NMI', value: last('nmi') },
        { label: 'modularity', value: last('modularity') },
        { label: 'Louvain NMI', value: rec.artifacts.louvain?.scores.nmi },
        { label: 'ELBO', value: last('elbo'), unit: 'nats' },
      ]}
      closing={<VGraphLimits />}
    >
      <VGraphProse />

      <section id="embeddings">
        <h2>1. Embeddings</h2>
        <p className="hint">The trained node embeddings φ projected on their first two principal components, coloured by vGraph's community.</p>
        <Plot name="vgraph-embedding" height={420} {...embedding} />
      </section>

      <section id="training">
        <h2>2. Training</h2>
        <div className="plots-2">
          <Plot name="vgraph-elbo" height={320} {...loss} steps />
          <MetricCards
            metrics={[
              { label: 'F1 (overlap)', value: last('f1') },
              { label: 'Louvain F1', value: rec.artifacts.louvain?.scores.f1 },
              { label: 'edges/s', value: last('edgesPerSec') },
            ]}
          />
        </div>
      </section>
    </PanelPage>
  );
}
