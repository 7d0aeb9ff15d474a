/**
 * One AdamW update of one parameter tensor in one kernel (Loshchilov & Hutter
 * 2019, Algorithm 2), with Adam's two moments packed as mv = [m; v] of shape
 * [2, ...θ]:
 *   g ← g · min(1, maxNorm / (sqrt(Σ g²) + 1e-6))   (when a global sum of squares is given)
 *   m ← β1 m + (1-β1) g          v ← β2 v + (1-β2) g²
 *   θ ← θ - lr (m / bc1 / (sqrt(v / bc2) + ε) + λ θ)
 * WebGPU: two dispatches per tensor (moments, then θ), one tfjs kernel.
 * WASM: one JavaScript loop that rounds every step to float32 (Math.fround) in
 * the order core/lm/adamw.ts's unfused ops do, so without the clip its results
 * are bit for bit those of the unfused update (each float32 +, -, ×, ÷ and
 * sqrt is correctly rounded, and so is the same operation in double rounded
 * once to float32). With the clip, Σ g² is summed in another order than
 * clipByGlobalNorm's, so the last bits may differ.
 * SumSquares: Σ over up to six tensors of x², plus a carried partial sum, in
 * one workgroup: the global gradient norm in ⌈P/6⌉ kernels for P tensors.
 */
import * as tf from '@tensorflow/tfjs-core';
import { bool, f32, fusedOn, heap, input, num, registerFused, runN, runWgsl, WG, type Uniform } from './kernelKit';

export const ADAMW = 'PNAdamW';
export const SUM_SQUARES = 'PNSumSquares';
/** Inputs per SumSquares kernel: six tensors and the carry, plus the output, fit SwiftShader's 8 storage buffers. */
export const SUM_SQUARES_ARITY = 6;

export interface AdamWStep {
  beta1: number;
  beta2: number;
  eps: number;
  /** λ, or 0 for parameters without decay. */
  weightDecay: number;
  /** 1 - β1^t and 1 - β2^t. */
  bc1: number;
  bc2: number;
  /** Learning rate times the parameter's scale. */
  lr: number;
  /** Clip the global norm to this (used only with `gsq`). */
  clipNorm: number;
}

export function adamwFused(): boolean {
  return fusedOn(ADAMW);
}

/** θ, g [...], mv [2, ...] (and the global Σ g² when clipping on WebGPU) -> [θ', mv']. */
export function adamwStep(theta: tf.Tensor, g: tf.Tensor, mv: tf.Tensor, s: AdamWStep, gsq: tf.Scalar | null): [tf.Tensor, tf.Tensor] {
  const attrs = { ...s, clip: gsq !== null };
  const [t1, mv1] = runN(ADAMW, gsq ? { theta, g, mv, gsq } : { theta, g, mv }, attrs);
  return [t1, mv1];
}

/** Σ x² over all `xs` (WebGPU and WASM), chained ⌈n/6⌉ kernels. */
export function sumSquares(xs: readonly tf.Tensor[]): tf.Scalar {
  let carry: tf.Tensor = tf.zeros([1]);
  for (let i = 0; i < xs.length; i += SUM_SQUARES_ARITY) {
    const group = xs.slice(i, i + SUM_SQUARES_ARITY);
    const inputs: tf.NamedTensorMap = { carry };
    group.forEach((x, k) => (inputs[`x${k}`] = x));
    [carry] = runN(SUM_SQUARES, inputs, { n: group.length });
  }
  return tf.reshape(carry, []);
}

const moments = (s: AdamWStep, clip: boolean) => `
  let n = uniforms.n;
  var g = G[index];
  ${clip ? `g = g * min(${f32(s.clipNorm)} / (sqrt(Gsq[0]) + 1e-6), 1.0);` : ''}
  let m1 = MV[index] * uniforms.b1 + g * uniforms.omb1;
  let v1 = MV[n + index] * uniforms.b2 + g * g * uniforms.omb2;`;

function register(): void {
  registerFused(
    ADAMW,
    (be, inputs, attrs) => {
      const [theta, g, mv, gsq] = [input(inputs, 'theta'), input(inputs, 'g'), input(inputs, 'mv'), inputs.gsq];
      const s: AdamWStep = {
        beta1: num(attrs, 'beta1'), beta2: num(attrs, 'beta2'), eps: num(attrs, 'eps'), weightDecay: num(attrs, 'weightDecay'),
        bc1: num(attrs, 'bc1'), bc2: num(attrs, 'bc2'), lr: num(attrs, 'lr'), clipNorm: num(attrs, 'clipNorm'),
      };
      const clip = bool(attrs, 'clip') && gsq !== undefined;
      const n = theta.shape.reduce((a, d) => a * d, 1);
      const u: Uniform[] = [
        { name: 'n', type: 'i32', value: n },
        { name: 'b1', type: 'f32', value: s.beta1 }, { name: 'omb1', type: 'f32', value: 1 - s.beta1 },
        { name: 'b2', type: 'f32', value: s.beta2 }, { name: 'omb2', type: 'f32', value: 1 - s.beta2 },
        { name: 'bc1', type: 'f32', value: s.bc1 }, { name: 'bc2', type: 'f32', value: s.bc2 },
        { name: 'eps', type: 'f32', value: s.eps }, { name: 'wd', type: 'f32', value: s.weightDecay }, { name: 'lr', type: 'f32', value: s.lr },
      ];
      const gIn = [{ name: 'G', t: g }, { name: 'MV', t: mv }, ...(clip && gsq ? [{ name: 'Gsq', t: gsq }] : [])];
      const key = `${clip}_${clip ? f32(s.clipNorm) : ''}`;
      const mv1 = runWgsl(be, `adamw_mv_${key}`, gIn, mv.shape, n, u, `${moments(s, clip)}
        result[index] = m1; result[n + index] = v1;`);
      const t1 = runWgsl(be, 'adamw_theta', [{ name: 'Th', t: theta }, { name: 'MV', t: mv1 }], theta.shape, n, u, `
        let th = Th[index];
        let upd = (MV[index] / uniforms.bc1) / (sqrt(MV[uniforms.n + index] / uniforms.bc2) + uniforms.eps);
        result[index] = th - (upd + th * uniforms.wd) * uniforms.lr;`);
      return [t1, mv1];
    },
    (be, inputs, attrs) => {
      const [theta, g, mv, gsq] = [input(inputs, 'theta'), input(inputs, 'g'), input(inputs, 'mv'), inputs.gsq];
      const fr = Math.fround;
      // clipByGlobalNorm's scale, min(maxNorm / (sqrt(Σ g²) + 1e-6), 1), in float32.
      const clipScale = bool(attrs, 'clip') && gsq ? fr(Math.min(fr(fr(num(attrs, 'clipNorm')) / fr(fr(Math.sqrt(heap(be, gsq)[0])) + fr(1e-6))), 1)) : 1;
      const [B1, B2, EPS, WD] = [fr(num(attrs, 'beta1')), fr(num(attrs, 'beta2')), fr(num(attrs, 'eps')), fr(num(attrs, 'weightDecay'))];
      const [OMB1, OMB2] = [fr(1 - num(attrs, 'beta1')), fr(1 - num(attrs, 'beta2'))];
      const [BC1, BC2, LR] = [fr(num(attrs, 'bc1')), fr(num(attrs, 'bc2')), fr(num(attrs, 'lr'))];
      const decay = num(attrs, 'weightDecay') > 0;
      const outT = be.makeOutput(theta.shape, 'float32');
      const outMV = be.makeOutput(mv.shape, 'float32');
      const [th, gv, mvv, th1, mv1] = [heap(be, theta), heap(be, g), heap(be, mv), heap(be, outT), heap(be, outMV)];
      const n = th.length;
      for (let i = 0; i < n; i++) {
        const gi = clipScale === 1 ? gv[i] : fr(gv[i] * clipScale);
        const m1 = fr(fr(mvv[i] * B1) + fr(gi * OMB1));
        const v1 = fr(fr(mvv[n + i] * B2) + fr(fr(gi * gi) * OMB2));
        const upd = fr(fr(m1 / BC1) / fr(fr(Math.sqrt(fr(v1 / BC2))) + EPS));
        const dec = decay ? fr(upd + fr(th[i] * WD)) : upd;
        th1[i] = fr(th[i] - fr(dec * LR));
        mv1[i] = m1;
        mv1[n + i] = v1;
      }
      return [outT, outMV];
    },
  );
  registerFused(
    SUM_SQUARES,
    (be, inputs, attrs) => {
      const k = num(attrs, 'n');
      const xs = Array.from({ length: k }, (_, i) => input(inputs, `x${i}`));
      const u: Uniform[] = xs.map((x, i) => ({ name: `n${i}`, type: 'i32', value: x.shape.reduce((a, d) => a * d, 1) }));
      const ins = [...xs.map((t, i) => ({ name: `X${i}`, t })), { name: 'Carry', t: input(inputs, 'carry') }];
      const loops = xs.map((_, i) => `for (var j = index; j < uniforms.n${i}; j += ${WG}) { let v = X${i}[j]; s += v * v; }`).join('\n');
      return runWgsl(be, `sumsq_${k}`, ins, [1], WG, u, `
        var s = 0.0;
        ${loops}
        pn_part[index] = s;
        workgroupBarrier();
        if (index == 0) { var t = Carry[0]; for (var j = 0; j < ${WG}; j++) { t += pn_part[j]; } result[0] = t; }`,
      'float32', `var<workgroup> pn_part : array<f32, ${WG}>;`);
    },
    (be, inputs, attrs) => {
      const k = num(attrs, 'n');
      const out = be.makeOutput([1], 'float32');
      let s = heap(be, input(inputs, 'carry'))[0];
      for (let i = 0; i < k; i++) for (const v of heap(be, input(inputs, `x${i}`))) s += v * v;
      heap(be, out)[0] = s;
      return out;
    },
  );
}

register();
