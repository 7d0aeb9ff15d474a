import { describe, expect, it } from 'vitest';
import { graphFromEdges, permuteGraph } from '../../core/graph/graph';
import { wlSubtreeFeatures } from './wlSubtree';

// A path a–b–c with labels 0, 1, 0 and a triangle with labels 0, 1, 0.
const path = graphFromEdges(3, [[0, 1], [1, 2]], [0, 1, 0]);
const triangle = graphFromEdges(3, [[0, 1], [0, 2], [1, 2]], [0, 1, 0]);

describe('WL subtree features', () => {
  it('h = 0 counts node labels only', () => {
    const [p, t] = wlSubtreeFeatures([path, triangle], 0);
    expect(Array.from(p)).toEqual([2, 1]);
    expect(Array.from(t)).toEqual([2, 1]);
  });

  it('h = 1 tells a path from a triangle with the same labels, by hand-counted colours', () => {
    const [p, t] = wlSubtreeFeatures([path, triangle], 1);
    // Colours: 0:0, 0:1, then path 1:0|1 (×2), 1:1|0,0 (×1), then triangle 1:0|0,1 (×2), 1:1|0,0 (shared with the path's centre).
    expect(p.length).toBe(5);
    expect(Array.from(p)).toEqual([2, 1, 2, 1, 0]);
    expect(Array.from(t)).toEqual([2, 1, 0, 1, 2]);
  });

  it('is invariant to renaming the nodes', () => {
    const g = graphFromEdges(5, [[0, 1], [1, 2], [2, 3], [3, 4], [1, 4]], [0, 2, 1, 0, 2]);
    const [a, b] = wlSubtreeFeatures([g, permuteGraph(g, [4, 2, 0, 3, 1])], 3);
    expect(Array.from(b)).toEqual(Array.from(a));
    // Each iteration colours every node once: 4 iterations × 5 nodes.
    expect(a.reduce((s, x) => s + x, 0)).toBe(20);
  });

  it('rejects a bad height', () => {
    expect(() => wlSubtreeFeatures([path], -1)).toThrow(/WL height/);
    expect(() => wlSubtreeFeatures([path], 1.5)).toThrow(/WL height/);
  });
});
