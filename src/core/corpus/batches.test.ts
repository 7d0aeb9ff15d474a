import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { batchAt, batchSampler } from './batches';

describe('batchSampler', () => {
  const tokens = Uint8Array.from({ length: 1000 }, (_, i) => i % 50);

  it('returns [B, T] windows with y = x shifted by one', () => {
    const next = batchSampler(tokens, 4, 16, new Rng(1));
    for (let k = 0; k < 20; k++) {
      const { x, y, batchSize, seqLen } = next();
      expect([batchSize, seqLen, x.length, y.length]).toEqual([4, 16, 64, 64]);
      for (let b = 0; b < 4; b++) {
        for (let t = 0; t < 16; t++) expect(y[b * 16 + t]).toBe((x[b * 16 + t] + 1) % 50);
      }
    }
  });

  it('is deterministic per seed and reaches the last window', () => {
    const a = batchSampler(tokens, 8, 16, new Rng(2))();
    expect(batchSampler(tokens, 8, 16, new Rng(2))()).toEqual(a);
    const last = batchAt(tokens, [1000 - 17], 16);
    expect(last.y[15]).toBe(tokens[999]);
    expect(() => batchAt(tokens, [1000 - 16], 16)).toThrow(RangeError);
    expect(() => batchSampler(tokens.subarray(0, 16), 1, 16, new Rng(1))).toThrow(RangeError);
  });
});
