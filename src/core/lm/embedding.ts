/**
 * Token and learned position embeddings. Token lookup is a one-hot matmul
 * rather than tf.gather: the gradient of gather (UnsortedSegmentSum) is
 * missing on the WASM backend, while oneHot and matMul exist on all four
 * backends. It also matches the FLOP count of Chinchilla's Appendix F, which
 * charges the embedding as a V x E matmul per token.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../rng';
import { createWeight, GPT2_STD, type Weight } from '../nn/weight';

/**
 * ids [...] int32 -> float32 one-hot [..., depth]. Made as int32 and cast:
 * on the tfjs 4.22 WASM backend, oneHot with dtype 'float32' returns zeros.
 */
export function oneHotFloat<R extends tf.Rank>(ids: tf.Tensor<R>, depth: number): tf.Tensor {
  return tf.cast(tf.oneHot(ids, depth), 'float32');
}

export class TokenEmbedding {
  readonly table: Weight; // [V, E]
  readonly vocabSize: number;

  constructor(name: string, vocabSize: number, dModel: number, rng: Rng) {
    this.vocabSize = vocabSize;
    this.table = createWeight(`${name}.w`, [vocabSize, dModel], { kind: 'normal', std: GPT2_STD }, rng, true);
  }

  /** ids [B, T] int32 -> rows [B·T, E] */
  rows(ids: tf.Tensor2D): tf.Tensor2D {
    const [B, T] = ids.shape;
    const oh = oneHotFloat(tf.reshape(ids, [B * T]), this.vocabSize); // [B·T, V]
    return tf.matMul(oh as tf.Tensor2D, this.table.variable as tf.Tensor2D); // [B·T, E]
  }

  /** ids [B, T] int32 -> [B, T, E] */
  apply(ids: tf.Tensor2D): tf.Tensor3D {
    const [B, T] = ids.shape;
    const oh = oneHotFloat(tf.reshape(ids, [B * T]), this.vocabSize); // [B*T, V]
    const e = tf.matMul(oh as tf.Tensor2D, this.table.variable as tf.Tensor2D); // [B*T, E]
    return tf.reshape(e, [B, T, -1]);
  }
}

export class PositionEmbedding {
  readonly table: Weight; // [Tmax, E]

  constructor(name: string, seqLen: number, dModel: number, rng: Rng) {
    this.table = createWeight(`${name}.w`, [seqLen, dModel], { kind: 'normal', std: GPT2_STD }, rng, true);
  }

  /** x [B, T, E] -> x + P[:T] [B, T, E] */
  apply(x: tf.Tensor3D): tf.Tensor3D {
    const T = x.shape[1];
    return tf.add(x, tf.slice(this.table.variable as tf.Tensor2D, [0, 0], [T, -1])); // [B, T, E]
  }
}
