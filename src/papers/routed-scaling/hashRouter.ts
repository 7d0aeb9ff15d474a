/**
 * Hash routing (Roller et al. 2021; Clark et al. 2022, arXiv 2202.01169,
 * Sec. 2.3): a fixed table sends every occurrence of a token id to the same
 * expert. The table is a seeded random permutation of the vocabulary taken
 * modulo E, so each expert owns about V/E token types; nothing is learned.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { ForwardContext } from '../../core/lm';
import type { Weight } from '../../core/nn/weight';
import { oneHot } from './oneHot';
import type { Rng } from '../../core/rng';
import type { Router, Routing } from './router';
import { CTX_IDS } from './routingContext';

/** Expert of each token id: a seeded permutation of 0..V-1, modulo E. */
export function hashTable(vocabSize: number, experts: number, rng: Rng): Int32Array {
  const perm = rng.shuffle(Array.from({ length: vocabSize }, (_, i) => i));
  return Int32Array.from(perm, (p) => p % experts);
}

export class HashRouter implements Router {
  readonly kind = 'hash' as const;
  readonly weights: readonly Weight[] = [];
  readonly flopsPerToken = 0;
  readonly table: Int32Array;
  private readonly oneHotTable: tf.Tensor2D; // [V, E]
  private readonly vocabSize: number;

  constructor(vocabSize: number, experts: number, rng: Rng) {
    this.vocabSize = vocabSize;
    this.table = hashTable(vocabSize, experts, rng);
    this.oneHotTable = tf.tidy(() => oneHot(tf.tensor1d(this.table, 'int32'), experts) as tf.Tensor2D);
  }

  route(_x: tf.Tensor2D, ctx: ForwardContext): Routing {
    const ids = ctx[CTX_IDS];
    if (!ids) throw new Error('hash routing needs the token ids in the forward context');
    const flat = tf.reshape(ids, [-1]); // [N]
    const assign: tf.Tensor2D = tf.matMul(oneHot(flat, this.vocabSize) as tf.Tensor2D, this.oneHotTable); // [N, E]
    return { assign, gate: null, aux: null };
  }

  dispose(): void {
    this.oneHotTable.dispose();
  }
}
