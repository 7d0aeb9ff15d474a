import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { oneHotDegree, oneHotLabels } from './features';
import { forceLayout } from './forceLayout';
import { graphFromEdges } from './graph';
import { cycleGraph, houseGraph } from './motifs';

describe('forceLayout', () => {
  it('places every node at a finite point, reproducibly, and separates neighbours from each other', () => {
    const g = houseGraph();
    const a = forceLayout(g, new Rng(1)), b = forceLayout(g, new Rng(1));
    expect(a).toEqual(b);
    expect(a.x.length).toBe(5);
    expect([...a.x, ...a.y].every(Number.isFinite)).toBe(true);
    const d = Math.hypot(a.x[0] - a.x[1], a.y[0] - a.y[1]);
    expect(d).toBeGreaterThan(1e-3);
  });
  it('copes with a graph without edges', () => {
    expect(forceLayout(graphFromEdges(3, []), new Rng(2)).x.length).toBe(3);
  });
});

describe('node features', () => {
  it('one-hot degrees (capped) and labels', () => {
    expect(Array.from(oneHotDegree(2)(cycleGraph(3)))).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 1]);
    const star = graphFromEdges(4, [[0, 1], [0, 2], [0, 3]]);
    expect(Array.from(oneHotDegree(2)(star)).slice(0, 3)).toEqual([0, 0, 1]);
    expect(Array.from(oneHotLabels(3)(graphFromEdges(2, [[0, 1]], [2, 0])))).toEqual([0, 0, 1, 1, 0, 0]);
  });
});
