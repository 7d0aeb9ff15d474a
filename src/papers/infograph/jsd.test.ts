import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { jsdHandCase, jsdOnHandCase } from './claims';
import { LOG2, localGlobalJsd, negativeExpectation, positiveExpectation } from './jsd';

const tf = await initNodeBackend('wasm');

describe('JSD expectations', () => {
  it('match the official formulas at hand-computed points', async () => {
    const L3 = Math.log(3);
    const s = tf.tensor1d([L3, -L3, 0]);
    const pos = Array.from(await positiveExpectation(s).data());
    const neg = Array.from(await negativeExpectation(s).data());
    [Math.log(3 / 2), -Math.log(2), 0].forEach((v, i) => expect(pos[i]).toBeCloseTo(v, 6));
    [Math.log(2), Math.log(2 / 3), 0].forEach((v, i) => expect(neg[i]).toBeCloseTo(v, 6));
    // Both bounded by log 2 in the right direction: E_pos ≤ log 2, E_neg ≥ −log 2.
    expect(Math.max(...pos)).toBeLessThanOrEqual(LOG2);
    s.dispose();
  });

  it('average over real nodes only, with every other graph as a negative', async () => {
    const want = jsdHandCase();
    const got = await jsdOnHandCase();
    expect(got.mi).toBeCloseTo(want.mi, 6);
    expect(got.loss).toBeCloseTo(want.loss, 6);
    expect(got.mi).toBeCloseTo(-got.loss, 10);
  });

  it('rise when nodes score high with their own graph and low with others', async () => {
    const pos = tf.tensor2d([[1, 0], [0, 1]]), mask = tf.ones([2, 1]) as import('@tensorflow/tfjs-core').Tensor2D;
    const g = tf.tensor2d([[1, 0], [0, 1]]);
    const good = localGlobalJsd(tf.tensor2d([[3, -3], [-3, 3]]), g, pos, mask);
    const bad = localGlobalJsd(tf.tensor2d([[-3, 3], [3, -3]]), g, pos, mask);
    expect((await good.mi.data())[0]).toBeGreaterThan(1);
    expect((await bad.mi.data())[0]).toBeLessThan(-1);
  });
});
