import { afterAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../backend/nodeBackend';
import { Rng } from '../rng';
import { TransformerLM } from './model';
import { RelativeBias } from './relativeBias';
import { SHAPE_A, SHAPE_B } from './testConfigs';

const ids = (B: number, T: number, seed: number): Int32Array => {
  const rng = new Rng(seed);
  return Int32Array.from({ length: B * T }, () => rng.int(52));
};

await initNodeBackend('wasm');

describe.each([
  ['A (layernorm, learned)', SHAPE_A],
  ['B (rmsnorm, relative)', SHAPE_B],
])('TransformerLM shape %s', (_, cfg) => {
  const model = new TransformerLM(cfg, new Rng(7));
  afterAll(() => model.dispose());

  it('maps ids [B, T] to logits [B, T, V], also for T < seqLen', () => {
    for (const T of [cfg.seqLen, 5]) {
      const out = tf.tidy(() => model.logits(tf.tensor2d(ids(3, T, 1), [3, T], 'int32')));
      expect(out.shape).toEqual([3, T, cfg.vocabSize]);
      out.dispose();
    }
    expect(() => tf.tidy(() => model.logits(tf.zeros([1, cfg.seqLen + 1], 'int32')))).toThrow(RangeError);
  });

  it('is causal: changing token t leaves the logits before t unchanged', async () => {
    const T = cfg.seqLen;
    const a = ids(2, T, 2);
    const b = a.slice();
    const t = 11;
    b[t] = (a[t] + 1) % 52;
    b[T + t] = (a[T + t] + 7) % 52;
    const [la, lb] = tf.tidy(() => [model.logits(tf.tensor2d(a, [2, T], 'int32')), model.logits(tf.tensor2d(b, [2, T], 'int32'))]);
    const [da, db] = [await la.array(), await lb.array()];
    tf.dispose([la, lb]);
    for (let r = 0; r < 2; r++) {
      for (let s = 0; s < t; s++) expect(db[r][s]).toEqual(da[r][s]);
      expect(db[r][t]).not.toEqual(da[r][t]);
    }
  });

  it('starts with a loss near ln(V)', async () => {
    const T = cfg.seqLen;
    const parts = model.loss(tf.tensor2d(ids(8, T, 3), [8, T], 'int32'), tf.tensor2d(ids(8, T, 4), [8, T], 'int32'));
    const [ce, aux, total] = await Promise.all([parts.ce.data(), parts.aux.data(), parts.total.data()]);
    tf.dispose([parts.ce, parts.aux, parts.total]);
    expect(Math.abs(ce[0] - Math.log(52))).toBeLessThan(0.05);
    expect(aux[0]).toBe(0);
    expect(total[0]).toBeCloseTo(ce[0], 6);
  });
});

describe('TransformerLM', () => {
  it('is deterministic per seed, and gives the same logits on wasm and cpu', async () => {
    const x = ids(2, 16, 5);
    const run = async (seed: number): Promise<Float32Array> => {
      const m = new TransformerLM(SHAPE_B, new Rng(seed));
      const out = tf.tidy(() => m.logits(tf.tensor2d(x, [2, 16], 'int32')));
      const d = (await out.data()) as Float32Array;
      out.dispose();
      m.dispose();
      return d;
    };
    const wasm = await run(9);
    expect(await run(9)).toEqual(wasm);
    expect(await run(10)).not.toEqual(wasm);
    await initNodeBackend('cpu');
    const cpu = await run(9);
    await initNodeBackend('wasm');
    let maxDiff = 0;
    for (let i = 0; i < cpu.length; i++) maxDiff = Math.max(maxDiff, Math.abs(cpu[i] - wasm[i]));
    expect(maxDiff).toBeLessThan(1e-4);
  });

  it('frees every variable on dispose', () => {
    const before = tf.memory().numTensors;
    const m = new TransformerLM(SHAPE_A, new Rng(1));
    expect(tf.memory().numTensors).toBe(before + m.weights.length);
    m.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('RelativeBias', () => {
  it('puts a[h, i - j] at (h, i, j) for every key j <= query i', async () => {
    const H = 2, T = 6;
    const rb = new RelativeBias('rb', H, 8, new Rng(1));
    const a = Array.from({ length: H * 8 }, (_, k) => k + 1);
    rb.table.variable.assign(tf.tensor2d(a, [H, 8]));
    const m = rb.matrix(T);
    expect(m.shape).toEqual([H, T, T]);
    const d = await m.array();
    m.dispose();
    for (let h = 0; h < H; h++) for (let i = 0; i < T; i++) for (let j = 0; j <= i; j++) expect(d[h][i][j]).toBe(a[h * 8 + (i - j)]);
    rb.table.variable.dispose();
  });
});
