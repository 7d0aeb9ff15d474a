import { describe, expect, it } from 'vitest';
import type { Data } from 'plotly.js-dist-min';
import type { AssignmentArtifact, GraphArtifact } from '../experiment';
import { communityColour } from '../palette';
import { embeddingFigure } from './embedding';
import { testRecording } from './testRecording';

const xy = (d: Data) => ({ x: 'x' in d ? d.x : undefined, y: 'y' in d ? d.y : undefined });
const assignment: AssignmentArtifact = {
  community: [1, 0, 1], memberships: [[1], [0], [1]], counts: [[0, 2], [1, 0], [0, 1]], epoch: 5, k: 2,
  scores: { modularity: 0, crossing: 0 }, embedding: { x: [1, 2, 3], y: [4, 5, 6] },
};
const graph: GraphArtifact = { name: 'path', n: 3, edges: [[0, 1], [1, 2]], x: [0, 1, 2], y: [0, 0, 0], truth: null, overlapping: false, names: ['a', 'b', 'c'] };

describe('embeddingFigure', () => {
  it('one trace per community, in community order and the community colours, nodes named', () => {
    const { data, layout } = embeddingFigure(testRecording({ assignment, graph }).artifacts);
    expect(data.map((d) => d.name)).toEqual(['community 0', 'community 1']);
    expect(xy(data[1])).toEqual({ x: [1, 3], y: [4, 6] });
    const marker = 'marker' in data[1] ? data[1].marker : undefined;
    expect(marker && 'color' in marker ? marker.color : undefined).toBe(communityColour(1));
    expect('text' in data[1] ? data[1].text : undefined).toEqual(['node a', 'node c']);
    expect(layout?.annotations).toBeUndefined();
  });

  it('is empty, with a note, without an assignment (before a run, or a run of another graph)', () => {
    const { data, layout } = embeddingFigure({ assignment: null, graph });
    expect(data).toEqual([]);
    expect(layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});
