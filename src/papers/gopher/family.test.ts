import { describe, expect, it } from 'vitest';
import { countParams } from '../../core/lm';
import { gopherFamily, memberShape } from './family';
import { GOPHER_TABLE1 } from './table1';

describe('GOPHER_TABLE1', () => {
  it('holds the six rows of Table 1 with d_model = heads × kv size for the first two', () => {
    expect(GOPHER_TABLE1.map((r) => r.model)).toEqual(['44M', '117M', '417M', '1.4B', '7.1B', '280B']);
    for (const r of GOPHER_TABLE1.slice(0, 4)) expect(r.heads * r.kvSize).toBeLessThanOrEqual(r.dModel);
    expect(GOPHER_TABLE1[5]).toMatchObject({ layers: 80, heads: 128, kvSize: 128, dModel: 16384, maxLr: 4e-5 });
  });
});

describe('gopherFamily', () => {
  it('keeps Table 1 width and depth ratios, RMSNorm, relative positions and a 4x FFN', () => {
    const fam = gopherFamily({ models: 6, baseWidth: 16, seqLen: 64 });
    expect(fam.map((m) => m.dModel)).toEqual([16, 24, 48, 64, 128, 512]);
    expect(fam.map((m) => m.nLayers)).toEqual([1, 2, 2, 3, 4, 10]);
    expect(fam.map((m) => m.nHeads)).toEqual([2, 2, 2, 2, 4, 16]);
    for (const m of fam) {
      expect(m.config).toMatchObject({ norm: 'rmsnorm', positions: 'relative', ffnRatio: 4, vocabSize: 52, seqLen: 64 });
      expect(m.dModel % m.nHeads).toBe(0);
      expect(m.kvSize).toBe(m.dModel / m.nHeads);
    }
    for (let i = 1; i < fam.length; i++) expect(fam[i].N).toBeGreaterThan(fam[i - 1].N);
    expect(fam[2].lrRatio).toBeCloseTo(1 / 3, 12);
    expect(gopherFamily({ models: 4, baseWidth: 8, seqLen: 32 })).toHaveLength(4);
  });

  it('counts parameters like a hand count (44M-like, d_model 16, 1 layer, 2 heads, T = 64)', () => {
    const [m] = gopherFamily({ models: 4, baseWidth: 16, seqLen: 64 });
    const E = 16, F = 64, V = 52, H = 2, T = 64;
    const layer = E /* rms 1 */ + (E * 3 * E + 3 * E) + (E * E + E) + H * T /* relative bias */ + E /* rms 2 */ + (E * F + F) + (F * E + E);
    const hand = V * E + layer + E + E * V;
    expect(hand).toBe(5056);
    expect(m.N).toBe(hand);
    expect(m.nonEmbedding).toBe(hand - V * E);
    expect(countParams(m.config).total).toBe(hand);
  });

  it('lowers the head count until it divides d_model', () => {
    expect(memberShape(GOPHER_TABLE1[4], 12)).toEqual({ dModel: 96, nLayers: 4, nHeads: 4 });
    expect(memberShape(GOPHER_TABLE1[1], 10)).toEqual({ dModel: 15, nLayers: 2, nHeads: 1 });
  });
});
