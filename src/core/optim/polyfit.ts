/**
 * Ordinary least-squares polynomial fits. Used for the power-law fits
 * (a line in log-log space) and the IsoFLOP parabolas of Chinchilla's
 * Approaches 1 and 2 (Hoffmann et al. 2022, Sections 3.1 and 3.2).
 *
 * x is centred and scaled to [-1, 1] before solving the normal equations:
 * raw log-FLOP values (~40-60) would make x^2 columns nearly collinear.
 */

/** Solves M z = v by Gaussian elimination with partial pivoting; throws on a singular M. */
export function solve(M: number[][], v: number[]): number[] {
  const n = v.length;
  const a = M.map((row, i) => [...row, v[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    const p = a[col][col];
    if (p === 0) throw new RangeError('polyfit: singular system (too few distinct x values)');
    for (let r = col + 1; r < n; r++) {
      const factor = a[r][col] / p;
      for (let c = col; c <= n; c++) a[r][c] -= factor * a[col][c];
    }
  }
  const out = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = a[r][n];
    for (let c = r + 1; c < n; c++) s -= a[r][c] * out[c];
    out[r] = s / a[r][r];
  }
  return out;
}

function binomial(n: number, k: number): number {
  let b = 1;
  for (let i = 1; i <= k; i++) b = (b * (n - k + i)) / i;
  return b;
}

/**
 * Coefficients c (ascending powers) minimising sum_i w_i (y_i - sum_k c_k x_i^k)^2.
 * Needs at least degree + 1 distinct x values.
 */
export function polyfit(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  degree: number,
  weights?: ArrayLike<number>,
): Float64Array {
  const n = xs.length;
  if (ys.length !== n) throw new RangeError('polyfit: xs and ys differ in length');
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < n; i++) { lo = Math.min(lo, xs[i]); hi = Math.max(hi, xs[i]); }
  const mu = (lo + hi) / 2;
  const scale = hi > lo ? (hi - lo) / 2 : 1;

  const k = degree + 1;
  const M = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const v = new Array<number>(k).fill(0);
  const pow = new Array<number>(2 * k - 1);
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i] : 1;
    const z = (xs[i] - mu) / scale;
    pow[0] = 1;
    for (let p = 1; p < 2 * k - 1; p++) pow[p] = pow[p - 1] * z;
    for (let r = 0; r < k; r++) {
      v[r] += w * pow[r] * ys[i];
      for (let c = 0; c < k; c++) M[r][c] += w * pow[r + c];
    }
  }
  const cz = solve(M, v);

  // Expand sum_j cz_j ((x - mu)/scale)^j back into powers of x.
  const c = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const f = cz[j] / scale ** j;
    for (let p = 0; p <= j; p++) c[p] += f * binomial(j, p) * (-mu) ** (j - p);
  }
  return c;
}

export function polyval(c: ArrayLike<number>, x: number): number {
  let y = 0;
  for (let k = c.length - 1; k >= 0; k--) y = y * x + c[k];
  return y;
}

export interface Line {
  slope: number;
  intercept: number;
}

/** Least-squares line y = slope x + intercept. */
export function fitLine(xs: ArrayLike<number>, ys: ArrayLike<number>): Line {
  const c = polyfit(xs, ys, 1);
  return { slope: c[1], intercept: c[0] };
}
