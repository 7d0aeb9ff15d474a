/**
 * Dense padded batches of graphs: B graphs padded to n nodes, with a
 * per-graph adjacency [B, n, n], features [B, n, F] and a node mask [B, n].
 * Padded nodes have no edges and zero features, and the mask keeps them out
 * of normalisation and pooling, so no message crosses graphs or reaches padding.
 */
import type * as tfc from '@tensorflow/tfjs-core';
import type { NodeFeatures } from './features';
import type { Graph } from './graph';

export interface GraphBatch {
  B: number;
  /** Padded node count. */
  n: number;
  F: number;
  adj: Float32Array; // [B, n, n], symmetric 0/1
  x: Float32Array; // [B, n, F]
  mask: Float32Array; // [B, n]
}

export interface BatchTensors {
  adj: tfc.Tensor3D; // [B, n, n]
  x: tfc.Tensor3D; // [B, n, F]
  mask: tfc.Tensor3D; // [B, n, 1]
}

/** Pads graphs to `n` nodes (default: the largest in the list). */
export function padBatch(graphs: readonly Graph[], features: NodeFeatures, F: number, n = Math.max(1, ...graphs.map((g) => g.n))): GraphBatch {
  const B = graphs.length;
  const adj = new Float32Array(B * n * n), x = new Float32Array(B * n * F), mask = new Float32Array(B * n);
  graphs.forEach((g, b) => {
    if (g.n > n) throw new RangeError(`graph ${b} has ${g.n} nodes, more than the padded size ${n}`);
    const base = b * n * n;
    for (const [u, v] of g.edges) {
      adj[base + u * n + v] = 1;
      adj[base + v * n + u] = 1;
    }
    const f = features(g);
    if (f.length !== g.n * F) throw new RangeError(`features of graph ${b}: ${f.length} values, expected ${g.n} × ${F}`);
    x.set(f, b * n * F);
    mask.fill(1, b * n, b * n + g.n);
  });
  return { B, n, F, adj, x, mask };
}

export function batchTensors(tf: typeof tfc, b: GraphBatch): BatchTensors {
  return {
    adj: tf.tensor3d(b.adj, [b.B, b.n, b.n]),
    x: tf.tensor3d(b.x, [b.B, b.n, b.F]),
    mask: tf.tensor3d(b.mask, [b.B, b.n, 1]),
  };
}

export function disposeBatch(t: BatchTensors): void {
  t.adj.dispose();
  t.x.dispose();
  t.mask.dispose();
}
