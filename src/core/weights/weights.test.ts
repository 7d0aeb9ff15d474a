import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../backend/nodeBackend';
import { assignWeights, describeLoad, readWeights } from './namedWeights';
import { decodeWeightsFile, encodeWeightsFile } from './weightsFile';

const meta = { slug: 'gopher', params: { models: 4 }, seed: 3, preset: 'tiny', createdAt: 1_790_000_000_000 };

describe('weights', () => {
  it('round-trips through a file, shapes and values exact', () => {
    const weights = { 'm0.w': { shape: [2, 3], data: Float32Array.from([1, -2, 3.5, 0, 1e-7, 6]) }, 'm0.b': { shape: [3], data: Float32Array.from([0.25, 0.5, 0.75]) } };
    const back = decodeWeightsFile(encodeWeightsFile(meta, weights), 'gopher');
    expect(back.meta).toEqual(meta);
    expect(back.weights).toEqual(weights);
  });

  it('explains a wrong, truncated or foreign file', () => {
    const bytes = encodeWeightsFile(meta, { w: { shape: [4], data: new Float32Array(4) } });
    expect(() => decodeWeightsFile(new TextEncoder().encode('hello world'), 'gopher')).toThrow(/PNW1/);
    expect(() => decodeWeightsFile(bytes.subarray(0, bytes.length - 4), 'gopher')).toThrow(/truncated/);
    expect(() => decodeWeightsFile(bytes, 'rims')).toThrow(/belong to the 'gopher' panel/);
  });

  it('reads variables and assigns them back by name, reporting missing and mismatched ones', async () => {
    const tf = await initNodeBackend('cpu');
    const a = { name: 'w', variable: tf.variable(tf.tensor2d([[1, 2], [3, 4]])) };
    const b = { name: 'b', variable: tf.variable(tf.tensor1d([5, 6])) };
    const c = { name: 'c', variable: tf.variable(tf.tensor1d([7])) };
    const saved = await readWeights([a, b], 'm0.');
    expect(Object.keys(saved)).toEqual(['m0.w', 'm0.b']);
    a.variable.assign(tf.zeros([2, 2]));
    saved['m0.b'] = { shape: [3], data: new Float32Array(3) };
    const report = assignWeights(tf, [a, b, c], saved, 'm0.');
    expect(report).toEqual({ loaded: ['w'], missing: ['c'], mismatched: ['b'] });
    expect(Array.from(await a.variable.data())).toEqual([1, 2, 3, 4]);
    expect(describeLoad(report, 'model 1')).toBe('model 1: 1 of 3 tensors from the loaded weights (1 not in the file, 1 of another shape); the rest start fresh.');
    [a, b, c].forEach((p) => p.variable.dispose());
  });
});
