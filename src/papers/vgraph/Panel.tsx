/** The vGraph panel: a graph, vGraph trained live on it, its communities and embeddings, and Louvain beside it. */
import { useMemo, useState } from 'react';
import type { Data } from 'plotly.js-dist-min';
import type { PaperDef } from '../../core/paper';
import { PanelOpening } from '../../ui/PanelOpening';
import { RunSettings } from '../../ui/RunSettings';
import { MetricCards } from '../../ui/MetricCards';
import { Plot } from '../../ui/Plot';
import { PanelClosing } from '../../ui/PanelClosing';
import { RunBar, runBarProps } from '../../ui/RunBar';
import { useExperimentRun } from '../../ui/useExperimentRun';
import type { UploadedGraph } from './data';
import { EdgeListUpload } from './EdgeListUpload';
import type { AssignmentArtifact, BaselineArtifact, GraphArtifact, VGraphRunParams } from './experiment';
import { GraphView, type NodeColouring } from './GraphView';
import { communityColour } from './palette';
import type { vgraphSchema } from './params';
import { VGraphProse, VGraphLimits } from './VGraphProse';

type ColourBy = 'vgraph' | 'truth' | 'louvain';

function colouring(by: ColourBy, graph: GraphArtifact | null, a: AssignmentArtifact | null, lv: BaselineArtifact | null): NodeColouring | null {
  if (by === 'truth') return graph?.truth ? { community: graph.truth.map((t) => t[0]), slices: graph.truth.map(toSlices) } : null;
  if (by === 'louvain') return lv ? { community: lv.community } : null;
  return a ? { community: a.community, slices: graph?.overlapping ? a.counts : undefined } : null;
}

/** Equal pie slices for a node's ground-truth communities. */
function toSlices(communities: readonly number[]): number[] {
  const out = new Array<number>(Math.max(...communities, 0) + 1).fill(0);
  for (const c of communities) out[c] = 1;
  return out;
}

export default function VGraphPanel({ paper }: { paper: PaperDef<typeof vgraphSchema> }) {
  const run = useExperimentRun(paper);
  const [upload, setUpload] = useState<UploadedGraph | null>(null);
  const [colourBy, setColourBy] = useState<ColourBy>('vgraph');
  const { artifacts, rows } = run.recording;
  const graph = (artifacts.graph as GraphArtifact | undefined) ?? null;
  const assignment = (artifacts.assignment as AssignmentArtifact | undefined) ?? null;
  const louvain = (artifacts.louvain as BaselineArtifact | undefined) ?? null;
  const last = (key: string) => rows.findLast((r) => r.values[key] !== undefined)?.values[key];

  const start = () => {
    // The uploaded graph rides beside the link's params; the experiment reads it as VGraphRunParams.
    const withUpload: VGraphRunParams = { ...run.params, upload: upload ?? undefined };
    return run.start(upload && run.params.graph === 'upload' ? { params: withUpload } : {});
  };

  const lossCurves = useMemo<Data[]>(() => {
    const train = rows.filter((r) => r.values.elbo !== undefined);
    const x = train.map((r) => r.step);
    return [
      { type: 'scatter', mode: 'lines', name: 'ELBO', x, y: train.map((r) => r.values.elbo) },
      { type: 'scatter', mode: 'lines', name: '−E_q log p(c|z)', x, y: train.map((r) => r.values.recon), visible: 'legendonly' },
      { type: 'scatter', mode: 'lines', name: 'KL(q ‖ p(z|w))', x, y: train.map((r) => r.values.kl), yaxis: 'y2' },
      { type: 'scatter', mode: 'lines', name: 'λ · smoothness', x, y: train.map((r) => r.values.reg), yaxis: 'y2' },
    ];
  }, [rows]);

  const scoreCurves = useMemo<Data[]>(() => {
    const ev = rows.filter((r) => r.values.modularity !== undefined);
    const x = ev.map((r) => r.step);
    const keys: [string, string][] = [['nmi', 'NMI'], ['modularity', 'modularity'], ['f1', 'F1'], ['jaccard', 'Jaccard'], ['crossing', 'edges across']];
    const traces: Data[] = keys
      .filter(([k]) => ev.some((r) => r.values[k] !== undefined))
      .map(([k, name], i) => ({ type: 'scatter', mode: 'lines+markers', name, x, y: ev.map((r) => r.values[k]), line: { color: communityColour(i) } }));
    if (louvain && x.length) {
      const ls = louvain.scores as unknown as Record<string, number | undefined>;
      keys.forEach(([k, name], i) => {
        const v = ls[k];
        if (v !== undefined && k !== 'crossing' && k !== 'jaccard') {
          traces.push({ type: 'scatter', mode: 'lines', name: `Louvain ${name}`, x: [x[0], x[x.length - 1]], y: [v, v], line: { dash: 'dot', color: communityColour(i) } });
        }
      });
    }
    return traces;
  }, [rows, louvain]);

  const embedding = useMemo<Data[]>(() => {
    if (!assignment) return [];
    const byC = new Map<number, number[]>();
    assignment.community.forEach((c, i) => {
      if (!byC.has(c)) byC.set(c, []);
      byC.get(c)!.push(i);
    });
    return [...byC.entries()].sort((a, b) => a[0] - b[0]).map(([c, nodes]) => ({
      type: 'scatter', mode: 'markers', name: `community ${c}`,
      x: nodes.map((i) => assignment.embedding.x[i]), y: nodes.map((i) => assignment.embedding.y[i]),
      text: nodes.map((i) => `node ${graph?.names?.[i] ?? i}`), marker: { color: communityColour(c), size: 7 },
    }));
  }, [assignment, graph]);

  const label = colourBy === 'truth' ? 'coloured by the ground truth' : colourBy === 'louvain' ? `coloured by Louvain (${louvain?.count ?? '–'} communities)` : assignment ? `coloured by vGraph after epoch ${assignment.epoch}` : 'vGraph communities appear after the first evaluation';

  return (
    <main className="panel">
      <PanelOpening title="vGraph: communities and embeddings from one model" paper={paper} run={run} />
      <VGraphProse />

      <section>
        <h2>1. Train vGraph on a graph</h2>
        <RunSettings paper={paper} run={run} />
        <EdgeListUpload loaded={upload} onLoad={(g) => { setUpload(g); run.setParam('graph', 'upload'); }} />
        {run.params.graph === 'upload' && !upload ? <p className="warn">This setting needs an edge list: load one above before running.</p> : null}
        <RunBar {...runBarProps(run)} onRun={() => void start()} />
        <MetricCards
          metrics={[
            { label: 'ELBO', value: last('elbo'), unit: 'nats' },
            { label: 'NMI', value: last('nmi') },
            { label: 'modularity', value: last('modularity') },
            { label: 'F1 (overlap)', value: last('f1') },
            { label: 'Louvain NMI', value: louvain?.scores.nmi },
            { label: 'Louvain F1', value: louvain?.scores.f1 },
            { label: 'edges/s', value: last('edgesPerSec') },
          ]}
        />
      </section>

      <section>
        <h2>2. Communities</h2>
        <label>
          Colour by{' '}
          <select data-testid="vgraph-colour-by" value={colourBy} onChange={(e) => setColourBy(e.target.value as ColourBy)}>
            <option value="vgraph">vGraph</option>
            <option value="truth" disabled={!graph?.truth}>ground truth</option>
            <option value="louvain">Louvain</option>
          </select>
        </label>
        <div className="plots-2">
          <GraphView graph={graph} colouring={colouring(colourBy, graph, assignment, louvain)} label={label} />
          <Plot name="vgraph-embedding" height={420} data={embedding} layout={{ title: { text: 'Node embeddings φ (first two principal components)' }, xaxis: { title: { text: 'PC 1' } }, yaxis: { title: { text: 'PC 2' } } }} />
        </div>
      </section>

      <section>
        <h2>3. Training</h2>
        <div className="plots-2">
          <Plot name="vgraph-elbo" height={300} data={lossCurves} layout={{ title: { text: 'ELBO and loss terms per epoch' }, xaxis: { title: { text: 'epoch' } }, yaxis: { title: { text: 'nats per edge' } }, yaxis2: { overlaying: 'y', side: 'right', title: { text: 'KL, smoothness' } } }} />
          <Plot name="vgraph-scores" height={300} data={scoreCurves} layout={{ title: { text: 'Scores against the ground truth (dotted: Louvain)' }, xaxis: { title: { text: 'epoch' } }, yaxis: { range: [0, 1.02] } }} />
        </div>
      </section>

      <PanelClosing paper={paper}>
        <VGraphLimits />
      </PanelClosing>
    </main>
  );
}
