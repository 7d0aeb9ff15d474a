/**
 * The algebras of AlgebraNets (Hoffmann et al. 2020, arXiv 2006.07360, Section 3
 * and Appendix E): ℝ, ℂ, ℍ, M₂(ℝ), M₃(ℝ), M₄(ℝ), M₂(ℂ).
 *
 * Every algebra here is one real structure: an element w has d real
 * components; an activation element x is the same d reals laid out as a
 * real [p, r] matrix (r columns of height p), and the product is one real
 * matrix product with a p×p block that is linear in w:
 *
 *   w ⊗ x = B(w) · X,   B(w)[i][j] = Σ_k w_k S[k][i][j],   S ∈ {-1, 0, 1}.
 *
 *   ℝ:      d = 1, p = 1, r = 1, B(w) = [w]
 *   ℂ:      d = 2, p = 2, r = 1, B(a + bi) = [[a, -b], [b, a]]          (complex block)
 *   ℍ:      d = 4, p = 4, r = 1, B(q) = left Hamilton matrix of q       (Hamilton block)
 *   Mₙ(ℝ):  d = n², p = n, r = n, B(W) = W, X = the n×n matrix itself   (reshape identity)
 *   M₂(ℂ):  d = 8, p = 4, r = 2, B(W) = [[Re W, -Im W], [Im W, Re W]], X = [Re X; Im X]
 *
 * So a product costs r·p² real multiplies, and d·p / d = p per parameter.
 * Element layout: ℂ (re, im); ℍ (a, b, c, d) for a + bi + cj + dk; Mₙ(ℝ)
 * row-major; M₂(ℂ) the real part row-major, then the imaginary part.
 */

export const ALGEBRA_IDS = ['R', 'C', 'H', 'M2R', 'M3R', 'M4R', 'M2C'] as const;
export type AlgebraId = (typeof ALGEBRA_IDS)[number];

export interface Algebra {
  id: AlgebraId;
  /** Plain-text name (ℝ, M₂(ℝ), ...). */
  name: string;
  /** KaTeX name. */
  tex: string;
  /** Real parameters per element. */
  d: number;
  /** Height of the real block B(w) and of an activation column. */
  p: number;
  /** Columns of an activation element: d = p · r. */
  r: number;
  /** Structure constants [d, p, p], flattened: B(w) = Σ_k w_k S[k]. */
  structure: Float32Array;
  /** The multiplicative identity (B(unit) = I). */
  unit: number[];
}

/** One block entry: component k with a sign. */
type Entry = [k: number, sign: 1 | -1];

function build(id: AlgebraId, name: string, tex: string, d: number, p: number, r: number, block: Entry[][], unit: number[]): Algebra {
  const structure = new Float32Array(d * p * p);
  block.forEach((row, i) => row.forEach(([k, sign], j) => (structure[k * p * p + i * p + j] = sign)));
  return { id, name, tex, d, p, r, structure, unit };
}

function matrixAlgebra(n: 2 | 3 | 4): Algebra {
  const block: Entry[][] = [];
  for (let a = 0; a < n; a++) block.push(Array.from({ length: n }, (_, c): Entry => [a * n + c, 1]));
  const unit = Array.from({ length: n * n }, (_, k) => (Math.floor(k / n) === k % n ? 1 : 0));
  const sub = ['', '', '₂', '₃', '₄'][n];
  return build(`M${n}R`, `M${sub}(ℝ)`, `M_${n}(\\mathbb{R})`, n * n, n, n, block, unit);
}

function m2c(): Algebra {
  // Rows/cols of the 4×4 block are (part, index) with part 0 = real, 1 = imaginary.
  const block: Entry[][] = [];
  for (let s = 0; s < 2; s++)
    for (let a = 0; a < 2; a++) {
      const row: Entry[] = [];
      for (let t = 0; t < 2; t++)
        for (let c = 0; c < 2; c++) {
          const re = a * 2 + c, im = 4 + a * 2 + c;
          row.push(s === t ? [re, 1] : s === 0 ? [im, -1] : [im, 1]);
        }
      block.push(row);
    }
  return build('M2C', 'M₂(ℂ)', 'M_2(\\mathbb{C})', 8, 4, 2, block, [1, 0, 0, 1, 0, 0, 0, 0]);
}

const ALGEBRA_LIST: readonly Algebra[] = [
  build('R', 'ℝ', '\\mathbb{R}', 1, 1, 1, [[[0, 1]]], [1]),
  build('C', 'ℂ', '\\mathbb{C}', 2, 2, 1, [[[0, 1], [1, -1]], [[1, 1], [0, 1]]], [1, 0]),
  build('H', 'ℍ', '\\mathbb{H}', 4, 4, 1, [
    [[0, 1], [1, -1], [2, -1], [3, -1]],
    [[1, 1], [0, 1], [3, -1], [2, 1]],
    [[2, 1], [3, 1], [0, 1], [1, -1]],
    [[3, 1], [2, -1], [1, 1], [0, 1]],
  ], [1, 0, 0, 0]),
  matrixAlgebra(2),
  matrixAlgebra(3),
  matrixAlgebra(4),
  m2c(),
];

export function algebra(id: AlgebraId): Algebra {
  const a = ALGEBRA_LIST.find((x) => x.id === id);
  if (!a) throw new RangeError(`unknown algebra '${String(id)}'`);
  return a;
}

export const ALGEBRAS: readonly Algebra[] = ALGEBRA_LIST;

/** B(w): the real p×p block of w, row-major. */
export function blockOf(alg: Algebra, w: ArrayLike<number>): number[] {
  const { d, p, structure } = alg;
  if (w.length !== d) throw new RangeError(`${alg.name} elements have ${d} components, got ${w.length}`);
  const out = new Array<number>(p * p).fill(0);
  for (let k = 0; k < d; k++) for (let e = 0; e < p * p; e++) out[e] += w[k] * structure[k * p * p + e];
  return out;
}

/** w ⊗ x in plain numbers: B(w) times x read as a [p, r] matrix. */
export function multiply(alg: Algebra, w: ArrayLike<number>, x: ArrayLike<number>): number[] {
  const { p, r, d } = alg;
  if (x.length !== d) throw new RangeError(`${alg.name} elements have ${d} components, got ${x.length}`);
  const B = blockOf(alg, w);
  const out = new Array<number>(d).fill(0);
  for (let i = 0; i < p; i++) for (let c = 0; c < r; c++) for (let j = 0; j < p; j++) out[i * r + c] += B[i * p + j] * x[j * r + c];
  return out;
}

/** Real multiplies of one product w ⊗ x as the block form computes it: r · p². */
export function multipliesPerProduct(alg: Algebra): number {
  return alg.r * alg.p * alg.p;
}
