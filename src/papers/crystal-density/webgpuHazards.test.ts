import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { clipByGlobalNorm } from '../../core/nn/clip';
import { Rng } from '../../core/rng';
import { NUM_CLASSES } from './elements';
import { SegUNet } from './unet';
import { CrystalVae } from './vae';

const BINARY = new Set(['Add', 'Sub', 'Mul', 'RealDiv', 'Maximum', 'Minimum', 'Pow', 'SquaredDifference', 'FloorDiv', 'Prelu']);

/**
 * Kernel calls that tfjs-backend-webgpu 4.22 turns into shaders that fail to build on SwiftShader
 * (the result is then silently zeros or garbage): a binary op with a rank ≥ 5 output and a 1-D
 * input of 2..127 values ("cannot index type 'vec5'"), and AddN over more than 7 tensors (one
 * storage buffer per input; SwiftShader allows 8 per stage). Node backends run both fine, so this
 * checks the kernel calls themselves.
 */
function hazards(kernels: { name: string; inputShapes: number[][]; outputShapes: number[][] }[]): string[] {
  const out: string[] = [];
  for (const k of kernels) {
    const outRank = Math.max(0, ...k.outputShapes.map((s) => s.length));
    if (BINARY.has(k.name) && outRank >= 5 && k.inputShapes.some((s) => s.length === 1 && s[0] > 1)) out.push(`${k.name} ${JSON.stringify(k.inputShapes)}`);
    if (k.name === 'AddN' && k.inputShapes.length > 7) out.push(`AddN of ${k.inputShapes.length} tensors`);
  }
  return out;
}

const ramp = (shape: number[], k: number) => tf.tensor(Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => Math.abs(Math.sin(i * k))), shape);

describe('kernel calls that break on WebGPU', () => {
  it('a VAE and a U-Net training step (forward, gradients, clipping) make none of them', async () => {
    await initNodeBackend('cpu');
    const vae = new CrystalVae({ n: 8, latent: 3, width: 4 }, new Rng(1));
    const unet = new SegUNet({ width: 4, classes: NUM_CLASSES }, new Rng(2));
    const x = ramp([2, 8, 8, 8, 1], 0.37) as tf.Tensor5D;
    const eps = ramp([2, 3], 0.9) as tf.Tensor2D;
    const labels = tf.tensor1d(Array.from({ length: 2 * 8 ** 3 }, (_, i) => i % NUM_CLASSES), 'int32');
    const onehot = tf.reshape(tf.oneHot(labels, NUM_CLASSES), [2, 8, 8, 8, NUM_CLASSES]) as tf.Tensor5D;
    const weight = tf.onesLike(x);
    const step = (loss: () => tf.Scalar, vars: tf.Variable[]) => () => {
      const { value, grads } = tf.variableGrads(loss, vars);
      const clipped = clipByGlobalNorm(grads, 5);
      tf.dispose(grads);
      return [value, ...Object.values(clipped)];
    };
    const pv = await tf.profile(() => tf.tidy(step(() => vae.loss(x, eps, 0.01).loss, vae.weights.map((p) => p.variable))));
    const pu = await tf.profile(() => tf.tidy(step(() => unet.loss(x, onehot, weight).loss, unet.weights.map((p) => p.variable))));
    const pd = await tf.profile(() => tf.tidy(() => vae.decode(eps)));
    expect(vae.weights.length).toBeGreaterThan(7); // so the clipping would have hit the AddN limit
    expect(pv.kernelNames).toContain('Conv3D');
    expect([...hazards(pv.kernels), ...hazards(pu.kernels), ...hazards(pd.kernels)]).toEqual([]);
    tf.dispose([x, eps, labels, onehot, weight, pv.result, pu.result, pd.result] as tf.Tensor[]);
    vae.dispose();
    unet.dispose();
  });
});

describe('the hazard check itself', () => {
  it('flags a rank-5 tensor plus a 1-D bias and an AddN of 12 tensors, and passes their safe forms', async () => {
    await initNodeBackend('cpu');
    const x = ramp([1, 2, 2, 2, 3], 0.3), b = ramp([3], 0.7);
    const bad = await tf.profile(() => tf.tidy(() => [tf.add(x, b), tf.addN(Array.from({ length: 12 }, () => tf.scalar(1)))]));
    expect(hazards(bad.kernels)).toHaveLength(2);
    const ok = await tf.profile(() => tf.tidy(() => [tf.add(x, tf.reshape(b, [1, 1, 1, 1, 3])), tf.add(x, 1), tf.addN([tf.scalar(1), tf.scalar(2)])]));
    expect(hazards(ok.kernels)).toEqual([]);
    tf.dispose([x, b, ...(bad.result as tf.Tensor[]), ...(ok.result as tf.Tensor[])]);
  });
});
