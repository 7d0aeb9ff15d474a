import { describe, expect, it } from 'vitest';
import type { Data } from 'plotly.js-dist-min';
import type { MetricRow } from '../../../core/runner/RunRecorder';
import { embeddingTraces, lossTraces, scoreTraces } from './trainingPlots';
import type { AssignmentArtifact, BaselineArtifact } from '../experiment';

const rows: MetricRow[] = [
  { step: 1, values: { elbo: -3, recon: 2.5, kl: 0.5, reg: 0.01 } },
  { step: 2, values: { elbo: -2, recon: 1.8, kl: 0.2, reg: 0.02 } },
  { step: 2, values: { modularity: 0.3, crossing: 0.2, nmi: 0.6 } },
];
const xy = (d: Data) => ({ x: 'x' in d ? d.x : undefined, y: 'y' in d ? d.y : undefined });

describe('vGraph plots', () => {
  it('loss: one point per epoch for the ELBO and each term, KL and smoothness on the right axis', () => {
    const t = lossTraces(rows);
    expect(t.map(xy)[0]).toEqual({ x: [1, 2], y: [-3, -2] });
    expect(t.filter((d) => 'yaxis' in d && d.yaxis === 'y2').map((d) => d.name)).toEqual(['KL(q ‖ p(z|w))', 'λ · smoothness']);
  });

  it('scores: only the scores a run reports, and Louvain as flat dotted lines over the evaluated epochs', () => {
    const louvain: BaselineArtifact = { community: [0, 1], count: 2, scores: { modularity: 0.4, crossing: 0.1, nmi: 0.7 } };
    const t = scoreTraces(rows, louvain);
    expect(t.map((d) => d.name)).toEqual(['NMI', 'modularity', 'edges across', 'Louvain NMI', 'Louvain modularity']);
    expect(xy(t[3])).toEqual({ x: [2, 2], y: [0.7, 0.7] });
    expect(scoreTraces([], louvain)).toEqual([]);
  });

  it('embedding: one trace per community, in community order', () => {
    const a: AssignmentArtifact = {
      community: [1, 0, 1], memberships: [[1], [0], [1]], counts: [[0, 2], [1, 0], [0, 1]], epoch: 5, k: 2,
      scores: { modularity: 0, crossing: 0 }, embedding: { x: [1, 2, 3], y: [4, 5, 6] },
    };
    const t = embeddingTraces(a, null);
    expect(t.map((d) => d.name)).toEqual(['community 0', 'community 1']);
    expect(xy(t[1])).toEqual({ x: [1, 3], y: [4, 6] });
  });
});
