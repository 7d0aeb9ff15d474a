/**
 * vGraph (Sun et al. 2019, arXiv 1906.07159, Sec. 4; official code
 * nonoverlapping-community-detection.py). For each directed edge (w, c):
 *   prior      p(z|w)   = softmax_k(ψ_kᵀ φ_w)                  (Eq. 2)
 *   decoder    p(c|z)   = softmax_nodes(ϕ_cᵀ ψ_z + b_c)         (Eq. 3)
 *   posterior  q(z|w,c) = softmax_k(ψ_kᵀ (φ_w ⊙ φ_c))          (Eq. 6)
 *   loss = −E_q[log p(c|z)] + KL(q ‖ p(z|w)) + L_reg           (Eqs. 7-11)
 * with z a straight-through Gumbel-softmax sample. φ are node embeddings,
 * ψ community embeddings, ϕ (and b) the context embeddings of the decoder.
 * L_reg, vGraph+'s smoothness term, comes in two forms:
 *   'code':  λ · mean_{(w,c)} ‖r_w − r_c‖², r_i = Σ of q over i's edges (each once);
 *   'paper': λ · mean_{(w,c)} α_wc ‖p(z|w) − p(z|c)‖², α the Jaccard
 *            coefficient of the two neighbourhoods (Eqs. 9-11).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Weight } from '../../core/nn/weight';
import type { Rng } from '../../core/rng';
import type { EdgeIndex } from './edgeIndex';
import { gumbelSoftmaxHard } from './gumbel';

export type Regulariser = 'code' | 'paper';

export interface LossTerms {
  /** −E_q[log p(c|z)], mean over edges (nats). */
  recon: tf.Scalar;
  /** KL(q(z|w,c) ‖ p(z|w)), mean over edges (nats). */
  kl: tf.Scalar;
  /** λ-weighted smoothness term. */
  reg: tf.Scalar;
  total: tf.Scalar;
}

function param(name: string, shape: [number, number] | [number], values: Float32Array): Weight {
  const t = tf.tensor(values, shape, 'float32');
  const variable = tf.variable(t, true);
  t.dispose();
  return { name, variable, decay: false };
}

/** PyTorch's xavier_uniform_: U(−a, a), a = sqrt(6 / (fanIn + fanOut)). */
function xavier(fanIn: number, fanOut: number, rng: Rng): Float32Array {
  const a = Math.sqrt(6 / (fanIn + fanOut));
  return Float32Array.from({ length: fanIn * fanOut }, () => rng.uniform(-a, a));
}

export class VGraphModel {
  readonly phi: Weight; // node embeddings φ [N, D], N(0, 1) as nn.Embedding
  readonly psi: Weight; // community embeddings ψ [D, K], xavier as nn.Linear
  readonly ctx: Weight; // context embeddings ϕ [D, N], xavier as the decoder's nn.Linear
  readonly bias: Weight; // decoder bias [N], zeros

  constructor(readonly n: number, readonly dim: number, readonly k: number, rng: Rng) {
    this.phi = param('phi', [n, dim], Float32Array.from({ length: n * dim }, () => rng.normal()));
    this.psi = param('psi', [dim, k], xavier(dim, k, rng));
    this.ctx = param('ctx', [dim, n], xavier(dim, n, rng));
    this.bias = param('bias', [n], new Float32Array(n));
  }

  get weights(): Weight[] {
    return [this.phi, this.psi, this.ctx, this.bias];
  }

  /** Posterior logits ψᵀ(φ_w ⊙ φ_c): [E, K]. */
  posteriorLogits(index: EdgeIndex): tf.Tensor2D {
    const phi = this.phi.variable as tf.Tensor2D;
    return tf.matMul(tf.mul(index.atW(phi), index.atC(phi)), this.psi.variable as tf.Tensor2D); // [E, K]
  }

  /** log p(z|i) for every node: [N, K]. */
  logPrior(): tf.Tensor2D {
    return tf.logSoftmax(tf.matMul(this.phi.variable as tf.Tensor2D, this.psi.variable as tf.Tensor2D)) as tf.Tensor2D; // [N, K]
  }

  /**
   * The loss terms for one full batch. `noise` is Gumbel noise [E, K]; with
   * `noise` null, z is the posterior's argmax (the code's eval mode).
   * `alpha` [E, 1] weights the 'paper' regulariser.
   */
  loss(index: EdgeIndex, noise: tf.Tensor2D | null, tau: number, lambda: number, reg: Regulariser, alpha: tf.Tensor2D | null): LossTerms {
    const qLogits = this.posteriorLogits(index); // [E, K]
    const logQ = tf.logSoftmax(qLogits) as tf.Tensor2D; // [E, K]
    const q = tf.exp(logQ); // [E, K]
    const logPriorN = this.logPrior(); // [N, K]
    const logPriorE = index.atW(logPriorN); // [E, K]
    const z = noise ? gumbelSoftmaxHard(qLogits, noise, tau) : (tf.cast(tf.oneHot(tf.argMax(qLogits, -1) as tf.Tensor1D, this.k), 'float32') as tf.Tensor2D); // [E, K]
    const psiZ = tf.matMul(z, this.psi.variable as tf.Tensor2D, false, true); // [E, D]
    const logits = tf.add(tf.matMul(psiZ, this.ctx.variable as tf.Tensor2D), this.bias.variable); // [E, N]
    const logPc = tf.sum(tf.mul(tf.logSoftmax(logits), index.targetOneHot), 1); // [E]
    const recon = tf.neg(tf.mean(logPc)) as tf.Scalar;
    const kl = tf.mean(tf.sum(tf.mul(q, tf.sub(logQ, logPriorE)), 1)) as tf.Scalar;
    let regTerm: tf.Scalar;
    if (lambda === 0) regTerm = tf.scalar(0);
    else if (reg === 'code') {
      const r = index.sumAtW(q); // [N, K]
      regTerm = tf.mul(lambda, tf.mean(tf.square(tf.sub(index.atW(r), index.atC(r))))) as tf.Scalar;
    } else {
      const prior = tf.exp(logPriorN) as tf.Tensor2D; // [N, K]
      const d = tf.sum(tf.square(tf.sub(index.atW(prior), index.atC(prior))), 1, true); // [E, 1]
      regTerm = tf.mul(lambda, tf.mean(alpha ? tf.mul(alpha, d) : d)) as tf.Scalar;
    }
    return { recon, kl, reg: regTerm, total: tf.addN([recon, kl, regTerm]) as tf.Scalar };
  }

  /** q(z|w,c) for every edge, no noise: [E, K]. */
  posterior(index: EdgeIndex): tf.Tensor2D {
    return tf.tidy(() => tf.softmax(this.posteriorLogits(index)) as tf.Tensor2D);
  }

  dispose(): void {
    for (const p of this.weights) p.variable.dispose();
  }
}

/** Jaccard coefficient |N(w) ∩ N(c)| / |N(w) ∪ N(c)| of each directed edge (Eq. 10). */
export function edgeJaccard(adj: readonly (readonly number[])[], w: readonly number[], c: readonly number[]): Float32Array {
  const sets = adj.map((a) => new Set(a));
  return Float32Array.from(w, (u, e) => {
    const v = c[e];
    let common = 0;
    for (const x of sets[u]) if (sets[v].has(x)) common++;
    const union = sets[u].size + sets[v].size - common;
    return union === 0 ? 0 : common / union;
  });
}
