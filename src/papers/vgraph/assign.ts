/**
 * Communities from the posteriors q(z|w,c) of every directed edge
 * (Sun et al. 2019, Sec. 4.3; official code):
 *   non-overlapping: node i takes argmax_k Σ_{edges e ∋ i} q_e(k);
 *   overlapping: each edge picks argmax_k q_e(k), and both its ends join it.
 */

export interface Assignment {
  /** One community per node (non-overlapping). */
  community: number[];
  /** Communities each node joins through its edges (overlapping), ascending. */
  memberships: number[][];
  /** Per node, how many of its edge ends chose each community: [N][K] (the pie slices). */
  counts: number[][];
}

const argmax = (xs: ArrayLike<number>, from = 0, len = xs.length): number => {
  let best = 0;
  for (let k = 1; k < len; k++) if (xs[from + k] > xs[from + best]) best = k;
  return best;
};

/** q [E, K] row-major; w, c the edges' ends. Isolated nodes get community 0 and no membership. */
export function assignCommunities(q: ArrayLike<number>, k: number, w: readonly number[], c: readonly number[], n: number): Assignment {
  const sums = Array.from({ length: n }, () => new Array<number>(k).fill(0));
  const counts = Array.from({ length: n }, () => new Array<number>(k).fill(0));
  for (let e = 0; e < w.length; e++) {
    const pick = argmax(q, e * k, k);
    for (const node of [w[e], c[e]]) {
      counts[node][pick]++;
      for (let j = 0; j < k; j++) sums[node][j] += q[e * k + j];
    }
  }
  return {
    community: sums.map((s) => argmax(s)),
    memberships: counts.map((cs) => cs.flatMap((x, j) => (x > 0 ? [j] : []))),
    counts,
  };
}
