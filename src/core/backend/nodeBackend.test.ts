import { describe, expect, it } from 'vitest';
import { initNodeBackend } from './nodeBackend';

describe('initNodeBackend', () => {
  it.each(['cpu', 'wasm'] as const)('runs a matmul on %s', async (name) => {
    const tf = await initNodeBackend(name);
    expect(tf.getBackend()).toBe(name);
    const y = tf.matMul(tf.tensor2d([[1, 2], [3, 4]]), tf.tensor2d([[1], [1]]));
    expect(Array.from(await y.data())).toEqual([3, 7]);
    tf.dispose(y);
  });
});
