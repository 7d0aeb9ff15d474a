/**
 * The fused kernels' numerical checks, shared by the WASM and the Node WebGPU
 * tests: each fused op against its unfused reference on the same backend,
 * forward and gradient (of a random linear function of the output, so every
 * entry of the incoming gradient differs), at 1e-5 relative to the largest
 * reference entry.
 */
import * as tf from '@tensorflow/tfjs-core';
import { Rng } from '../rng';
import { biasGelu, gelu } from './biasGelu';
import { causalAttention } from './causalAttention';
import { linear } from './linear';
import { normReference, normRows } from './norm';
import { softmaxCrossEntropy, softmaxCrossEntropyReference } from './softmaxCrossEntropy';

export const REL_TOL = 1e-5;

export function randn(rng: Rng, shape: number[], std = 1): tf.Tensor {
  return tf.tensor(Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rng.normal(0, std)), shape);
}

/** Runs `fn` with kernel `name` hidden on `backend`, as on a backend without it: the unfused path. */
export function withoutKernel<T>(name: string, backend: string, fn: () => T): T {
  const kernel = tf.getKernel(name, backend);
  if (!kernel) throw new Error(`no ${name} kernel registered on ${backend}`);
  tf.unregisterKernel(name, backend);
  try {
    return fn();
  } finally {
    tf.registerKernel(kernel);
  }
}

/** max |a - b| / max |b|: the error relative to the largest reference entry. */
export async function rel(a: tf.Tensor, b: tf.Tensor): Promise<number> {
  const [av, bv] = await Promise.all([a.data(), b.data()]);
  if (av.length !== bv.length) return Infinity;
  let num = 0;
  let den = 1e-12;
  for (let i = 0; i < bv.length; i++) {
    num = Math.max(num, Math.abs(av[i] - bv[i]));
    den = Math.max(den, Math.abs(bv[i]));
  }
  return num / den;
}

export interface FusedCase {
  name: string;
  /** Differentiable inputs (float) and fixed ones (e.g. int32 targets). */
  make(rng: Rng): { xs: tf.Tensor[]; fixed: tf.Tensor[] };
  fused(xs: tf.Tensor[], fixed: tf.Tensor[]): tf.Tensor;
  reference(xs: tf.Tensor[], fixed: tf.Tensor[]): tf.Tensor;
}

const t1 = (t: tf.Tensor): tf.Tensor1D => tf.reshape(t, [t.size]);
const t2 = (t: tf.Tensor): tf.Tensor2D => tf.reshape(t, [t.shape[0], t.size / t.shape[0]]);

/** The 4-D attention the LM used before the fused kernel: qkv [B·T, 3E] -> [B·T, E]. */
export function attentionReference(qkv: tf.Tensor, bias: tf.Tensor | null, B: number, T: number, H: number): tf.Tensor {
  const E = qkv.shape[1]! / 3;
  const D = E / H;
  const heads = (t: tf.Tensor): tf.Tensor4D => tf.transpose(tf.reshape(t, [B, T, H, D]), [0, 2, 1, 3]); // [B, H, T, D]
  const [q, k, v] = tf.split(tf.reshape(qkv, [B, T, 3 * E]), 3, 2).map(heads);
  let logits: tf.Tensor = tf.mul(tf.matMul(q, k, false, true), 1 / Math.sqrt(D)); // [B, H, T, T]
  if (bias) logits = tf.add(logits, bias);
  const m = new Float32Array(T * T);
  for (let i = 0; i < T; i++) for (let j = i + 1; j < T; j++) m[i * T + j] = -1e9;
  const att = tf.softmax(tf.add(logits, tf.tensor2d(m, [T, T]))); // [B, H, T, T]
  return tf.reshape(tf.transpose(tf.matMul(att, v), [0, 2, 1, 3]), [B * T, E]); // [B·T, E]
}

export const FUSED_CASES: FusedCase[] = [
  {
    name: 'layernorm',
    make: (rng) => ({ xs: [randn(rng, [37, 24], 2), randn(rng, [24]), randn(rng, [24])], fixed: [] }),
    fused: ([x, g, b]) => normRows(t2(x), t1(g), t1(b), false, 1e-5),
    reference: ([x, g, b]) => normReference(t2(x), t1(g), t1(b), false, 1e-5),
  },
  {
    name: 'rmsnorm',
    make: (rng) => ({ xs: [randn(rng, [29, 16], 2), randn(rng, [16])], fixed: [] }),
    fused: ([x, g]) => normRows(t2(x), t1(g), null, true, 1e-5),
    reference: ([x, g]) => normReference(t2(x), t1(g), null, true, 1e-5),
  },
  {
    name: 'bias + GELU',
    make: (rng) => ({ xs: [randn(rng, [33, 40], 2), randn(rng, [40])], fixed: [] }),
    fused: ([x, b]) => biasGelu(t2(x), t1(b)),
    reference: ([x, b]) => gelu(tf.add(x, b)),
  },
  {
    name: 'linear with bias',
    make: (rng) => ({ xs: [randn(rng, [29, 16]), randn(rng, [16, 12]), randn(rng, [12])], fixed: [] }),
    fused: ([x, w, b]) => linear(t2(x), t2(w), t1(b)),
    reference: ([x, w, b]) => tf.add(tf.matMul(x, w), b),
  },
  {
    name: 'linear without bias',
    make: (rng) => ({ xs: [randn(rng, [21, 8]), randn(rng, [8, 52])], fixed: [] }),
    fused: ([x, w]) => linear(t2(x), t2(w), null),
    reference: ([x, w]) => tf.matMul(x, w),
  },
  {
    name: 'causal attention (3 heads)',
    make: (rng) => ({ xs: [randn(rng, [2 * 7, 3 * 12])], fixed: [] }),
    fused: ([qkv]) => causalAttention(t2(qkv), null, { B: 2, T: 7, H: 3, scale: 1 / Math.sqrt(4) }),
    reference: ([qkv]) => attentionReference(qkv, null, 2, 7, 3),
  },
  {
    name: 'causal attention with a bias [H, T, T]',
    make: (rng) => ({ xs: [randn(rng, [3 * 5, 3 * 8]), randn(rng, [2, 5, 5])], fixed: [] }),
    fused: ([qkv, bias]) => causalAttention(t2(qkv), tf.reshape(bias, [2, 5, 5]), { B: 3, T: 5, H: 2, scale: 1 / Math.sqrt(4) }),
    reference: ([qkv, bias]) => attentionReference(qkv, bias, 3, 5, 2),
  },
  {
    name: 'softmax cross-entropy',
    make: (rng) => ({ xs: [randn(rng, [30, 11], 3)], fixed: [tf.tensor1d(Array.from({ length: 30 }, () => rng.int(11)), 'int32')] }),
    fused: ([l], [tg]) => softmaxCrossEntropy(t2(l), t1(tg)),
    reference: ([l], [tg]) => softmaxCrossEntropyReference(t2(l), t1(tg)),
  },
];

export interface CaseResult {
  forward: number;
  grads: number[];
}

/** Relative errors of the forward value and of each input's gradient. */
export async function checkCase(c: FusedCase, seed = 1): Promise<CaseResult> {
  const rng = new Rng(seed);
  const { xs, fixed } = c.make(rng);
  const probeRng = rng.fork('probe');
  const yRef = tf.tidy(() => c.reference(xs, fixed));
  const w = randn(probeRng, yRef.shape); // a random linear probe of the output
  const lossOf = (f: FusedCase['fused']) => (...a: tf.Tensor[]) => tf.sum(tf.mul(f(a, fixed), w));
  const yFused = tf.tidy(() => c.fused(xs, fixed));
  const gRef = tf.grads(lossOf(c.reference))(xs);
  const gFused = tf.grads(lossOf(c.fused))(xs);
  const out = { forward: await rel(yFused, yRef), grads: await Promise.all(gFused.map((g, i) => rel(g, gRef[i]))) };
  tf.dispose([...xs, ...fixed, yRef, yFused, w, ...gRef, ...gFused]);
  return out;
}
