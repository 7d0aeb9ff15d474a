import { describe, expect, it } from 'vitest';
import { assignCommunities } from './assign';

describe('assignCommunities', () => {
  it('takes the argmax of summed edge posteriors, and the edges\' argmax communities for overlap', () => {
    // Path 0-1-2, both directions: w = [0,1,1,2], c = [1,0,2,1].
    const w = [0, 1, 1, 2], c = [1, 0, 2, 1];
    const q = [0.9, 0.1, 0.9, 0.1, 0.4, 0.6, 0.4, 0.6]; // [E=4, K=2]
    const a = assignCommunities(q, 2, w, c, 4);
    // Node 1 sums 2·(0.9,0.1) + 2·(0.4,0.6) = (2.6, 1.4) → 0; node 2 → 1; node 3 is isolated.
    expect(a.community).toEqual([0, 0, 1, 0]);
    expect(a.memberships).toEqual([[0], [0, 1], [1], []]);
    expect(a.counts[1]).toEqual([2, 2]);
  });
});
