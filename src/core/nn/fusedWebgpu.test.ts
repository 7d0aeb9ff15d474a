/**
 * The fused WGSL kernels on tfjs's WebGPU backend in Node (Dawn's Node
 * bindings; on a machine without a GPU, SwiftShader through Debian's
 * libvulkan1 and chromium's ICD), against the unfused ops on the same backend;
 * the LM's kernel budget; and the shader patterns that broke before on
 * software WebGPU. Skipped, with a message, where Dawn finds no adapter.
 */
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../backend/nodeBackend';
import { nodeWebGPUAdapter, SWIFTSHADER_ICD } from '../backend/nodeWebgpu';
import { AdamW } from './adamw';
import { clipByGlobalNorm } from './clip';
import { TransformerLM } from '../lm/model';
import type { Weight } from './weight';
import { trainStep } from '../lm/train';
import type { LMConfig } from '../lm/config';
import { Rng } from '../rng';
import { ADAMW, sumSquares } from './adamwKernel';
import { checkCase, FUSED_CASES, randn, rel, REL_TOL, withoutKernel } from './fusedCases';

const gpu = await nodeWebGPUAdapter();
if (gpu) await initNodeBackend('webgpu');
/** Shown as the suite's name when skipped, so the reason appears in the test report. */
const NO_ADAPTER = `SKIPPED: Dawn found no WebGPU adapter (install libvulkan1 and a Vulkan driver, or chromium for ${SWIFTSHADER_ICD})`;

/** Kernels one training step launches (tf.profile), after a warm-up step. */
async function stepKernels(cfg: LMConfig, B: number, clipNorm: number): Promise<number> {
  const model = new TransformerLM(cfg, new Rng(1));
  const opt = new AdamW(model.weights);
  const x = Int32Array.from({ length: B * cfg.seqLen }, (_, i) => (i * 7) % cfg.vocabSize);
  const step = async () => {
    const l = trainStep(model, opt, { x, y: x, batchSize: B, seqLen: cfg.seqLen }, 1e-3, { clipNorm });
    await l.data();
    l.dispose();
  };
  await step();
  const p = await tf.profile(step);
  opt.dispose();
  model.dispose();
  return p.kernels.length;
}

describe.skipIf(!gpu)(`fused kernels on WebGPU in Node (${gpu?.description ?? NO_ADAPTER})`, () => {
  it('runs on the webgpu backend', () => {
    expect(tf.getBackend()).toBe('webgpu');
  });

  it.each(FUSED_CASES.map((c) => [c.name, c] as const))('%s: forward and gradient within 1e-5 of the unfused ops', async (_, c) => {
    const r = await checkCase(c);
    expect(r.forward).toBeLessThan(REL_TOL);
    for (const g of r.grads) expect(g).toBeLessThan(REL_TOL);
  });

  it('AdamW: the fused update (two dispatches per tensor, clip folded in) matches the unfused one', async () => {
    const rng = new Rng(4);
    const shapes = [[5, 3], [3], [4, 4, 2], [7], [2, 2], [6], [3, 3], [1]]; // 8 tensors: SumSquares chains two kernels
    const values = shapes.map((s) => randn(rng, s));
    const mk = (tag: string): Weight[] => values.map((v, i) => ({ name: `${tag}${i}`, variable: tf.variable(v, true, `${tag}${i}_${rng.int(1e9)}`), decay: i % 2 === 0 }));
    const [a, b] = [mk('fa'), mk('fb')];
    const opts = { eps: 1e-3 };
    const fused = new AdamW(a, opts);
    const plain = withoutKernel(ADAMW, 'webgpu', () => new AdamW(b, opts));
    for (let k = 0; k < 3; k++) {
      const gs = shapes.map((s) => randn(rng, s, 3));
      fused.apply(Object.fromEntries(a.map((p, i) => [p.variable.name, gs[i]])), 1e-2, k === 1 ? 0 : 2);
      withoutKernel(ADAMW, 'webgpu', () => plain.apply(Object.fromEntries(b.map((p, i) => [p.variable.name, gs[i]])), 1e-2, k === 1 ? 0 : 2));
      tf.dispose(gs);
    }
    for (let i = 0; i < a.length; i++) expect(await rel(a[i].variable, b[i].variable)).toBeLessThan(REL_TOL);
    fused.dispose();
    plain.dispose();
    tf.dispose([...values, ...[...a, ...b].map((p) => p.variable)]);
  });

  it('sums squares of 13 tensors (chained, six per kernel) like the unfused ops', async () => {
    const rng = new Rng(3);
    const xs = Array.from({ length: 13 }, (_, i) => randn(rng, [i + 1, 5]));
    const fused = sumSquares(xs);
    const clipped = clipByGlobalNorm(Object.fromEntries(xs.map((x, i) => [`g${i}`, x])), 1);
    const ref = xs.map((x) => tf.sum(tf.square(x))).reduce((p, q) => tf.add(p, q));
    expect(await rel(fused, ref)).toBeLessThan(REL_TOL);
    expect(Math.sqrt((await sumSquares(Object.values(clipped)).data())[0])).toBeCloseTo(1, 5);
    tf.dispose([...xs, fused, ref, ...Object.values(clipped)]);
  });

  it('keeps the LM training step within the kernel budget: <= 350 at 2 layers, <= 120 per further layer', async () => {
    // The count depends on the model's structure, not on B or T: small ones keep SwiftShader quick.
    const cfg: LMConfig = { vocabSize: 52, seqLen: 8, dModel: 64, nLayers: 2, nHeads: 4, ffnRatio: 4, norm: 'layernorm', positions: 'learned' };
    const k2 = await stepKernels(cfg, 2, 0);
    const k3 = await stepKernels({ ...cfg, nLayers: 3 }, 2, 0);
    expect(k2).toBeLessThanOrEqual(350);
    expect(k3 - k2).toBeLessThanOrEqual(120);
    const gopherLike = await stepKernels({ ...cfg, norm: 'rmsnorm', positions: 'relative' }, 2, 1);
    expect(gopherLike).toBeLessThanOrEqual(400);
  }, 300_000);

  it('trains the LM on WebGPU to the same loss as the unfused ops on the CPU backend', async () => {
    const cfg: LMConfig = { vocabSize: 13, seqLen: 6, dModel: 16, nLayers: 2, nHeads: 2, ffnRatio: 4, norm: 'rmsnorm', positions: 'relative' };
    const x = Int32Array.from({ length: 3 * 6 }, (_, i) => (i * 5) % 13);
    const y = Int32Array.from({ length: 3 * 6 }, (_, i) => (i * 3 + 1) % 13);
    const losses = async (): Promise<number[]> => {
      const model = new TransformerLM(cfg, new Rng(9));
      const opt = new AdamW(model.weights);
      const out: number[] = [];
      for (let s = 0; s < 3; s++) {
        const l = trainStep(model, opt, { x, y, batchSize: 3, seqLen: 6 }, 1e-2, { clipNorm: 0.5 });
        out.push((await l.data())[0]);
        l.dispose();
      }
      opt.dispose();
      model.dispose();
      return out;
    };
    const onGpu = await losses();
    await initNodeBackend('cpu');
    const onCpu = await losses();
    await initNodeBackend('webgpu');
    for (let s = 0; s < 3; s++) expect(Math.abs(onGpu[s] - onCpu[s]) / onCpu[s]).toBeLessThan(1e-5);
  }, 120_000);
});

describe.skipIf(!gpu)(`shader patterns that broke before on software WebGPU${gpu ? '' : ` (${NO_ADAPTER})`}`, () => {
  it('AddN over more than 7 inputs (added pairwise past 7 by core/nn/safeAddN.ts)', async () => {
    const xs = Array.from({ length: 9 }, (_, i) => tf.fill([5, 3], i + 1));
    const s = tf.addN(xs);
    expect(Array.from(await s.data())).toEqual(new Array(15).fill(45));
    tf.dispose([...xs, s]);
  });

  it('a rank-5 tensor plus a 1-D bias', async () => {
    const x = tf.reshape(tf.range(0, 2 * 3 * 2 * 2 * 4, 1, 'float32'), [2, 3, 2, 2, 4]);
    const b = tf.tensor1d([10, 20, 30, 40]);
    const y = tf.add(x, b);
    const xv = await x.data();
    const yv = await y.data();
    for (let i = 0; i < xv.length; i++) expect(yv[i]).toBe(xv[i] + [10, 20, 30, 40][i % 4]);
    tf.dispose([x, b, y]);
  });

  it('float masks (a comparison cast to float32) multiply as 0 and 1', async () => {
    const x = tf.tensor1d([-2, -0.5, 0, 0.5, 3]);
    const mask = tf.cast(tf.greater(x, 0), 'float32');
    const y = tf.mul(x, mask);
    expect(Array.from(await y.data(), (v) => v + 0)).toEqual([0, 0, 0, 0.5, 3]); // + 0 turns x · 0 = -0 into 0
    tf.dispose([x, mask, y]);
  });
});
