/** RMSNorm and relative-position attention against values worked out by hand. */
import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../backend/nodeBackend';
import { Rng } from '../rng';
import { causalMask, CausalSelfAttention } from './attention';
import { DEFAULT_LM_CONFIG } from './config';
import { Norm } from './norm';

describe('hand-computed cases', () => {
  it('RMSNorm: x / sqrt(mean(x^2) + eps) * g', async () => {
    const tf = await initNodeBackend('cpu');
    const norm = new Norm('n', 'rmsnorm', 2, new Rng(1));
    norm.gain.variable.assign(tf.tensor1d([1, 2]));
    const y = norm.apply(tf.tensor3d([[[3, 4]]]));
    // mean square = (9 + 16) / 2 = 12.5; 3 / sqrt(12.5) = 0.848528, 4 / sqrt(12.5) * 2 = 2.262742
    const got = Array.from(await y.data());
    expect(got[0]).toBeCloseTo(0.848528, 5);
    expect(got[1]).toBeCloseTo(2.262742, 5);
    expect(norm.weights).toHaveLength(1);
  });

  it('relative-position attention: softmax(q k / sqrt(D) + a[i - j]) v, causal', async () => {
    const tf = await initNodeBackend('cpu');
    const cfg = { ...DEFAULT_LM_CONFIG, dModel: 1, nHeads: 1, nLayers: 1, seqLen: 2, positions: 'relative' as const };
    const att = new CausalSelfAttention('a', cfg, new Rng(1));
    // q = k = v = x, output projection = identity, no biases.
    att.qkv.w.variable.assign(tf.tensor2d([[1, 1, 1]]));
    att.qkv.b?.variable.assign(tf.zeros([3]));
    att.proj.w.variable.assign(tf.tensor2d([[1]]));
    att.proj.b?.variable.assign(tf.zeros([1]));
    att.relBias!.table.variable.assign(tf.tensor2d([[0.5, -1]])); // a[0] = 0.5, a[1] = -1
    const y = att.apply(tf.tensor3d([[[1], [2]]]), causalMask(2));
    // t = 0 sees only itself: y = 1.
    // t = 1: logits [2*1 + a[1], 2*2 + a[0]] = [1, 4.5]; weights [1, e^3.5] / (1 + e^3.5);
    // y = (1 * 1 + 2 * e^3.5) / (1 + e^3.5) = 1.970688
    const got = Array.from(await y.data());
    expect(got[0]).toBeCloseTo(1, 5);
    expect(got[1]).toBeCloseTo((1 + 2 * Math.exp(3.5)) / (1 + Math.exp(3.5)), 5);
  });
});
