import { describe, expect, it } from 'vitest';
import type { Data } from 'plotly.js-dist-min';
import type { BaselineArtifact } from '../experiment';
import { scoresFigure } from './scores';
import { testRecording } from './testRecording';

const xy = (d: Data) => ({ x: 'x' in d ? d.x : undefined, y: 'y' in d ? d.y : undefined });
const colour = (d: Data) => ('line' in d && d.line && 'color' in d.line ? d.line.color : undefined);
const louvain: BaselineArtifact = { community: [0, 1], count: 2, scores: { modularity: 0.4, crossing: 0.1, nmi: 0.7 } };

describe('scoresFigure', () => {
  it('only the scores a run reports, at its evaluations, and Louvain as flat dotted lines in the same colours', () => {
    const { data } = scoresFigure(testRecording({ louvain }));
    expect(data.map((d) => d.name)).toEqual(['NMI', 'modularity', 'edges across', 'Louvain NMI', 'Louvain modularity']);
    expect(xy(data[0])).toEqual({ x: [2], y: [0.6] });
    expect(xy(data[3])).toEqual({ x: [2, 2], y: [0.7, 0.7] });
    expect(colour(data[3])).toBe(colour(data[0]));
    expect(colour(data[4])).toBe(colour(data[1]));
    expect(colour(data[0])).not.toBe(colour(data[1]));
  });

  it('draws no Louvain line before the first evaluation, and says what fills it before a run', () => {
    const before = { ...testRecording({ louvain }), rows: [] };
    const { data, layout } = scoresFigure(before);
    expect(data).toEqual([]);
    expect(layout?.annotations?.[0]?.text).toMatch(/Press Run/);
    expect(scoresFigure(testRecording()).layout?.annotations).toBeUndefined();
  });
});
