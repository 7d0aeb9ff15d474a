import { describe, expect, it } from 'vitest';
import { encode } from '../../core/corpus';
import { alphaGrid, bpcAtAlpha, chunkOverlap, longestCommonRun } from './overlap';

describe('longest common run', () => {
  it('finds the longest shared substring on hand-made cases', () => {
    expect(longestCommonRun(encode('abcdef'), encode('zzcdezz'))).toBe(3);
    expect(longestCommonRun(encode('abc'), encode('xyz'))).toBe(0);
    expect(longestCommonRun(encode('kavo lives in ti'), encode('. kavo lives in tirema.'))).toBe(16);
    expect(longestCommonRun(encode('aaaa'), encode('aa'))).toBe(2);
    expect(longestCommonRun([], encode('abc'))).toBe(0);
  });

  it('r(C) is the best run over the neighbours, divided by the chunk length', () => {
    const c = encode('kavo lives in ti');
    expect(chunkOverlap(c, [encode('xx kavo xx'), encode('lives in tirema')])).toBeCloseTo(11 / 16);
    expect(chunkOverlap(c, [])).toBe(0);
    expect(chunkOverlap(c, [encode('qqq')])).toBe(0);
  });
});

describe('bpc(alpha)', () => {
  const chunks = { loss: [4 * Math.LN2, 1 * Math.LN2, 2 * Math.LN2], tokens: [4, 4, 4], overlap: [0, 1, 0.5] };
  it('keeps the chunks with r <= alpha and averages over their tokens', () => {
    expect(bpcAtAlpha(chunks, 0)).toEqual({ bpc: 1, chunks: 1 });
    expect(bpcAtAlpha(chunks, 0.5).bpc).toBeCloseTo(6 / 8);
    expect(bpcAtAlpha(chunks, 1).bpc).toBeCloseTo(7 / 12);
    expect(bpcAtAlpha({ loss: [1], tokens: [4], overlap: [0.9] }, 0.2).bpc).toBeNaN();
  });
  it('has a grid of m + 1 values from 0 to 1', () => {
    expect(alphaGrid(4)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
