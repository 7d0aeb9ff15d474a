/**
 * Normalised mutual information between two partitions (Strehl & Ghosh
 * 2002), normalised by the arithmetic mean of the entropies, as
 * scikit-learn's normalized_mutual_info_score does by default:
 *   NMI = I(A; B) / ((H(A) + H(B)) / 2).
 * Two single-cluster partitions score 1; one trivial and one not score 0.
 */
export function nmi(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new RangeError(`nmi: partitions of ${a.length} and ${b.length} nodes`);
  const n = a.length;
  if (n === 0) return 1;
  const joint = new Map<string, number>(), ca = new Map<number, number>(), cb = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const k = `${a[i]},${b[i]}`;
    joint.set(k, (joint.get(k) ?? 0) + 1);
    ca.set(a[i], (ca.get(a[i]) ?? 0) + 1);
    cb.set(b[i], (cb.get(b[i]) ?? 0) + 1);
  }
  const entropy = (m: Map<number, number>): number => [...m.values()].reduce((h, c) => h - (c / n) * Math.log(c / n), 0);
  let mi = 0;
  for (const [k, c] of joint) {
    const [x, y] = k.split(',').map(Number);
    mi += (c / n) * Math.log((c * n) / (ca.get(x)! * cb.get(y)!));
  }
  const ha = entropy(ca), hb = entropy(cb);
  if (ha === 0 && hb === 0) return 1;
  return Math.max(0, Math.min(1, mi / ((ha + hb) / 2)));
}
