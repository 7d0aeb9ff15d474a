/**
 * Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations
 * (Golub & Van Loan, §8.5): A = V diag(λ) Vᵀ. Enough for the n ≲ 100
 * covariance matrices of CMA-ES.
 */

export interface SymEigen {
  /** [n] eigenvalues. */
  values: Float64Array;
  /** [n, n] row-major; column k is the eigenvector of values[k]. */
  vectors: Float64Array;
}

/** `a` is [n, n] row-major and symmetric; it is not modified. */
export function symEigen(a: ArrayLike<number>, n: number, maxSweeps = 60): SymEigen {
  if (a.length !== n * n) throw new RangeError(`symEigen: expected ${n * n} entries, got ${a.length}`);
  const m = Float64Array.from(a);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p * n + q] ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p * n + q];
        if (Math.abs(apq) < 1e-300) continue;
        // The rotation that zeroes m[p][q]: t = tan θ from the smaller root of t² + 2τt − 1 = 0.
        const tau = (m[q * n + q] - m[p * n + p]) / (2 * apq);
        const t = Math.sign(tau || 1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k * n + p];
          const mkq = m[k * n + q];
          m[k * n + p] = c * mkp - s * mkq;
          m[k * n + q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p * n + k];
          const mqk = m[q * n + k];
          m[p * n + k] = c * mpk - s * mqk;
          m[q * n + k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p];
          const vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = m[i * n + i];
  return { values, vectors: v };
}
