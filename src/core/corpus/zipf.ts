/**
 * Zipf's law: the item of rank r (1-based) is drawn with probability
 * p(r) = r^-s / H(n, s), with H the generalised harmonic number. On a log-log
 * plot of frequency against rank this is a line of slope -s.
 */
import type { Rng } from '../rng';

/** Unnormalised Zipf weights r^-s for ranks 1..n. */
export function zipfWeights(n: number, exponent: number): Float64Array {
  const w = new Float64Array(n);
  for (let r = 1; r <= n; r++) w[r - 1] = Math.pow(r, -exponent);
  return w;
}

/** Draws 0-based rank indices with Zipf probabilities in O(log n) per draw. */
export class ZipfSampler {
  readonly size: number;
  readonly exponent: number;
  private readonly cdf: Float64Array;

  constructor(n: number, exponent: number) {
    if (!(n >= 1)) throw new RangeError(`ZipfSampler needs n >= 1, got ${n}`);
    this.size = n;
    this.exponent = exponent;
    const w = zipfWeights(n, exponent);
    this.cdf = new Float64Array(n);
    let acc = 0;
    for (let i = 0; i < n; i++) {
      acc += w[i];
      this.cdf[i] = acc;
    }
    for (let i = 0; i < n; i++) this.cdf[i] /= acc;
  }

  /** Probability of the item at 0-based index i. */
  prob(i: number): number {
    return this.cdf[i] - (i > 0 ? this.cdf[i - 1] : 0);
  }

  sample(rng: Rng): number {
    const u = rng.next();
    let lo = 0, hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cdf[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
