import { describe, expect, it } from 'vitest';
import { overlapF1, setF1 } from './overlapScores';
import { readoutReference } from './readoutReference';

describe('readoutReference', () => {
  // Two triangles {0,1,2} and {2,3,4} sharing node 2: communities A = {0,1,2}, B = {2,3,4}.
  const truth = [[0], [0], [0, 1], [1], [1]];
  const triangles: [number, number][] = [[0, 1], [0, 2], [1, 2], [2, 3], [2, 4], [3, 4]];

  it('reads every edge right: node 2 joins both communities, a perfect score; one per node loses it', () => {
    const r = readoutReference(5, triangles, truth);
    expect(r.crossEdges).toBe(0);
    expect(r.edgeReadout).toBe(1);
    // Cut to one per node: found {0,1,2} and {3,4}; B's best match {3,4} has F1 2·1·(2/3)/(1+2/3) = 0.8.
    const b = setF1([2, 3, 4], [3, 4]);
    expect(b).toBeCloseTo(0.8, 12);
    expect(r.onePerNode).toBeCloseTo(((1 + b) / 2 + (1 + b) / 2) / 2, 12);
  });

  it('an edge between communities gives its second end a false membership', () => {
    // Add 1–4: node 1 (A only) and node 4 (B only) share nothing; read as A, so 4 joins A as well.
    const r = readoutReference(5, [...triangles, [1, 4]], truth);
    expect(r.crossEdges).toBe(1);
    expect(r.edgeReadout).toBeCloseTo(overlapF1([[0, 1, 2], [2, 3, 4]], [[0, 1, 2, 4], [2, 3, 4]]), 12);
    expect(r.edgeReadout).toBeLessThan(1);
  });

  it('says when the ground truth does not fit the graph', () => {
    expect(() => readoutReference(6, triangles, truth)).toThrow(/5 ground-truth rows for 6 nodes/);
  });
});
