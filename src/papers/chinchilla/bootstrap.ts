/**
 * Uncertainty of the frontier exponents a and b the way Chinchilla reports it:
 * refit on 100 random 80% subsamples and take the 10th and 90th percentiles
 * (Hoffmann et al. 2022, Table 2 caption). Subsamples are drawn without
 * replacement, so no run counts twice in one refit.
 *
 * Approach 3 refits are the slow ones (4,500 L-BFGS starts each, seconds).
 * Inside a bootstrap, pass a cheaper fit, e.g.
 *   const starts = [thetaOf(full.law), ...gridStarts(COARSE_GRID)];
 *   (runs) => approach3(runs, { starts })
 * 33 starts instead of 4,500, led by the full-data optimum: a subsample's
 * optimum lies near it, and the coarse grid guards against a basin change.
 */
import type { Rng } from '../../core/rng';

export interface BootstrapOptions {
  rng: Rng;
  /** Number of refits; the paper used 100. */
  resamples?: number;
  /** Share of the items in each subsample; the paper used 0.8. */
  fraction?: number;
  /** Percentiles reported, in [0, 100]; the paper's are 10 and 90. */
  percentiles?: readonly [number, number];
}

export interface Exponents {
  a: number;
  b: number;
}

export interface BootstrapResult {
  /** [low, high] percentiles of a and of b over the successful refits. */
  a: readonly [number, number];
  b: readonly [number, number];
  /** Every successful refit's exponents, in draw order. */
  samples: Exponents[];
  /** Refits that threw or gave a non-finite exponent (e.g. too few budgets left). */
  failed: number;
}

/** Percentile p in [0, 100] of sorted values, interpolating linearly (numpy's default). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const pos = ((sorted.length - 1) * p) / 100;
  const lo = Math.floor(pos), hi = Math.ceil(pos);
  return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
}

/** Indices of a uniform subsample of size k from n, in increasing order. */
function subsample(n: number, k: number, rng: Rng): number[] {
  const idx = rng.shuffle(Array.from({ length: n }, (_, i) => i)).slice(0, k);
  // Input order kept, so a refit sees runs in the same order as the full fit.
  return idx.sort((i, j) => i - j);
}

export function bootstrap<T>(
  items: readonly T[],
  fit: (subset: T[]) => Exponents,
  opts: BootstrapOptions,
): BootstrapResult {
  const resamples = opts.resamples ?? 100;
  const fraction = opts.fraction ?? 0.8;
  const [pLo, pHi] = opts.percentiles ?? [10, 90];
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError(`bootstrap fraction must be in (0, 1], got ${fraction}`);
  const k = Math.max(1, Math.round(fraction * items.length));

  const samples: Exponents[] = [];
  let failed = 0;
  for (let s = 0; s < resamples; s++) {
    const subset = subsample(items.length, k, opts.rng).map((i) => items[i]);
    let r: Exponents;
    try {
      r = fit(subset);
    } catch {
      // A subsample can lose whole budgets or sizes; count it rather than abort the rest.
      failed++;
      continue;
    }
    if (Number.isFinite(r.a) && Number.isFinite(r.b)) samples.push({ a: r.a, b: r.b });
    else failed++;
  }
  const as = samples.map((x) => x.a).sort((x, y) => x - y);
  const bs = samples.map((x) => x.b).sort((x, y) => x - y);
  return {
    a: [percentile(as, pLo), percentile(as, pHi)],
    b: [percentile(bs, pLo), percentile(bs, pHi)],
    samples,
    failed,
  };
}
