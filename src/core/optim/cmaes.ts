/**
 * CMA-ES, the covariance matrix adaptation evolution strategy, in its
 * standard (μ/μ_w, λ) form with rank-one and rank-μ updates and cumulative
 * step-size adaptation (Hansen, "The CMA Evolution Strategy: A Tutorial",
 * arXiv 1604.00772, Fig. 6 and its default parameters). It minimises; to
 * maximise, tell it −f. Ask/tell, so the caller decides how candidates are
 * evaluated (in parallel worker processes, for the humanoid's teachers).
 */
import type { Rng } from '../rng';
import { symEigen } from './symEigen';

export interface CmaEsOptions {
  /** Starting mean. */
  mean: readonly number[];
  /** Starting step size (same units as the mean). */
  sigma: number;
  rng: Rng;
  /** Population size λ (default 4 + ⌊3 ln n⌋). */
  lambda?: number;
}

export class CmaEs {
  readonly n: number;
  readonly lambda: number;
  readonly mu: number;
  mean: Float64Array;
  sigma: number;
  generation = 0;
  /** Best candidate told so far and its value. */
  best: { x: number[]; f: number } | null = null;
  private readonly weights: Float64Array;
  private readonly mueff: number;
  private readonly cc: number;
  private readonly cs: number;
  private readonly c1: number;
  private readonly cmu: number;
  private readonly damps: number;
  private readonly chiN: number;
  private readonly rng: Rng;
  private pc: Float64Array;
  private ps: Float64Array;
  /** [n, n] covariance, its eigenvectors B (columns) and the square roots D of its eigenvalues. */
  private C: Float64Array;
  private B: Float64Array;
  private D: Float64Array;

  constructor(o: CmaEsOptions) {
    const n = o.mean.length;
    if (n < 1) throw new RangeError('CMA-ES needs at least one parameter');
    if (!(o.sigma > 0)) throw new RangeError(`CMA-ES needs a positive sigma, got ${o.sigma}`);
    this.n = n;
    this.lambda = o.lambda ?? 4 + Math.floor(3 * Math.log(n));
    if (!(Number.isInteger(this.lambda) && this.lambda >= 2)) throw new RangeError(`CMA-ES population must be an integer >= 2, got ${this.lambda}`);
    this.mu = Math.floor(this.lambda / 2);
    const w = Float64Array.from({ length: this.mu }, (_, i) => Math.log(this.mu + 0.5) - Math.log(i + 1));
    const sw = w.reduce((s, x) => s + x, 0);
    for (let i = 0; i < this.mu; i++) w[i] /= sw;
    this.weights = w;
    this.mueff = 1 / w.reduce((s, x) => s + x * x, 0);
    const me = this.mueff;
    this.cc = (4 + me / n) / (n + 4 + (2 * me) / n);
    this.cs = (me + 2) / (n + me + 5);
    this.c1 = 2 / ((n + 1.3) ** 2 + me);
    this.cmu = Math.min(1 - this.c1, (2 * (me - 2 + 1 / me)) / ((n + 2) ** 2 + me));
    this.damps = 1 + 2 * Math.max(0, Math.sqrt((me - 1) / (n + 1)) - 1) + this.cs;
    this.chiN = Math.sqrt(n) * (1 - 1 / (4 * n) + 1 / (21 * n * n));
    this.rng = o.rng;
    this.mean = Float64Array.from(o.mean);
    this.sigma = o.sigma;
    this.pc = new Float64Array(n);
    this.ps = new Float64Array(n);
    this.C = new Float64Array(n * n);
    this.B = new Float64Array(n * n);
    this.D = new Float64Array(n).fill(1);
    for (let i = 0; i < n; i++) {
      this.C[i * n + i] = 1;
      this.B[i * n + i] = 1;
    }
  }

  /** λ candidates x = m + σ B D z, z ~ N(0, I). */
  ask(): number[][] {
    const { n, B, D } = this;
    return Array.from({ length: this.lambda }, () => {
      const z = Array.from({ length: n }, () => this.rng.normal());
      const x = new Array<number>(n);
      for (let i = 0; i < n; i++) {
        let y = 0;
        for (let k = 0; k < n; k++) y += B[i * n + k] * D[k] * z[k];
        x[i] = this.mean[i] + this.sigma * y;
      }
      return x;
    });
  }

  /** Updates the distribution from candidates and their values (lower is better). */
  tell(xs: readonly (readonly number[])[], fs: readonly number[]): void {
    const { n, mu, weights, B, D } = this;
    if (xs.length !== this.lambda || fs.length !== this.lambda) throw new RangeError(`CMA-ES tell needs ${this.lambda} candidates and values`);
    // A NaN value ranks last.
    const order = fs.map((f, i) => [Number.isNaN(f) ? Infinity : f, i] as const).sort((a, b) => a[0] - b[0]).map(([, i]) => i);
    const top = order[0];
    if (!this.best || fs[top] < this.best.f) this.best = { x: [...xs[top]], f: fs[top] };
    const old = this.mean;
    const mean = new Float64Array(n);
    for (let k = 0; k < mu; k++) for (let i = 0; i < n; i++) mean[i] += weights[k] * xs[order[k]][i];
    const yw = Float64Array.from(mean, (m, i) => (m - old[i]) / this.sigma);
    // C^{-1/2} y_w = B D⁻¹ Bᵀ y_w
    const bty = new Float64Array(n);
    for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) bty[k] += B[i * n + k] * yw[i];
    const invSqrt = new Float64Array(n);
    for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) invSqrt[i] += (B[i * n + k] * bty[k]) / D[k];
    const csn = Math.sqrt(this.cs * (2 - this.cs) * this.mueff);
    for (let i = 0; i < n; i++) this.ps[i] = (1 - this.cs) * this.ps[i] + csn * invSqrt[i];
    const psNorm = Math.hypot(...this.ps);
    this.generation++;
    const hsig = psNorm / Math.sqrt(1 - (1 - this.cs) ** (2 * this.generation)) / this.chiN < 1.4 + 2 / (n + 1) ? 1 : 0;
    const ccn = Math.sqrt(this.cc * (2 - this.cc) * this.mueff);
    for (let i = 0; i < n; i++) this.pc[i] = (1 - this.cc) * this.pc[i] + hsig * ccn * yw[i];
    const ys = Array.from({ length: mu }, (_, k) => Float64Array.from(xs[order[k]], (x, i) => (x - old[i]) / this.sigma));
    const keep = 1 - this.c1 - this.cmu + (1 - hsig) * this.c1 * this.cc * (2 - this.cc);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j <= i; j++) {
        let rankMu = 0;
        for (let k = 0; k < mu; k++) rankMu += weights[k] * ys[k][i] * ys[k][j];
        const c = keep * this.C[i * n + j] + this.c1 * this.pc[i] * this.pc[j] + this.cmu * rankMu;
        this.C[i * n + j] = c;
        this.C[j * n + i] = c;
      }
    }
    this.sigma *= Math.exp((this.cs / this.damps) * (psNorm / this.chiN - 1));
    this.mean = mean;
    const eig = symEigen(this.C, n);
    this.B = eig.vectors;
    this.D = Float64Array.from(eig.values, (v) => Math.sqrt(Math.max(v, 1e-20)));
  }
}
