import { describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng';
import { hamiltonProduct } from './references';
import { ALGEBRAS, algebra, blockOf, multiply, multipliesPerProduct, type Algebra } from './algebras';

const rand = (rng: Rng, n: number): number[] => Array.from({ length: n }, () => rng.normal());

/** n×n (complex) matrix product by the textbook triple loop; elements [re.., im..]. */
function complexMatMul(n: number, a: number[], b: number[], complex: boolean): number[] {
  const nn = n * n;
  const out = new Array<number>(complex ? 2 * nn : nn).fill(0);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      for (let k = 0; k < n; k++) {
        const ar = a[i * n + k], br = b[k * n + j];
        const ai = complex ? a[nn + i * n + k] : 0, bi = complex ? b[nn + k * n + j] : 0;
        out[i * n + j] += ar * br - ai * bi;
        if (complex) out[nn + i * n + j] += ar * bi + ai * br;
      }
  return out;
}

const explicit: Record<string, (a: number[], b: number[]) => number[]> = {
  R: (a, b) => [a[0] * b[0]],
  C: ([a, b], [c, d]) => [a * c - b * d, a * d + b * c],
  H: hamiltonProduct,
  M2R: (a, b) => complexMatMul(2, a, b, false),
  M3R: (a, b) => complexMatMul(3, a, b, false),
  M4R: (a, b) => complexMatMul(4, a, b, false),
  M2C: (a, b) => complexMatMul(2, a, b, true),
};

const close = (x: number[], y: number[], tol = 1e-9): void => {
  expect(x.length).toBe(y.length);
  x.forEach((v, i) => expect(Math.abs(v - y[i])).toBeLessThan(tol));
};

describe('algebras', () => {
  it('lists the seven algebras of the facts table with d = p·r', () => {
    expect(ALGEBRAS.map((a) => a.id)).toEqual(['R', 'C', 'H', 'M2R', 'M3R', 'M4R', 'M2C']);
    for (const a of ALGEBRAS) expect(a.p * a.r).toBe(a.d);
    expect(() => algebra('X' as never)).toThrow(/unknown algebra/);
  });

  it.each(ALGEBRAS.map((a) => [a.id, a] as [string, Algebra]))('%s: product matches the explicit formula on random elements', (id, a) => {
    const rng = new Rng(7);
    for (let t = 0; t < 20; t++) {
      const x = rand(rng, a.d), y = rand(rng, a.d);
      close(multiply(a, x, y), explicit[id](x, y));
    }
  });

  it.each(ALGEBRAS.map((a) => [a.id, a] as [string, Algebra]))('%s: associative, with a unit, and bilinear', (_id, a) => {
    const rng = new Rng(11);
    for (let t = 0; t < 20; t++) {
      const x = rand(rng, a.d), y = rand(rng, a.d), z = rand(rng, a.d);
      close(multiply(a, multiply(a, x, y), z), multiply(a, x, multiply(a, y, z)), 1e-9);
      close(multiply(a, a.unit, x), x);
      close(multiply(a, x, a.unit), x);
      const s = rng.normal();
      close(multiply(a, x.map((v, i) => v + s * z[i]), y), multiply(a, x, y).map((v, i) => v + s * multiply(a, z, y)[i]));
    }
  });

  it('H is not commutative, C is', () => {
    const i = [0, 1, 0, 0], j = [0, 0, 1, 0];
    expect(multiply(algebra('H'), i, j)).toEqual([0, 0, 0, 1]);
    expect(multiply(algebra('H'), j, i)).toEqual([0, 0, 0, -1]);
    expect(multiply(algebra('C'), [1, 2], [3, 4])).toEqual(multiply(algebra('C'), [3, 4], [1, 2]));
  });

  it('block of the complex number a + bi is [[a, -b], [b, a]]', () => {
    expect(blockOf(algebra('C'), [3, 5])).toEqual([3, -5, 5, 3]);
    expect(() => blockOf(algebra('C'), [1])).toThrow(/2 components/);
  });

  it('counts multiplies per product as r·p²', () => {
    expect(ALGEBRAS.map(multipliesPerProduct)).toEqual([1, 4, 16, 8, 27, 64, 32]);
  });
});
