import { describe, expect, it } from 'vitest';
import type { Data } from 'plotly.js-dist-min';
import { presetParams } from '../../../core/params/presets';
import type { NodeScores } from '../experiment';
import { graphPreview } from '../graphPreview';
import { infographSchema } from '../params';
import { infographPresets } from '../presets';
import { graphFigure, groundTruthTraces } from './graph';

const points = (d: Data) => ('x' in d && Array.isArray(d.x) ? d.x.length : 0);

describe('graphFigure', () => {
  it('draws a molecule before any run, one trace per atom type, every node once', () => {
    const p = presetParams(infographSchema, infographPresets, 'default');
    const g = graphPreview(p, 1);
    expect(g).not.toBeNull();
    const { data, layout } = graphFigure({ scores: null, preview: g });
    const [edges, ...nodes] = data;
    expect(points(edges)).toBe(3 * (g?.graph.edges.length ?? 0));
    expect(nodes.reduce((a, t) => a + points(t), 0)).toBe(g?.graph.n);
    expect(nodes.map((t) => t.name).every((n) => ['C', 'N', 'O', 'F', 'I', 'Cl', 'Br'].includes(n ?? ''))).toBe(true);
    expect(layout?.title).toMatchObject({ text: expect.stringMatching(/nodes by atom type$/) });
    const social = graphPreview({ ...p, dataset: 'social', graphs: 30 }, 1);
    expect(groundTruthTraces(social).slice(1).every((t) => t.name?.startsWith('degree '))).toBe(true);
    expect(graphPreview({ ...p, dataset: 'upload' }, 1)).toBeNull();
  });

  it('colours the nodes by their scores once the run has scored the graph', () => {
    const scores: NodeScores = {
      epoch: 2, index: 1, graph: { n: 3, edges: [[0, 1], [1, 2]] }, className: 'mutagenic', x: [0, 1, 2], y: [0, 1, 0], scores: [0.5, -1, 2], nodeLabelNames: null,
    };
    const { data, layout } = graphFigure({ scores, preview: null });
    expect(data).toHaveLength(2);
    expect(data[0]).toMatchObject({ x: [0, 1, null, 1, 2, null] });
    expect(data[1]).toMatchObject({ x: [0, 1, 2], marker: { color: [0.5, -1, 2], colorscale: 'Viridis' }, text: ['node 0', 'node 1', 'node 2'] });
    expect(layout?.title).toMatchObject({ text: 'Graph 1 (mutagenic): local-global score of each node, epoch 2' });
  });

  it('says why there is no graph yet', () => {
    const title = (i: Parameters<typeof graphFigure>[0]) => graphFigure(i).layout?.title;
    expect(graphFigure({ scores: null, preview: null }).data).toEqual([]);
    expect(title({ scores: null, preview: null, uploadChosen: true })).toMatchObject({ text: 'Load TU files to draw one of their graphs' });
    expect(title({ scores: null, preview: null, previewError: 'too big' })).toMatchObject({ text: 'The graph set could not be made: too big' });
    expect(title({ scores: null, preview: null })).toMatchObject({ text: 'Drawing the graph…' });
  });
});
