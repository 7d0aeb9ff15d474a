import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { CmaEs } from './cmaes';
import { symEigen } from './symEigen';

describe('symEigen', () => {
  it('decomposes a symmetric matrix into V diag(λ) Vᵀ with orthonormal V', () => {
    const a = [4, 1, 0.5, 1, 3, -0.2, 0.5, -0.2, 1];
    const { values, vectors: v } = symEigen(a, 3);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let r = 0;
        let vtv = 0;
        for (let k = 0; k < 3; k++) {
          r += v[i * 3 + k] * values[k] * v[j * 3 + k];
          vtv += v[k * 3 + i] * v[k * 3 + j];
        }
        expect(r).toBeCloseTo(a[i * 3 + j], 10);
        expect(vtv).toBeCloseTo(i === j ? 1 : 0, 10);
      }
    }
  });
});

describe('CMA-ES', () => {
  it('minimises an ill-conditioned rotated quadratic in 10 dimensions', () => {
    const n = 10;
    const f = (x: readonly number[]): number => {
      let s = 0;
      for (let i = 0; i < n; i++) {
        const y = x[i] + (i + 1 < n ? 0.5 * x[i + 1] : 0) - 1;
        s += 10 ** ((3 * i) / (n - 1)) * y * y;
      }
      return s;
    };
    const es = new CmaEs({ mean: new Array(n).fill(3), sigma: 1, rng: new Rng(5) });
    for (let g = 0; g < 400 && (es.best?.f ?? Infinity) > 1e-10; g++) {
      const xs = es.ask();
      es.tell(xs, xs.map(f));
    }
    expect(es.best!.f).toBeLessThan(1e-10);
    expect(es.generation).toBeLessThan(400);
  });

  it('is reproducible from its seed and ranks NaN values last', () => {
    const run = () => {
      const es = new CmaEs({ mean: [1, 1], sigma: 0.5, rng: new Rng(9), lambda: 6 });
      for (let g = 0; g < 5; g++) {
        const xs = es.ask();
        es.tell(xs, xs.map((x, i) => (i === 0 ? NaN : x[0] ** 2 + x[1] ** 2)));
      }
      return [...es.mean];
    };
    expect(run()).toEqual(run());
    expect(Math.hypot(...run())).toBeLessThan(Math.SQRT2);
  });

  it('refuses bad settings', () => {
    expect(() => new CmaEs({ mean: [], sigma: 1, rng: new Rng(1) })).toThrow(/at least one/);
    expect(() => new CmaEs({ mean: [0], sigma: 0, rng: new Rng(1) })).toThrow(/positive sigma/);
  });
});
