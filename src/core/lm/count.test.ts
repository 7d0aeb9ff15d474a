import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../backend/nodeBackend';
import { Rng } from '../rng';
import { countParams, forwardFlops, sixND, trainingFlops, trainingFlopsPerToken } from './count';
import { TransformerLM } from './model';
import { SHAPE_A, SHAPE_B } from './testConfigs';

await initNodeBackend('cpu');

describe('countParams', () => {
  it('matches a hand count for shape A (V=52, T=32, E=32, L=2, H=4, F=128, layernorm, learned)', () => {
    const wte = 52 * 32; // 1664
    const wpe = 32 * 32; // 1024
    const ln = 2 * 32; // gain + bias
    const qkv = 32 * 96 + 96; // 3168
    const proj = 32 * 32 + 32; // 1056
    const ffn = 32 * 128 + 128 + 128 * 32 + 32; // 8352
    const layer = ln + qkv + proj + ln + ffn; // 12704
    const head = 32 * 52; // no bias
    const total = wte + wpe + 2 * layer + ln + head;
    expect(total).toBe(29824);
    const c = countParams(SHAPE_A);
    expect(c.perLayer).toBe(layer);
    expect(c.total).toBe(29824);
    expect(c.nonEmbedding).toBe(29824 - 1664 - 1024);
  });

  it('matches a hand count for shape B (V=52, T=64, E=48, L=3, H=3, F=96, rmsnorm, relative)', () => {
    const wte = 52 * 48; // 2496
    const rms = 48; // gain only
    const qkv = 48 * 144 + 144; // 7056
    const proj = 48 * 48 + 48; // 2352
    const relBias = 3 * 64; // one scalar per head and distance
    const ffn = 48 * 96 + 96 + 96 * 48 + 48; // 9360
    const layer = rms + qkv + proj + relBias + rms + ffn; // 19056
    const head = 48 * 52;
    const total = wte + 3 * layer + rms + head;
    expect(total).toBe(62208);
    const c = countParams(SHAPE_B);
    expect(c.positionEmbedding).toBe(0);
    expect(c.total).toBe(62208);
    expect(c.nonEmbedding).toBe(62208 - 2496);
  });

  it.each([SHAPE_A, SHAPE_B])('equals the variables the model creates (%#)', (cfg) => {
    const m = new TransformerLM(cfg, new Rng(1));
    const c = countParams(cfg);
    expect(m.paramCount()).toBe(c.total);
    expect(m.paramCount() - m.embeddingParamCount()).toBe(c.nonEmbedding);
    m.dispose();
  });

  it('accepts FFN and hook overrides', () => {
    const c = countParams(SHAPE_A, { ffnParams: 100, extraParams: 7 });
    expect(c.total).toBe(29824 - 2 * (8352 - 100) + 7);
  });
});

describe('FLOPs (Chinchilla Appendix F)', () => {
  it('matches a hand count for shape A', () => {
    const [T, V, E, H, F, L] = [32, 52, 32, 4, 128, 2];
    const embeddings = 2 * T * V * E; // 106496
    const qkv = 2 * 3 * T * E * E; // 196608
    const logits = 2 * T * T * E; // 65536
    const softmax = 3 * H * T * T; // 12288
    const reduction = 2 * T * T * E; // 65536
    const projection = 2 * T * E * E; // 65536
    const ffn = 2 * T * (E * F + E * F); // 524288
    const final = 2 * T * E * V; // 106496
    const total = embeddings + L * (qkv + logits + softmax + reduction + projection + ffn) + final;
    expect(total).toBe(2072576);
    const f = forwardFlops(SHAPE_A);
    expect([f.embeddings, f.attentionQKV, f.attentionLogits, f.softmax, f.attentionReduction, f.attentionProjection, f.ffn, f.finalLogits])
      .toEqual([embeddings, qkv, logits, softmax, reduction, projection, ffn, final]);
    expect(f.total).toBe(2072576);
    expect(trainingFlopsPerToken(SHAPE_A)).toBe((3 * 2072576) / 32); // 194304
    expect(trainingFlops(SHAPE_A, 1000)).toBe(194304 * 1000);
  });

  it('matches a hand count for shape B', () => {
    const [T, V, E, H, F, L] = [64, 52, 48, 3, 96, 3];
    const perLayer =
      2 * 3 * T * E * E + // QKV 884736
      2 * T * T * E + // logits 393216
      3 * H * T * T + // softmax 36864
      2 * T * T * E + // reduction 393216
      2 * T * E * E + // projection 294912
      2 * T * (E * F + E * F); // FFN 1179648
    expect(perLayer).toBe(3182592);
    const total = 2 * T * V * E + L * perLayer + 2 * T * E * V;
    expect(total).toBe(10186752);
    expect(forwardFlops(SHAPE_B).total).toBe(10186752);
    expect(trainingFlopsPerToken(SHAPE_B)).toBe(477504);
  });

  it('is near 6N per token at these sizes and 6ND for a budget', () => {
    const ratio = trainingFlopsPerToken(SHAPE_A) / (6 * countParams(SHAPE_A).total);
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.3);
    expect(sixND(70e9, 1.4e12)).toBeCloseTo(5.88e23, -20);
    const moe = forwardFlops(SHAPE_A, { ffnFlopsPerToken: 10, extraFlopsPerToken: 3 });
    expect(moe.ffn).toBe(32 * 10);
    expect(moe.total).toBe(2072576 - 2 * (524288 - 320) + 32 * 3);
  });
});
