import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../backend/nodeBackend';
import { Rng } from '../rng';
import { batchTensors, disposeBatch, padBatch } from './batch';
import { oneHotLabels } from './features';
import { GinLayer } from './gin';
import { GinEncoder } from './ginEncoder';
import { graphFromEdges, permuteGraph } from './graph';
import { pathGraph } from './motifs';

const tf = await initNodeBackend('wasm');

const setDense = (d: { w: { variable: { assign(t: unknown): void } }; b: { variable: { assign(t: unknown): void } } }, w: number[][], b: number[]) => {
  d.w.variable.assign(tf.tensor2d(w));
  d.b.variable.assign(tf.tensor1d(b));
};

describe('GinLayer', () => {
  it('matches a hand computation on a 3-node path', async () => {
    // Path 0-1-2, scalar features 1, 2, 3. Sum aggregation with ε = 0:
    // agg = h + A h = [1+2, 2+1+3, 3+2] = [3, 6, 5].
    // lin1: w = [[1, -1]], b = [0, 1] -> [3, -2], [6, -5], [5, -4]; ReLU -> [3, 0], [6, 0], [5, 0].
    // lin2: w = [[1, 0], [1, 1]], b = [1, 0] -> [4, 0], [7, 0], [6, 0].
    const layer = new GinLayer('t', 1, 2, new Rng(1));
    setDense(layer.lin1, [[1, -1]], [0, 1]);
    setDense(layer.lin2, [[1, 0], [1, 1]], [1, 0]);
    const g = pathGraph(3);
    const batch = padBatch([g], (x) => Float32Array.from({ length: x.n }, (_, i) => i + 1), 1, 4);
    const t = batchTensors(tf, batch);
    const out = layer.apply(t.x, t.adj, t.mask);
    expect(Array.from(await out.data())).toEqual([4, 0, 7, 0, 6, 0, 0, 0]); // padded node 3 is zero
    out.dispose();
    disposeBatch(t);
  });
});

describe('padBatch', () => {
  it('keeps graphs separate: adjacency is block-diagonal and padding is masked', () => {
    const a = graphFromEdges(3, [[0, 1], [1, 2]]), b = graphFromEdges(2, [[0, 1]]);
    const batch = padBatch([a, b], oneHotLabels(1), 1);
    expect(batch.n).toBe(3);
    expect(Array.from(batch.mask)).toEqual([1, 1, 1, 1, 1, 0]);
    // Edges of b live only in b's block; its padded node has no edges.
    const bBlock = Array.from(batch.adj.slice(9, 18));
    expect(bBlock).toEqual([0, 1, 0, 1, 0, 0, 0, 0, 0]);
  });

  it('no message crosses graphs: changing one graph leaves the other graph\'s output unchanged', async () => {
    const enc = new GinEncoder({ inDim: 3, hidden: 4, layers: 2 }, new Rng(2));
    const a = graphFromEdges(4, [[0, 1], [1, 2], [2, 3]], [0, 1, 2, 0]);
    const b1 = graphFromEdges(3, [[0, 1]], [1, 1, 1]);
    const b2 = graphFromEdges(5, [[0, 1], [1, 2], [2, 3], [3, 4], [0, 4]], [2, 2, 0, 1, 2]);
    const run = async (other: typeof a) => {
      const t = batchTensors(tf, padBatch([a, other], oneHotLabels(3), 3, 5));
      const out = enc.apply(t, false);
      const nodes = Array.from(await tf.slice(out.nodes, [0, 0, 0], [1, 5, 8]).data());
      const graph = Array.from(await tf.slice(out.graphs, [0, 0], [1, 8]).data());
      out.nodes.dispose();
      out.graphs.dispose();
      disposeBatch(t);
      return { nodes, graph };
    };
    const r1 = await run(b1), r2 = await run(b2);
    r1.nodes.forEach((v, i) => expect(v).toBeCloseTo(r2.nodes[i], 5));
    r1.graph.forEach((v, i) => expect(v).toBeCloseTo(r2.graph[i], 5));
    enc.dispose();
  });
});

describe('GinEncoder', () => {
  it('gives the same graph embedding for any node order (training-mode batch norm too)', async () => {
    const enc = new GinEncoder({ inDim: 3, hidden: 8, layers: 3 }, new Rng(3));
    const g = graphFromEdges(6, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 0], [0, 3]], [0, 1, 2, 0, 1, 1]);
    const perm = new Rng(9).shuffle([0, 1, 2, 3, 4, 5]);
    const embed = async (graph: typeof g, training: boolean) => {
      const t = batchTensors(tf, padBatch([graph], oneHotLabels(3), 3, 7));
      const out = enc.apply(t, training);
      const v = Array.from(await out.graphs.data());
      out.nodes.dispose();
      out.graphs.dispose();
      disposeBatch(t);
      return v;
    };
    for (const training of [false, true]) {
      const x = await embed(g, training), y = await embed(permuteGraph(g, perm), training);
      expect(x.length).toBe(24);
      x.forEach((v, i) => expect(v).toBeCloseTo(y[i], 4));
    }
    enc.dispose();
  });

  it('leaks no tensors from one forward pass to the next', () => {
    const enc = new GinEncoder({ inDim: 2, hidden: 4, layers: 2 }, new Rng(4));
    const t = batchTensors(tf, padBatch([pathGraph(4)], oneHotLabels(2), 2));
    const pass = (training: boolean) => tf.tidy(() => enc.apply(t, training).graphs).dispose();
    pass(true);
    const before = tf.memory().numTensors;
    pass(true);
    pass(false);
    expect(tf.memory().numTensors).toBe(before);
    disposeBatch(t);
    enc.dispose();
  });
});
