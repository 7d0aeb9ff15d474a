/**
 * Causal multi-head attention from a fused QKV projection in one kernel
 * (scores, scale, optional additive bias, causal mask, softmax and the
 * weighted sum of values), with a two-kernel backward, on 'webgpu' and 'wasm'.
 * Layout: qkv [B·T, 3E] holds q | k | v, each E = H·D wide with head h in
 * columns h·D .. h·D + D - 1 (what a [B, T, 3, H, D] reshape gives).
 *   s_ij = scale · q_i·k_j + bias[h, i, j]   (j <= i; future keys masked)
 *   P = softmax_j(s),  y_i = Σ_j P_ij v_j
 * Backward, with dP_ij = dy_i·v_j and dS = P ∘ (dP - Σ_j P dP):
 *   dq_i = scale Σ_j dS_ij k_j,  dk_j = scale Σ_i dS_ij q_i,  dv_j = Σ_i P_ij dy_i,  dbias = Σ_b dS
 * Kernel 1 of the backward writes P and dS packed as [2, B, H, T, T]; kernel 2
 * reads them for dqkv, and (relative positions only) a third sums dS over b.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { fusedOn, heap, input, num, registerFused, registerSingleOutputGradient, run1, runWgsl, type Uniform } from './kernelKit';

export const ATTENTION = 'PNCausalAttention';
/** The same without a bias input (tfjs saves every listed input for the gradient, so the lists differ). */
const ATTENTION_NB = 'PNCausalAttentionNoBias';
const ATT_SCORES = 'PNCausalAttentionScores';
const ATT_DQKV = 'PNCausalAttentionGradQKV';
const ATT_DBIAS = 'PNCausalAttentionGradBias';

export interface AttentionShape {
  B: number;
  T: number;
  H: number;
  /** Multiplies q·k, usually 1 / sqrt(D). */
  scale: number;
}

/** Whether the fused kernel serves the active backend (the caller runs its unfused reference otherwise). */
export function attentionFused(): boolean {
  return fusedOn(ATTENTION);
}

/** qkv [B·T, 3E], bias [H, T, T] or null -> y [B·T, E] (heads merged). */
export function causalAttention(qkv: tf.Tensor2D, bias: tf.Tensor3D | null, s: AttentionShape): tf.Tensor2D {
  const attrs = { B: s.B, T: s.T, H: s.H, scale: s.scale };
  return (bias ? run1(ATTENTION, { qkv, bias }, attrs) : run1(ATTENTION_NB, { qkv }, attrs)) as tf.Tensor2D; // [B·T, E]
}

interface Dims {
  B: number;
  T: number;
  H: number;
  D: number;
  E: number;
  scale: number;
}

function dims(qkv: tf.TensorInfo, attrs: tf.NamedAttrMap): Dims {
  const [B, T, H] = [num(attrs, 'B'), num(attrs, 'T'), num(attrs, 'H')];
  const E = qkv.shape[1] / 3;
  return { B, T, H, D: E / H, E, scale: num(attrs, 'scale') };
}

const uniformsOf = (d: Dims): Uniform[] => [
  { name: 'T', type: 'i32', value: d.T },
  { name: 'H', type: 'i32', value: d.H },
  { name: 'D', type: 'i32', value: d.D },
  { name: 'E', type: 'i32', value: d.E },
  { name: 'BHTT', type: 'i32', value: d.B * d.H * d.T * d.T },
  { name: 'scale', type: 'f32', value: d.scale },
];

// WGSL: thread (b, h, i) of a [B, H, T] grid; the score of key j, its row maximum and softmax denominator.
const WGSL_ROW = `
  let T = uniforms.T; let H = uniforms.H; let D = uniforms.D; let E = uniforms.E; let E3 = 3 * E;
  let i = index % T; let h = (index / T) % H; let b = index / (T * H);
  let qo = (b * T + i) * E3 + h * D;
  var mx = -3.4e38;
  for (var j = 0; j <= i; j++) { mx = max(mx, pn_score(qo, (b * T + j) * E3 + E + h * D, (h * T + i) * T + j)); }
  var den = 0.0;
  for (var j = 0; j <= i; j++) { den += exp(pn_score(qo, (b * T + j) * E3 + E + h * D, (h * T + i) * T + j) - mx); }`;

const WGSL_SCORE = (bias: boolean) => `
  fn pn_score(qo : i32, ko : i32, bi : i32) -> f32 {
    var s = 0.0;
    for (var d = 0; d < uniforms.D; d++) { s += QKV[qo + d] * QKV[ko + d]; }
    return uniforms.scale * s${bias ? ' + Bias[bi]' : ''};
  }`;

/** JS: one query row's unnormalised weights exp(s_ij - max) (j <= i) into `s`; returns their sum (P = s / sum). */
function rowScores(q: Float32Array, bias: Float32Array | null, d: Dims, b: number, h: number, i: number, s: Float64Array): number {
  const E3 = 3 * d.E;
  const qo = (b * d.T + i) * E3 + h * d.D;
  let mx = -Infinity;
  for (let j = 0; j <= i; j++) {
    const ko = (b * d.T + j) * E3 + d.E + h * d.D;
    let acc = 0;
    for (let k = 0; k < d.D; k++) acc += q[qo + k] * q[ko + k];
    s[j] = d.scale * acc + (bias ? bias[(h * d.T + i) * d.T + j] : 0);
    if (s[j] > mx) mx = s[j];
  }
  let den = 0;
  for (let j = 0; j <= i; j++) {
    s[j] = Math.exp(s[j] - mx);
    den += s[j];
  }
  return den;
}

function register(): void {
  const forward = [
    (be: WebGPUBackend, inputs: tf.NamedTensorInfoMap, attrs: tf.NamedAttrMap) => {
      const [qkv, bias] = [input(inputs, 'qkv'), inputs.bias];
      const d = dims(qkv, attrs);
      const ins = [{ name: 'QKV', t: qkv }, ...(bias ? [{ name: 'Bias', t: bias }] : [])];
      return runWgsl(be, `att_${!!bias}`, ins, [d.B * d.T, d.E], d.B * d.H * d.T, uniformsOf(d), `${WGSL_ROW}
        let yo = (b * T + i) * E + h * D;
        for (var k = 0; k < D; k++) { result[yo + k] = 0.0; }
        for (var j = 0; j <= i; j++) {
          let vo = (b * T + j) * E3 + 2 * E + h * D;
          let p = exp(pn_score(qo, (b * T + j) * E3 + E + h * D, (h * T + i) * T + j) - mx) / den;
          for (var k = 0; k < D; k++) { result[yo + k] += p * QKV[vo + k]; }
        }`, 'float32', WGSL_SCORE(!!bias));
    },
    (be: BackendWasm, inputs: tf.NamedTensorInfoMap, attrs: tf.NamedAttrMap) => {
      const [qkv, bias] = [input(inputs, 'qkv'), inputs.bias];
      const d = dims(qkv, attrs);
      const out = be.makeOutput([d.B * d.T, d.E], 'float32');
      const [q, bv, y] = [heap(be, qkv), bias ? heap(be, bias) : null, heap(be, out)];
      const s = new Float64Array(d.T);
      const acc = new Float64Array(d.D);
      for (let b = 0; b < d.B; b++) for (let h = 0; h < d.H; h++) for (let i = 0; i < d.T; i++) {
        const den = rowScores(q, bv, d, b, h, i, s);
        acc.fill(0);
        for (let j = 0; j <= i; j++) {
          const p = s[j] / den;
          const vo = (b * d.T + j) * 3 * d.E + 2 * d.E + h * d.D;
          for (let k = 0; k < d.D; k++) acc[k] += p * q[vo + k];
        }
        y.set(acc, (b * d.T + i) * d.E + h * d.D);
      }
      return out;
    },
  ] as const;
  registerFused(ATTENTION, ...forward);
  registerFused(ATTENTION_NB, ...forward);
  registerFused(
    ATT_SCORES,
    (be, inputs, attrs) => {
      const [qkv, dy, bias] = [input(inputs, 'qkv'), input(inputs, 'dy'), inputs.bias];
      const d = dims(qkv, attrs);
      const ins = [{ name: 'QKV', t: qkv }, { name: 'Dy', t: dy }, ...(bias ? [{ name: 'Bias', t: bias }] : [])];
      return runWgsl(be, `attscores_${!!bias}`, ins, [2, d.B, d.H, d.T, d.T], d.B * d.H * d.T, uniformsOf(d), `${WGSL_ROW}
        let po = ((b * H + h) * T + i) * T; let so = uniforms.BHTT + po; let dyo = (b * T + i) * E + h * D;
        var dot = 0.0;
        for (var j = 0; j < T; j++) {
          if (j > i) { result[po + j] = 0.0; result[so + j] = 0.0; continue; }
          let vo = (b * T + j) * E3 + 2 * E + h * D;
          let p = exp(pn_score(qo, (b * T + j) * E3 + E + h * D, (h * T + i) * T + j) - mx) / den;
          var dp = 0.0;
          for (var k = 0; k < D; k++) { dp += Dy[dyo + k] * QKV[vo + k]; }
          result[po + j] = p; result[so + j] = dp; dot += p * dp;
        }
        for (var j = 0; j <= i; j++) { result[so + j] = result[po + j] * (result[so + j] - dot); }`, 'float32', WGSL_SCORE(!!bias));
    },
    (be, inputs, attrs) => {
      const [qkv, dy, bias] = [input(inputs, 'qkv'), input(inputs, 'dy'), inputs.bias];
      const d = dims(qkv, attrs);
      const out = be.makeOutput([2, d.B, d.H, d.T, d.T], 'float32');
      const [q, g, bv, o] = [heap(be, qkv), heap(be, dy), bias ? heap(be, bias) : null, heap(be, out)];
      const s = new Float64Array(d.T);
      const dp = new Float64Array(d.T);
      const BHTT = d.B * d.H * d.T * d.T;
      o.fill(0);
      for (let b = 0; b < d.B; b++) for (let h = 0; h < d.H; h++) for (let i = 0; i < d.T; i++) {
        const den = rowScores(q, bv, d, b, h, i, s);
        const po = ((b * d.H + h) * d.T + i) * d.T;
        const dyo = (b * d.T + i) * d.E + h * d.D;
        let dot = 0;
        for (let j = 0; j <= i; j++) {
          const vo = (b * d.T + j) * 3 * d.E + 2 * d.E + h * d.D;
          let acc = 0;
          for (let k = 0; k < d.D; k++) acc += g[dyo + k] * q[vo + k];
          s[j] /= den; // now P_ij
          dp[j] = acc;
          dot += s[j] * acc;
        }
        for (let j = 0; j <= i; j++) {
          o[po + j] = s[j];
          o[BHTT + po + j] = s[j] * (dp[j] - dot);
        }
      }
      return out;
    },
  );
  registerFused(
    ATT_DQKV,
    (be, inputs, attrs) => {
      const [qkv, dy, ps] = [input(inputs, 'qkv'), input(inputs, 'dy'), input(inputs, 'ps')];
      const d = dims(qkv, attrs);
      const ins = [{ name: 'QKV', t: qkv }, { name: 'Dy', t: dy }, { name: 'PS', t: ps }];
      return runWgsl(be, 'attdqkv', ins, [d.B * d.T, 3 * d.E], d.B * d.T * 3 * d.E, uniformsOf(d), `
        let T = uniforms.T; let H = uniforms.H; let D = uniforms.D; let E = uniforms.E; let E3 = 3 * E;
        let n = index / E3; let c = index % E3; let b = n / T; let t = n % T;
        let part = c / E; let h = (c % E) / D; let k = c % D;
        let base = (b * H + h) * T * T;
        var s = 0.0;
        if (part == 0) {
          for (var j = 0; j <= t; j++) { s += PS[uniforms.BHTT + base + t * T + j] * QKV[(b * T + j) * E3 + E + h * D + k]; }
          s = s * uniforms.scale;
        } else if (part == 1) {
          for (var i = t; i < T; i++) { s += PS[uniforms.BHTT + base + i * T + t] * QKV[(b * T + i) * E3 + h * D + k]; }
          s = s * uniforms.scale;
        } else {
          for (var i = t; i < T; i++) { s += PS[base + i * T + t] * Dy[(b * T + i) * E + h * D + k]; }
        }
        result[index] = s;`);
    },
    (be, inputs, attrs) => {
      const [qkv, dy, ps] = [input(inputs, 'qkv'), input(inputs, 'dy'), input(inputs, 'ps')];
      const d = dims(qkv, attrs);
      const out = be.makeOutput([d.B * d.T, 3 * d.E], 'float32');
      const [q, g, p, o] = [heap(be, qkv), heap(be, dy), heap(be, ps), heap(be, out)];
      const { T, H, D, E } = d;
      const E3 = 3 * E;
      const BHTT = d.B * H * T * T;
      const acc = new Float64Array(3 * D);
      for (let b = 0; b < d.B; b++) for (let h = 0; h < H; h++) {
        const base = (b * H + h) * T * T;
        for (let t = 0; t < T; t++) {
          acc.fill(0);
          for (let j = 0; j <= t; j++) {
            const w = p[BHTT + base + t * T + j];
            const ko = (b * T + j) * E3 + E + h * D;
            for (let k = 0; k < D; k++) acc[k] += w * q[ko + k];
          }
          for (let i = t; i < T; i++) {
            const w = p[BHTT + base + i * T + t];
            const pw = p[base + i * T + t];
            const qo = (b * T + i) * E3 + h * D;
            const go = (b * T + i) * E + h * D;
            for (let k = 0; k < D; k++) {
              acc[D + k] += w * q[qo + k];
              acc[2 * D + k] += pw * g[go + k];
            }
          }
          const ro = (b * T + t) * E3 + h * D;
          for (let k = 0; k < D; k++) {
            o[ro + k] = d.scale * acc[k];
            o[ro + E + k] = d.scale * acc[D + k];
            o[ro + 2 * E + k] = acc[2 * D + k];
          }
        }
      }
      return out;
    },
  );
  registerFused(
    ATT_DBIAS,
    (be, inputs, attrs) => {
      const ps = input(inputs, 'ps');
      const [B, H, T] = [num(attrs, 'B'), num(attrs, 'H'), num(attrs, 'T')];
      const u: Uniform[] = [{ name: 'B', type: 'i32', value: B }, { name: 'HTT', type: 'i32', value: H * T * T }];
      return runWgsl(be, 'attdbias', [{ name: 'PS', t: ps }], [H, T, T], H * T * T, u, `
        var s = 0.0;
        for (var b = 0; b < uniforms.B; b++) { s += PS[(uniforms.B + b) * uniforms.HTT + index]; }
        result[index] = s;`);
    },
    (be, inputs, attrs) => {
      const ps = input(inputs, 'ps');
      const [B, H, T] = [num(attrs, 'B'), num(attrs, 'H'), num(attrs, 'T')];
      const out = be.makeOutput([H, T, T], 'float32');
      const [p, o] = [heap(be, ps), heap(be, out)];
      const HTT = H * T * T;
      for (let x = 0; x < HTT; x++) {
        let s = 0;
        for (let b = 0; b < B; b++) s += p[(B + b) * HTT + x];
        o[x] = s;
      }
      return out;
    },
  );
  const grads = (d: tf.Tensor, saved: tf.Tensor[], attrs: tf.NamedAttrMap): Record<string, () => tf.Tensor> => {
    const [qkv, bias] = saved;
    if (!bias) return { qkv: () => run1(ATT_DQKV, { qkv, dy: d, ps: run1(ATT_SCORES, { qkv, dy: d }, attrs) }, attrs) };
    // With a bias both gradients read P and dS: computed once, kept past the first gradient's tidy
    // and disposed by the second (tfjs asks for qkv's gradient, then bias's, in input order).
    const ps = tf.keep(run1(ATT_SCORES, { qkv, dy: d, bias }, attrs));
    return {
      qkv: () => run1(ATT_DQKV, { qkv, dy: d, ps }, attrs),
      bias: () => {
        const db = run1(ATT_DBIAS, { ps }, attrs);
        ps.dispose();
        return db;
      },
    };
  };
  registerSingleOutputGradient(ATTENTION, ['qkv', 'bias'], grads);
  registerSingleOutputGradient(ATTENTION_NB, ['qkv'], grads);
}

register();
