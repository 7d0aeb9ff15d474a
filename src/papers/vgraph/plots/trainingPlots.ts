/**
 * vGraph's charts as pure functions of a run's metric rows (the live
 * recording, or the recorded run for its faded copy) and artifacts: x is the
 * epoch. Metric names: see experiment.ts.
 */
import type { Data, Layout } from 'plotly.js-dist-min';
import type { MetricRow } from '../../../core/runner/RunRecorder';
import type { AssignmentArtifact, BaselineArtifact, GraphArtifact } from '../experiment';
import { communityColour } from '../palette';

type Rows = readonly MetricRow[];

/** The ELBO and its terms per epoch (nats per directed edge); KL and smoothness on the right axis. */
export function lossTraces(rows: Rows): Data[] {
  const train = rows.filter((r) => r.values.elbo !== undefined);
  const x = train.map((r) => r.step);
  return [
    { type: 'scatter', mode: 'lines', name: 'ELBO', x, y: train.map((r) => r.values.elbo) },
    { type: 'scatter', mode: 'lines', name: '−E_q log p(c|z)', x, y: train.map((r) => r.values.recon), visible: 'legendonly' },
    { type: 'scatter', mode: 'lines', name: 'KL(q ‖ p(z|w))', x, y: train.map((r) => r.values.kl), yaxis: 'y2' },
    { type: 'scatter', mode: 'lines', name: 'λ · smoothness', x, y: train.map((r) => r.values.reg), yaxis: 'y2' },
  ];
}

export const LOSS_LAYOUT: Partial<Layout> = {
  title: { text: 'ELBO and loss terms per epoch' }, xaxis: { title: { text: 'epoch' } }, yaxis: { title: { text: 'ELBO (nats per edge)' } },
  yaxis2: { overlaying: 'y', side: 'right', title: { text: 'KL, λ·smoothness (nats per edge)' } },
};

const SCORES: readonly (readonly [string, string])[] = [['nmi', 'NMI'], ['modularity', 'modularity'], ['f1', 'F1'], ['jaccard', 'Jaccard'], ['crossing', 'edges across']];

/** Scores at each evaluation, and Louvain's as dotted flat lines over the same epochs. */
export function scoreTraces(rows: Rows, louvain: BaselineArtifact | null): Data[] {
  const ev = rows.filter((r) => r.values.modularity !== undefined);
  const x = ev.map((r) => r.step);
  const traces: Data[] = SCORES
    .filter(([k]) => ev.some((r) => r.values[k] !== undefined))
    .map(([k, name], i) => ({ type: 'scatter', mode: 'lines+markers', name, x, y: ev.map((r) => r.values[k]), line: { color: communityColour(i) } }));
  if (louvain && x.length) {
    const ls: Partial<Record<string, number>> = { ...louvain.scores };
    SCORES.forEach(([k, name], i) => {
      const v = ls[k];
      if (v !== undefined && k !== 'crossing' && k !== 'jaccard') {
        traces.push({ type: 'scatter', mode: 'lines', name: `Louvain ${name}`, x: [x[0], x[x.length - 1]], y: [v, v], line: { dash: 'dot', color: communityColour(i) } });
      }
    });
  }
  return traces;
}

export const SCORE_LAYOUT: Partial<Layout> = {
  title: { text: 'Scores against the ground truth (dotted: Louvain)' }, xaxis: { title: { text: 'epoch' } }, yaxis: { range: [0, 1.02], title: { text: 'score (0 to 1)' } },
};

/** The node embeddings φ on their first two principal components, one trace per community. */
export function embeddingTraces(assignment: AssignmentArtifact | null, graph: GraphArtifact | null): Data[] {
  if (!assignment) return [];
  const byC = new Map<number, number[]>();
  assignment.community.forEach((c, i) => byC.set(c, [...(byC.get(c) ?? []), i]));
  return [...byC.entries()].sort((a, b) => a[0] - b[0]).map(([c, nodes]): Data => ({
    type: 'scatter', mode: 'markers', name: `community ${c}`,
    x: nodes.map((i) => assignment.embedding.x[i]), y: nodes.map((i) => assignment.embedding.y[i]),
    text: nodes.map((i) => `node ${graph?.names?.[i] ?? i}`), marker: { color: communityColour(c), size: 7 },
  }));
}

export const EMBEDDING_LAYOUT: Partial<Layout> = {
  title: { text: 'Node embeddings φ (first two principal components)' }, xaxis: { title: { text: 'PC 1 (embedding units)' } }, yaxis: { title: { text: 'PC 2 (embedding units)' } },
};
