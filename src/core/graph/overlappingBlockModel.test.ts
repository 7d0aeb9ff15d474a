import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { overlappingBlockModel } from './overlappingBlockModel';

describe('overlappingBlockModel', () => {
  it('gives each block its overlap nodes in the next block and links by shared membership', () => {
    const { graph, memberships } = overlappingBlockModel(3, 10, 2, 1, 0, new Rng(1));
    expect(graph.n).toBe(30);
    expect(memberships[0]).toEqual([0, 1]);
    expect(memberships[2]).toEqual([0]);
    expect(memberships[20]).toEqual([2, 0]);
    expect(memberships.filter((m) => m.length === 2)).toHaveLength(6);
    // pIn = 1, pOut = 0: edges are exactly the pairs sharing a community.
    let pairs = 0;
    for (let u = 0; u < 30; u++) for (let v = u + 1; v < 30; v++) if (memberships[u].some((c) => memberships[v].includes(c))) pairs++;
    expect(graph.edges).toHaveLength(pairs);
  });
  it('is reproducible from the seed and rejects degenerate sizes', () => {
    const a = overlappingBlockModel(4, 20, 3, 0.3, 0.02, new Rng(5));
    const b = overlappingBlockModel(4, 20, 3, 0.3, 0.02, new Rng(5));
    expect(a.graph.edges).toEqual(b.graph.edges);
    expect(() => overlappingBlockModel(1, 20, 0, 0.3, 0.02, new Rng(5))).toThrow(/at least 2 blocks/);
  });
});
