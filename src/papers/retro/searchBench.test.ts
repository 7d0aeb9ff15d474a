import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { Rng } from '../../core/rng';
import { searchQueriesPerSec } from './searchBench';

await initNodeBackend('wasm');

describe('search bench', () => {
  it('reports a positive query rate and frees its database', async () => {
    const before = tf.memory().numTensors;
    expect(await searchQueriesPerSec(2_000, 16, 32, 2, new Rng(1))).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
  });
});
