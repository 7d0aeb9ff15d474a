/**
 * A decoder-only transformer language model (Radford et al. 2019, GPT-2;
 * read like nanoGPT's model.py): token embedding (+ learned positions), a
 * stack of pre-norm blocks, a final norm and an untied linear head.
 *   logits = Head(Norm(Block_L(... Block_1(Embed(ids)))))
 *   loss   = mean over positions of -log softmax(logits)[target], in nats
 * Every method that makes tensors runs inside tf.tidy; only returned tensors survive.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../rng';
import { Block } from './block';
import { validateConfig, type LMConfig } from './config';
import { softmaxCrossEntropy } from '../nn/softmaxCrossEntropy';
import { PositionEmbedding, TokenEmbedding } from './embedding';
import type { ForwardContext, LMHooks } from './hooks';
import { Linear } from './linear';
import { Norm } from './norm';
import { countWeights, disposeWeights, GPT2_STD, type Weight } from '../nn/weight';

export interface LossParts {
  /** Mean cross-entropy of the next token, nats. */
  ce: tf.Scalar;
  /** Sum of the FFN hooks' auxiliary losses (0 without any). */
  aux: tf.Scalar;
  /** ce + aux: what training minimises. */
  total: tf.Scalar;
}

const NO_CONTEXT: ForwardContext = {};

export class TransformerLM {
  readonly cfg: LMConfig;
  readonly wte: TokenEmbedding;
  readonly wpe: PositionEmbedding | null;
  readonly blocks: Block[];
  readonly lnF: Norm;
  readonly head: Linear;
  /** Every trainable parameter, in a fixed order. */
  readonly weights: Weight[];

  /** Parameters are drawn from forks of `rng` named by their path, so hooks never shift the others. */
  constructor(cfg: LMConfig, rng: Rng, hooks: LMHooks = {}) {
    validateConfig(cfg);
    this.cfg = { ...cfg };
    this.wte = new TokenEmbedding('wte', cfg.vocabSize, cfg.dModel, rng.fork('wte'));
    this.wpe = cfg.positions === 'learned' ? new PositionEmbedding('wpe', cfg.seqLen, cfg.dModel, rng.fork('wpe')) : null;
    this.blocks = Array.from({ length: cfg.nLayers }, (_, l) => new Block(l, cfg, rng.fork(`h.${l}`), hooks));
    this.lnF = new Norm('ln_f', cfg.norm, cfg.dModel, rng);
    this.head = new Linear('head', cfg.dModel, cfg.vocabSize, GPT2_STD, rng.fork('head'), false);
    this.weights = [
      this.wte.table,
      ...(this.wpe ? [this.wpe.table] : []),
      ...this.blocks.flatMap((b) => b.weights),
      ...this.lnF.weights,
      ...this.head.weights,
    ];
  }

  /** ids [B, T] int32 (T <= seqLen) -> logits [B, T, V] */
  logits(ids: tf.Tensor2D, ctx: ForwardContext = NO_CONTEXT): tf.Tensor3D {
    const [B, T] = ids.shape;
    return tf.tidy(() => tf.reshape(this.forward(ids, ctx).logits, [B, T, this.cfg.vocabSize]));
  }

  /** ids, targets [B, T] int32 -> mean next-token cross-entropy (nats) and auxiliary losses. */
  loss(ids: tf.Tensor2D, targets: tf.Tensor2D, ctx: ForwardContext = NO_CONTEXT): LossParts {
    return tf.tidy(() => {
      const [B, T] = ids.shape;
      const { logits, aux } = this.forward(ids, ctx); // [B·T, V]
      const ce = softmaxCrossEntropy(logits, tf.reshape(targets, [B * T])); // []
      const total: tf.Scalar = tf.add(ce, aux); // []
      return { ce, aux, total };
    });
  }

  /**
   * The forward pass proper; call inside a tidy. Hooks' auxiliary losses are read in the same scope.
   * The residual stream stays as rows [B·T, E] so every layer is a 2-D kernel.
   */
  private forward(ids: tf.Tensor2D, ctx: ForwardContext): { logits: tf.Tensor2D; aux: tf.Scalar } {
    const [B, T] = ids.shape;
    if (T > this.cfg.seqLen) throw new RangeError(`sequence of ${T} tokens exceeds seqLen ${this.cfg.seqLen}`);
    let x = this.wte.rows(ids); // [B·T, E]
    if (this.wpe) x = tf.reshape(this.wpe.apply(tf.reshape(x, [B, T, this.cfg.dModel])), [B * T, this.cfg.dModel]); // [B·T, E]
    for (const block of this.blocks) x = block.rows(x, B, T, ctx); // [B·T, E]
    const logits = this.head.rows(this.lnF.rows(x)); // [B·T, V]
    let aux: tf.Scalar = tf.scalar(0);
    for (const b of this.blocks) if (b.ffn.auxLoss) aux = tf.add(aux, b.ffn.auxLoss()); // []
    return { logits, aux };
  }

  variables(): tf.Variable[] {
    return this.weights.map((p) => p.variable);
  }

  /** Exact number of trainable scalars (Chinchilla's N: embeddings included). */
  paramCount(): number {
    return countWeights(this.weights);
  }

  /** Scalars in the token and absolute position embeddings (excluded from Kaplan's N). */
  embeddingParamCount(): number {
    return this.wte.table.variable.size + (this.wpe ? this.wpe.table.variable.size : 0);
  }

  dispose(): void {
    disposeWeights(this.weights);
  }
}
