/** The InfoGraph panel: graph sets, the local-global MI objective trained live, a linear probe against baselines. */
import { useMemo, useState } from 'react';
import type { Data } from 'plotly.js-dist-min';
import type { TuDataset } from '../../core/graph/tuFormat';
import type { PaperDef } from '../../core/paper';
import { PanelOpening } from '../../ui/PanelOpening';
import { RunSettings } from '../../ui/RunSettings';
import { MetricCards } from '../../ui/MetricCards';
import { Plot } from '../../ui/Plot';
import { PanelClosing } from '../../ui/PanelClosing';
import { RunBar, runBarProps } from '../../ui/RunBar';
import { Tex } from '../../ui/Tex';
import { useExperimentRun } from '../../ui/useExperimentRun';
import type { DatasetInfo, EmbeddingMap, InfographRunParams, NodeScores, Results } from './experiment';
import type { infographSchema } from './params';
import { graphTraces, mapTraces } from './plots';
import { ResultsTable } from './ResultsTable';
import { TuUpload } from './TuUpload';

const OBJECTIVE = String.raw`\hat\phi,\hat\psi = \arg\max_{\phi,\psi} \sum_{G} \frac{1}{|V(G)|} \sum_{u \in V(G)} \hat I_{\phi,\psi}\big(h_\phi^u;\, H_\phi(G)\big)`;
const JSD = String.raw`\hat I^{\mathrm{JSD}}(h^u; H(G)) = \mathbb{E}_{\mathbb P}\big[-\operatorname{sp}(-T(h^u, H(G)))\big] - \mathbb{E}_{\mathbb P \times \tilde{\mathbb P}}\big[\operatorname{sp}(T(h^{u}, H(G')))\big]`;
const READOUT = String.raw`h^u = \big[h_u^{(1)}; \dots; h_u^{(K)}\big], \qquad H(G) = \Big[\textstyle\sum_u h_u^{(1)}; \dots; \sum_u h_u^{(K)}\Big], \qquad h_u^{(k)} = \mathrm{BN}\big(\mathrm{ReLU}(\mathrm{MLP}(h_u^{(k-1)} + \textstyle\sum_{v \in N(u)} h_v^{(k-1)}))\big)`;

export default function InfographPanel({ paper }: { paper: PaperDef<typeof infographSchema> }) {
  const run = useExperimentRun(paper);
  const [upload, setUpload] = useState<TuDataset | null>(null);
  const { artifacts, rows } = run.recording;
  const info = (artifacts.dataset as DatasetInfo | undefined) ?? null;
  const map = (artifacts.map as EmbeddingMap | undefined) ?? null;
  const scores = (artifacts.scores as NodeScores | undefined) ?? null;
  const results = (artifacts.results as Results | undefined) ?? null;
  const lastMi = rows.findLast((r) => r.values.mi !== undefined)?.values.mi;
  const lastProbe = rows.findLast((r) => r.values.probe !== undefined)?.values.probe;
  const epoch = rows.findLast((r) => r.values.epoch !== undefined)?.values.epoch;

  const start = () => {
    // The uploaded set rides beside the link's params; the experiment reads it as InfographRunParams.
    const withUpload: InfographRunParams = { ...run.params, upload: upload ?? undefined };
    return run.start(upload && run.params.dataset === 'upload' ? { params: withUpload } : {});
  };

  const curves = useMemo<Data[]>(() => {
    const mi = rows.filter((r) => r.values.mi !== undefined);
    const probe = rows.filter((r) => r.values.probe !== undefined);
    return [
      { type: 'scatter', mode: 'lines', name: 'JSD MI estimate (batch)', x: mi.map((r) => r.step), y: mi.map((r) => r.values.mi) },
      { type: 'scatter', mode: 'lines+markers', name: 'linear-probe accuracy', x: probe.map((r) => r.step), y: probe.map((r) => r.values.probe), yaxis: 'y2' },
    ];
  }, [rows]);
  const mapData = useMemo(() => mapTraces(map), [map]);
  const graphData = useMemo(() => graphTraces(scores), [scores]);

  return (
    <main className="panel">
      <PanelOpening title="InfoGraph: graph embeddings by mutual information" paper={paper} run={run} />

      <section className="prose">
        <h2>The question</h2>
        <p>
          Can a network learn a useful vector for a whole graph (a molecule, a social network) without any labels? Sun et al. train a
          graph neural network so that each graph's summary vector carries as much information as possible about every part of the
          graph, and then ask how well a plain linear classifier does on those frozen vectors.
        </p>
        <h2>The mechanism</h2>
        <p>
          A K-layer Graph Isomorphism Network sums each node's neighbours, passes the sum through an MLP, then ReLU and batch norm.
          A node's "patch" representation concatenates its vectors from all layers, so it describes subtrees of every depth around
          it; the graph representation sums each layer over the nodes and concatenates the sums:
        </p>
        <Tex block>{READOUT}</Tex>
        <p>InfoGraph maximises the mutual information between each patch and the summary of its own graph,</p>
        <Tex block>{OBJECTIVE}</Tex>
        <p>
          estimated with the Jensen-Shannon bound, where sp is softplus and the score T is the dot product of two small MLPs (three
          ReLU layers plus a linear shortcut) applied to the patch and to the graph. Positive pairs are a node and its own graph;
          negatives pair every node with every other graph in the batch:
        </p>
        <Tex block>{JSD}</Tex>
        <p>
          <strong>What to try:</strong> compare the probe accuracy at epoch 0 (the untrained encoder) with the end of training; add
          label noise and watch the ceiling drop for every method; switch to motif or social-like graphs; load your own TU files.
        </p>
      </section>

      <section>
        <h2>1. Data and model</h2>
        <RunSettings paper={paper} run={run} />
        <details>
          <summary>Your own graphs (TU format)</summary>
          <TuUpload
            loaded={upload}
            onLoad={(ds) => {
              setUpload(ds);
              run.setParam('dataset', 'upload');
            }}
          />
        </details>
        {run.params.dataset === 'upload' && !upload ? <p className="warn">This setting needs TU files: load them above before running.</p> : null}
        {info ? (
          <p className="hint" data-testid="infograph-dataset" data-count={info.count}>
            {info.name}: {info.count} graphs ({info.classNames.map((c, i) => `${info.classCounts[i]} ${c}`).join(', ')}), {info.meanNodes.toFixed(1)} nodes
            and {info.meanEdges.toFixed(1)} edges on average, at most {info.maxNodes} nodes.
          </p>
        ) : null}
      </section>

      <section>
        <h2>2. Train InfoGraph</h2>
        <RunBar {...runBarProps({ ...run, start })} />
        <MetricCards
          metrics={[
            { label: 'epoch', value: epoch },
            { label: 'MI estimate', value: lastMi, unit: 'nats' },
            { label: 'probe accuracy', value: lastProbe },
            { label: 'supervised GIN', value: results?.supervised?.mean },
          ]}
        />
        <div className="plots-2">
          <Plot
            name="infograph-mi"
            height={300}
            data={curves}
            layout={{ title: { text: 'MI estimate and probe accuracy' }, xaxis: { title: { text: 'step' } }, yaxis: { title: { text: 'JSD MI (nats)' } }, yaxis2: { title: { text: 'accuracy' }, overlaying: 'y', side: 'right', range: [0, 1] } }}
          />
          <Plot
            name="infograph-map"
            height={300}
            data={mapData}
            layout={{ title: { text: map ? `UMAP of graph embeddings, epoch ${map.epoch}` : 'UMAP of graph embeddings' }, xaxis: { showticklabels: false }, yaxis: { showticklabels: false } }}
          />
        </div>
        <Plot
          name="infograph-graph"
          height={360}
          data={graphData}
          layout={{
            title: { text: scores ? `Graph ${scores.index} (${scores.className}): local-global score of each node, epoch ${scores.epoch}` : 'One graph, nodes coloured by local-global score' },
            xaxis: { visible: false }, yaxis: { visible: false, scaleanchor: 'x' },
          }}
        />
        <p className="hint">
          A node's score is T(h_u, H(G)) with its own graph: high where the node's neighbourhood is typical of this graph as opposed to the
          others in the set. The map and scores refresh every "Map every" epochs; UMAP is redrawn from scratch, so its orientation may change.
        </p>
      </section>

      <section>
        <h2>3. Linear probe against baselines</h2>
        <ResultsTable results={results} />
        <p className="hint">
          Frozen embeddings, standardised, into L2-regularised logistic regression; the regularisation is chosen per fold by an inner
          3-fold search. The untrained encoder is InfoGraph's own initial weights; the supervised GIN is the same encoder with a classifier
          head, trained on each fold's labels. The paper reports 89.0 ± 1.1% for InfoGraph on MUTAG with an SVM.
        </p>
      </section>

      <PanelClosing paper={paper}>
        <p>
          Our graph sets are procedural stand-ins for the TU benchmarks (MUTAG itself is not bundled): molecules whose class follows a
          nitro-on-a-ring rule, motif graphs, and random-graph families. They show the mechanism and the protocol (frozen embeddings,
          k-fold linear probe, untrained and supervised baselines in the same run) at the paper's model size and epoch count. They cannot
          show the paper's absolute accuracies, which belong to real chemistry and real social networks, and a random GIN is already a strong
          baseline on clean motif rules, so the gain from training depends on the data. Load the real TU files to check the paper's numbers.
        </p>
      </PanelClosing>
    </main>
  );
}
