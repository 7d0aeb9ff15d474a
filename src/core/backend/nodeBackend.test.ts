import { describe, expect, it } from 'vitest';
import { useNodeBackend } from './nodeBackend';

describe('useNodeBackend', () => {
  it.each(['cpu', 'wasm'] as const)('runs a matmul on %s', async (name) => {
    const tf = await useNodeBackend(name);
    expect(tf.getBackend()).toBe(name);
    const y = tf.matMul(tf.tensor2d([[1, 2], [3, 4]]), tf.tensor2d([[1], [1]]));
    expect(Array.from(await y.data())).toEqual([3, 7]);
    tf.dispose(y);
  });
});
