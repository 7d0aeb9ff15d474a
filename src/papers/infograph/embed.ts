/**
 * Frozen graph embeddings H(G) of a whole set, in eval mode (running batch-norm
 * statistics), batch by batch, as InfoGraph's `get_embeddings` does. The
 * experiment first recomputes those statistics on the set (refreshBatchNorm).
 */
import * as tf from '@tensorflow/tfjs-core';
import { batchTensors, disposeBatch, padBatch } from '../../core/graph/batch';
import type { NodeFeatures } from '../../core/graph/features';
import type { GinEncoder } from '../../core/graph/ginEncoder';
import type { Graph } from '../../core/graph/graph';

/** Precise BN over `graphs` in batches of `batchSize` (see GinEncoder.refreshStatistics). */
export function refreshBatchNorm(encoder: GinEncoder, graphs: readonly Graph[], features: NodeFeatures, F: number, batchSize: number): void {
  const batches = [];
  for (let i = 0; i < graphs.length; i += batchSize) batches.push(batchTensors(tf, padBatch(graphs.slice(i, i + batchSize), features, F)));
  encoder.refreshStatistics(batches);
  batches.forEach(disposeBatch);
}

export async function embedGraphs(encoder: GinEncoder, graphs: readonly Graph[], features: NodeFeatures, F: number, batchSize = 128): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  const D = encoder.outDim;
  for (let i = 0; i < graphs.length; i += batchSize) {
    const t = batchTensors(tf, padBatch(graphs.slice(i, i + batchSize), features, F));
    const y = tf.tidy(() => encoder.apply(t, false).graphs); // [B, D]
    const v = await y.data();
    y.dispose();
    disposeBatch(t);
    for (let b = 0; b < v.length / D; b++) out.push(Float32Array.from(v.subarray(b * D, (b + 1) * D)));
  }
  return out;
}
