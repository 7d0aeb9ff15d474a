import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../backend/nodeBackend';
import { AdamW } from './adamw';
import { clipByGlobalNorm } from './clip';
import type { Weight } from './weight';
import { Rng } from '../rng';
import { ADAMW, adamwFused, sumSquares } from './adamwKernel';
import { checkCase, FUSED_CASES, randn, rel, REL_TOL, withoutKernel } from './fusedCases';

await initNodeBackend('wasm');

describe('fused kernels on WASM (JS over the heap) against the unfused ops', () => {
  it.each(FUSED_CASES.map((c) => [c.name, c] as const))('%s: forward and gradient within 1e-5', async (_, c) => {
    const before = tf.memory().numTensors;
    const r = await checkCase(c);
    expect(r.forward).toBeLessThan(REL_TOL);
    for (const g of r.grads) expect(g).toBeLessThan(REL_TOL);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('sums squares over many tensors, six per kernel', async () => {
    const rng = new Rng(3);
    const xs = Array.from({ length: 13 }, (_, i) => randn(rng, [i + 1, 3]));
    const fused = sumSquares(xs);
    const ref = xs.map((x) => tf.sum(tf.square(x))).reduce((a, b) => tf.add(a, b));
    expect(await rel(fused, ref)).toBeLessThan(REL_TOL);
    tf.dispose([...xs, fused, ref]);
  });
});

/** Params, grads and their copies for two optimisers that must agree. */
function twin(rng: Rng): { a: Weight[]; b: Weight[]; grads: (p: Weight[], k: number) => tf.NamedTensorMap } {
  const shapes = [[5, 3], [3], [4, 4, 2]];
  const values = shapes.map((s) => randn(rng, s));
  const mk = (tag: string): Weight[] => values.map((v, i) => ({ name: `${tag}${i}`, variable: tf.variable(v, true, `${tag}${i}_${rng.int(1e9)}`), decay: i !== 1 }));
  const a = mk('a');
  const b = mk('b');
  tf.dispose(values);
  const gs = Array.from({ length: 4 }, () => shapes.map((s) => randn(rng, s, 3)));
  return { a, b, grads: (p, k) => Object.fromEntries(p.map((q, i) => [q.variable.name, gs[k][i]])) };
}

const unfused = <T>(fn: () => T): T => withoutKernel(ADAMW, 'wasm', fn);

describe('fused AdamW on WASM', () => {
  it('is the unfused update bit for bit (so papers that train with AdamW on WASM keep their numbers)', async () => {
    expect(adamwFused()).toBe(true);
    const { a, b, grads } = twin(new Rng(5));
    const fused = new AdamW(a, { lrScale: (p) => (p.name.endsWith('2') ? 3 : 1) });
    // The unfused update: the same class with the kernel hidden, as on a backend without it.
    const plain = unfused(() => new AdamW(b, { lrScale: (p) => (p.name.endsWith('2') ? 3 : 1) }));
    for (let k = 0; k < 4; k++) {
      fused.apply(grads(a, k), 1e-2 * (k + 1));
      unfused(() => plain.apply(grads(b, k), 1e-2 * (k + 1)));
    }
    for (let i = 0; i < a.length; i++) expect(Array.from(await a[i].variable.data())).toEqual(Array.from(await b[i].variable.data()));
    fused.dispose();
    plain.dispose();
    tf.dispose([...a, ...b].map((p) => p.variable));
  });

  it('folds the global-norm clip into the update (as clipByGlobalNorm, to float rounding)', async () => {
    const { a, b, grads } = twin(new Rng(6));
    const opts = { eps: 1 }; // a large ε makes the step depend on the gradient's scale, so a missed clip shows
    const fused = new AdamW(a, opts);
    const plain = unfused(() => new AdamW(b, opts));
    for (let k = 0; k < 3; k++) {
      fused.apply(grads(a, k), 1e-2, 0.5); // the grads' norms are ~10: every step clips
      unfused(() => plain.apply(grads(b, k), 1e-2, 0.5));
    }
    for (let i = 0; i < a.length; i++) expect(await rel(a[i].variable, b[i].variable)).toBeLessThan(1e-6);
    fused.dispose();
    plain.dispose();
    tf.dispose([...a, ...b].map((p) => p.variable));
  });

  it('clipByGlobalNorm leaves a norm of maxNorm', async () => {
    const rng = new Rng(2);
    const xs = { p: randn(rng, [4, 4], 5), q: randn(rng, [7], 5) };
    const clipped = clipByGlobalNorm(xs, 1);
    const norm = Math.sqrt((await sumSquares(Object.values(clipped)).data())[0]);
    expect(norm).toBeCloseTo(1, 5);
    tf.dispose([...Object.values(xs), ...Object.values(clipped)]);
  });
});
