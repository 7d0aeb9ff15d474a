import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { Rng } from '../../core/rng';
import { directedEdges, edgeIndex, indexModeFor } from './edgeIndex';
import { gumbelNoise } from './gumbel';
import { VGraphModel } from './model';

// The CPU backend has both gather's gradient and one-hot products, so both modes run here.
const tf = await initNodeBackend('cpu');

describe('edgeIndex', () => {
  it('lists both directions and picks one-hot products on WASM only', () => {
    expect(directedEdges([[0, 1], [1, 2]])).toEqual({ w: [0, 1, 1, 2], c: [1, 2, 0, 1] });
    expect(indexModeFor('wasm')).toBe('onehot');
    expect(indexModeFor('webgpu')).toBe('gather');
  });
  it('gives the same loss and gradients by gather and by one-hot products', async () => {
    const edges: [number, number][] = [[0, 1], [1, 2], [2, 3], [0, 3], [1, 3]];
    const { w, c } = directedEdges(edges);
    const results: number[][] = [];
    for (const mode of ['gather', 'onehot'] as const) {
      const model = new VGraphModel(4, 5, 3, new Rng(2));
      const index = edgeIndex(4, w, c, mode);
      const noise = tf.tensor2d(gumbelNoise(w.length, 3, new Rng(9)), [w.length, 3]);
      const { value, grads } = tf.variableGrads(() => model.loss(index, noise, 0.7, 0.3, 'code', null).total, model.weights.map((p) => p.variable));
      const flat = [...(await value.data()), ...(await Promise.all(model.weights.map((p) => grads[p.variable.name].data()))).flatMap((g) => Array.from(g))];
      results.push(flat);
      tf.dispose([value, noise, ...Object.values(grads)]);
      index.dispose();
      model.dispose();
    }
    expect(results[0].length).toBe(results[1].length);
    results[0].forEach((v, i) => expect(v).toBeCloseTo(results[1][i], 4));
  });
});
