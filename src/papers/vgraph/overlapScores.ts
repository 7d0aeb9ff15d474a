/**
 * Scores for overlapping communities, matched as in vGraph's evaluation
 * (score_utils.py, after Yang & Leskovec 2013): every detected community is
 * matched to its best ground-truth community and every ground-truth community
 * to its best detected one, and the two averages are averaged:
 *   S = ½ ( mean_{C∈truth} max_{Ĉ∈found} s(C, Ĉ) + mean_{Ĉ∈found} max_{C∈truth} s(C, Ĉ) ),
 * with s the F1 score or the Jaccard index of two node sets.
 */

export type Communities = readonly (readonly number[])[];

export function setF1(a: readonly number[], b: readonly number[]): number {
  const sb = new Set(b);
  const common = a.filter((x) => sb.has(x)).length;
  if (common === 0) return 0;
  const precision = common / b.length, recall = common / a.length;
  return (2 * precision * recall) / (precision + recall);
}

export function setJaccard(a: readonly number[], b: readonly number[]): number {
  const sb = new Set(b);
  const common = a.filter((x) => sb.has(x)).length;
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : common / union;
}

function matched(truth: Communities, found: Communities, s: (a: readonly number[], b: readonly number[]) => number): number {
  const t = truth.filter((c) => c.length > 0), f = found.filter((c) => c.length > 0);
  if (t.length === 0 || f.length === 0) return 0;
  const best = (xs: Communities, ys: Communities, flip: boolean) =>
    xs.reduce((acc, x) => acc + Math.max(...ys.map((y) => (flip ? s(y, x) : s(x, y)))), 0) / xs.length;
  return (best(t, f, false) + best(f, t, true)) / 2;
}

export const overlapF1 = (truth: Communities, found: Communities): number => matched(truth, found, setF1);
export const overlapJaccard = (truth: Communities, found: Communities): number => matched(truth, found, setJaccard);

/** Node sets of each community from per-node memberships. */
export function communitiesOf(memberships: readonly (readonly number[])[]): number[][] {
  const byId = new Map<number, number[]>();
  memberships.forEach((ms, node) => {
    for (const c of ms) {
      if (!byId.has(c)) byId.set(c, []);
      byId.get(c)!.push(node);
    }
  });
  return [...byId.keys()].sort((a, b) => a - b).map((c) => byId.get(c)!);
}
