import type { Rank } from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { numericGrad } from '../../core/optim/numericGrad';
import { Rng } from '../../core/rng';
import { AlgebraConv2d } from './AlgebraConv2d';
import { AlgebraDense } from './AlgebraDense';
import { ALGEBRAS, algebra, multiply } from './algebras';
import { elementwiseDense, hamiltonProduct, m2rReshapedMatmul } from './references';

const tf = await initNodeBackend('wasm');
type Tf = typeof tf;

const randn = (rng: Rng, n: number): Float32Array => Float32Array.from({ length: n }, () => rng.normal());
const maxAbs = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
};

describe('AlgebraDense', () => {
  it.each(ALGEBRAS.map((a) => [a.id] as const))('%s: equals Σ_i W_oi ⊗ x_i computed element by element', (id) => {
    const a = algebra(id);
    const rng = new Rng(3);
    const N = 3, I = 4, O = 2;
    const layer = new AlgebraDense('l', a, I, O, rng, { bias: false });
    const x = randn(rng, N * I * a.d);
    const y = tf.tidy(() => layer.apply(tf.tensor2d(x, [N, I * a.d])).dataSync());
    const want = elementwiseDense((w, v) => multiply(a, w, v), layer.weight.variable.dataSync<'float32'>(), x, N, I, O, a.d);
    expect(maxAbs(y, want)).toBeLessThan(1e-5);
    layer.dispose();
  });

  it('M2(R): equals the real reshaped matmul (Appendix E)', () => {
    const rng = new Rng(5);
    const N = 5, I = 3, O = 4;
    const layer = new AlgebraDense('l', algebra('M2R'), I, O, rng, { bias: false });
    const diff = tf.tidy(() => {
      const x = tf.tensor2d(randn(rng, N * I * 4), [N, I * 4]);
      return tf.max(tf.abs(tf.sub(layer.apply(x), m2rReshapedMatmul(layer.weight.variable, x, N, I, O)))).dataSync()[0];
    });
    expect(diff).toBeLessThan(1e-5);
    layer.dispose();
  });

  it('H: equals the Hamilton product computed element by element', () => {
    const rng = new Rng(6);
    const N = 4, I = 5, O = 3;
    const layer = new AlgebraDense('l', algebra('H'), I, O, rng, { bias: false });
    const x = randn(rng, N * I * 4);
    const y = tf.tidy(() => layer.apply(tf.tensor2d(x, [N, I * 4])).dataSync());
    expect(maxAbs(y, elementwiseDense(hamiltonProduct, layer.weight.variable.dataSync<'float32'>(), x, N, I, O, 4))).toBeLessThan(1e-5);
    layer.dispose();
  });

  it.each([['C'], ['H'], ['M2R'], ['M2C']] as const)('%s: gradients match central differences', (id) => {
    const a = algebra(id);
    const rng = new Rng(9);
    const N = 2, I = 3, O = 2;
    const layer = new AlgebraDense('l', a, I, O, rng);
    const x = tf.tensor2d(randn(rng, N * I * a.d), [N, I * a.d]);
    const target = tf.tensor2d(randn(rng, N * O * a.d), [N, O * a.d]);
    // A quadratic loss: central differences are exact up to float32 rounding.
    const loss = () => tf.mul<ReturnType<Tf['scalar']>>(0.5, tf.sum(tf.square(tf.sub(layer.apply(x), target))));
    const w = layer.weight.variable;
    const analytic = tf.tidy(() => tf.variableGrads(loss, [w]).grads[w.name].dataSync());
    const shape = w.shape;
    const numeric = numericGrad((z) => {
      w.assign(tf.tensor(Float32Array.from(z), shape));
      return tf.tidy(() => loss().dataSync()[0]);
    }, w.dataSync(), 1e-2);
    const scale = Math.max(...Array.from(analytic, Math.abs));
    expect(maxAbs(analytic, numeric) / scale).toBeLessThan(2e-3);
    x.dispose();
    target.dispose();
    layer.dispose();
  });

  it.each(ALGEBRAS.map((a) => [a.id] as const))('%s: with gain 1, unit-variance inputs give unit-variance outputs', (id) => {
    const a = algebra(id);
    const rng = new Rng(13);
    const I = 64, O = 64, N = 64;
    const layer = new AlgebraDense('l', a, I, O, rng, { gain: 1, bias: false });
    const v = tf.tidy(() => tf.moments(layer.apply(tf.randomNormal([N, I * a.d], 0, 1, 'float32', 1))).variance.dataSync()[0]);
    expect(v).toBeGreaterThan(0.8);
    expect(v).toBeLessThan(1.25);
    layer.dispose();
  });

  it('counts parameters from the variables and multiplies from the matmul shapes', () => {
    const rng = new Rng(1);
    const expectTable = { R: [1, 1], C: [2, 4], H: [4, 16], M2R: [4, 8], M3R: [9, 27], M4R: [16, 64], M2C: [8, 32] } as const;
    for (const a of ALGEBRAS) {
      const layer = new AlgebraDense('l', a, 3, 5, rng, { bias: false });
      expect([layer.paramCount() / 15, layer.multipliesPerRow() / 15]).toEqual(expectTable[a.id]);
      layer.dispose();
    }
  });

  it('keeps pruned elements at zero through applyMask', () => {
    const layer = new AlgebraDense('l', algebra('H'), 2, 2, new Rng(1), { bias: false });
    layer.mask.assign(tf.tensor3d([1, 0, 0, 1], [2, 2, 1]));
    layer.applyMask();
    const norms = tf.tidy(() => layer.elementNorms().dataSync());
    expect(norms[1]).toBe(0);
    expect(norms[2]).toBe(0);
    expect(norms[0]).toBeGreaterThan(0);
    layer.dispose();
  });
});

describe('AlgebraConv2d', () => {
  it.each(ALGEBRAS.map((a) => [a.id] as const))('%s: equals tf.conv2d with the real block matrix as the filter (column layout)', (id) => {
    const a = algebra(id);
    const rng = new Rng(21);
    const N = 2, H = 6, W = 5, C = 3, O = 2, k = 3;
    const conv = new AlgebraConv2d('c', a, C, O, k, rng);
    conv.dense.bias!.variable.assign(tf.tensor1d(randn(rng, O * a.d)));
    const diff = tf.tidy(() => {
      const x = tf.tensor4d(randn(rng, N * a.r * H * W * C * a.p), [N * a.r, H, W, C * a.p]);
      const filter = tf.reshape<Rank.R4>(conv.dense.realMatrix(), [k, k, C * a.p, O * a.p]);
      // The bias element b_o read as a [p, r] matrix: column c adds b_o[:, c].
      const b = tf.reshape(tf.transpose(tf.reshape(conv.dense.bias!.variable, [O, a.p, a.r]), [2, 0, 1]), [1, a.r, 1, 1, O * a.p]);
      const want = tf.reshape(tf.add(tf.reshape(tf.conv2d(x, filter, 1, 'same'), [N, a.r, H, W, O * a.p]), b), [N * a.r, H, W, O * a.p]);
      return tf.max(tf.abs(tf.sub(conv.apply(x), want))).dataSync()[0];
    });
    expect(diff).toBeLessThan(1e-4);
    conv.dispose();
  });

  it('M2(R): a pixel of the conv is Σ W ⊗ X over the 3×3 window, element by element', () => {
    const a = algebra('M2R');
    const rng = new Rng(22);
    const N = 1, H = 3, W = 3, C = 2, O = 1, k = 3;
    const conv = new AlgebraConv2d('c', a, C, O, k, rng, { bias: false });
    const elems = randn(rng, H * W * C * 4); // [H, W, C, 2, 2] element layout
    // Column layout: [N·r, H, W, C·p], X[c_row][col] goes to batch row `col`.
    const cols = new Float32Array(N * 2 * H * W * C * 2);
    for (let px = 0; px < H * W; px++)
      for (let c = 0; c < C; c++)
        for (let row = 0; row < 2; row++) for (let col = 0; col < 2; col++) cols[((col * H * W + px) * C + c) * 2 + row] = elems[(px * C + c) * 4 + row * 2 + col];
    const y = tf.tidy(() => conv.apply(tf.tensor4d(cols, [2, H, W, C * 2])).dataSync());
    const Wt = conv.dense.weight.variable.dataSync(); // [O, (dy, dx, c), 4]
    const want = [0, 0, 0, 0];
    for (let dy = 0; dy < 3; dy++)
      for (let dx = 0; dx < 3; dx++)
        for (let c = 0; c < C; c++) {
          const i = (dy * 3 + dx) * C + c, px = dy * W + dx;
          multiply(a, Wt.slice(i * 4, i * 4 + 4), elems.slice((px * C + c) * 4, (px * C + c) * 4 + 4)).forEach((v, e) => (want[e] += v));
        }
    const centre = 1 * W + 1;
    const got = [0, 1, 2, 3].map((e) => y[((e % 2) * H * W + centre) * 2 + Math.floor(e / 2)]);
    expect(maxAbs(got, want)).toBeLessThan(1e-5);
    conv.dispose();
  });

  it('trains on WASM: the gradient reaches the weights', () => {
    const conv = new AlgebraConv2d('c', algebra('M2R'), 1, 2, 3, new Rng(2));
    const x = tf.tensor4d(randn(new Rng(3), 2 * 2 * 4 * 4 * 2), [4, 4, 4, 2]);
    const g = tf.tidy(() => tf.variableGrads(() => tf.sum<ReturnType<Tf['scalar']>>(tf.square(conv.apply(x))), [conv.dense.weight.variable]).grads);
    const norm = tf.tidy(() => tf.norm(Object.values(g)[0]).dataSync()[0]);
    expect(norm).toBeGreaterThan(0);
    Object.values(g).forEach((t) => t.dispose());
    x.dispose();
    conv.dispose();
  });
});
