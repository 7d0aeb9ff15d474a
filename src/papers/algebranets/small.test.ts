import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { presetProblems } from '../../core/params/presetProblems';
import { Rng } from '../../core/rng';
import { ALGEBRAS, algebra } from './algebras';
import { AlgebraDense } from './AlgebraDense';
import { CharMlp } from './CharMlp';
import { ConvNet } from './ConvNet';
import { CLASSES, IMAGE_SIZE, digitBatch, drawDigit } from '../../core/data/digits';
import { matchWidths, measure, realReference } from './matchWidths';
import { algebraSchema } from './params';
import { algebraPresets } from './presets';
import { pruneLayer, sparsityAt, sparsityLevels } from './prune';

const tf = await initNodeBackend('wasm');
const convNet = (a: Parameters<typeof measure>[1], w: readonly number[], r: Rng) => new ConvNet(a, w, r);

describe('algebraPresets', () => {
  it('are valid against the schema', () => {
    expect(Object.keys(algebraPresets)).toEqual(expect.arrayContaining(['tiny', 'default', 'claims']));
    expect(presetProblems(algebraSchema, algebraPresets)).toEqual([]);
  });
});

describe('digits', () => {
  it('draws ten classes, seeded, with ink in the frame', () => {
    const a = digitBatch(50, { noise: 0.1, distortion: 1 }, new Rng(4));
    const b = digitBatch(50, { noise: 0.1, distortion: 1 }, new Rng(4));
    expect(a.images).toEqual(b.images);
    expect(a.images.length).toBe(50 * IMAGE_SIZE * IMAGE_SIZE);
    expect(Math.max(...a.labels)).toBeLessThan(CLASSES);
    for (let c = 0; c < CLASSES; c++) {
      const img = new Float32Array(IMAGE_SIZE * IMAGE_SIZE);
      drawDigit(c, { noise: 0, distortion: 0 }, new Rng(1), img);
      const ink = img.reduce((s, v) => s + v, 0);
      expect(ink).toBeGreaterThan(40);
      expect(ink).toBeLessThan(400);
    }
  });
});

describe('prune', () => {
  it('follows the cubic schedule from start to end', () => {
    expect(sparsityAt(0, 100, 0.5, 0.2, 0.7)).toBe(0);
    expect(sparsityAt(19, 100, 0.5, 0.2, 0.7)).toBe(0);
    expect(sparsityAt(45, 100, 0.5, 0.2, 0.7)).toBeCloseTo(0.5 * (1 - 0.5 ** 3), 10);
    expect(sparsityAt(70, 100, 0.5, 0.2, 0.7)).toBe(0.5);
    expect(sparsityAt(50, 100, 0, 0.2, 0.7)).toBe(0);
    expect(sparsityLevels(0.9, 4)).toEqual([0, 0.3, 0.6, 0.9].map((x) => expect.closeTo(x, 10)));
    expect(sparsityLevels(0.5, 1)).toEqual([0.5]);
  });

  it('removes the smallest-norm elements as wholes', async () => {
    const layer = new AlgebraDense('l', algebra('M2R'), 4, 5, new Rng(2), { bias: false });
    const before = await layer.elementNorms().data();
    expect(await pruneLayer(layer, 0.5)).toBe(10);
    const after = await layer.elementNorms().data();
    const kept = Array.from(before).filter((_, i) => after[i] > 0);
    const dropped = Array.from(before).filter((_, i) => after[i] === 0);
    expect(dropped).toHaveLength(10);
    expect(Math.min(...kept)).toBeGreaterThanOrEqual(Math.max(...dropped));
    const w = await layer.weight.variable.data();
    for (let e = 0; e < 20; e++) if (after[e] === 0) expect(Array.from(w.slice(e * 4, e * 4 + 4)).every((v) => v === 0)).toBe(true);
    layer.dispose();
  });
});

describe('matchWidths', () => {
  it('finds widths whose parameter count is within 10% of the real net, for every algebra', () => {
    const base = [8, 16, 32];
    const ref = realReference(convNet, base);
    const before = tf.memory().numTensors;
    for (const a of ALGEBRAS) {
      const m = matchWidths(convNet, a, base, ref.params, 'params');
      expect(Math.abs(m.params / ref.params - 1)).toBeLessThan(0.1);
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('matches multiplies for the character MLP too', () => {
    const build = (a: Parameters<typeof measure>[1], w: readonly number[], r: Rng) => new CharMlp(a, w, r, 52, 8);
    const ref = realReference(build, [8, 64]);
    const h = matchWidths(build, algebra('H'), [8, 64], ref.multiplies, 'flops');
    expect(Math.abs(h.multiplies / ref.multiplies - 1)).toBeLessThan(0.1);
    expect(h.params).toBeLessThan(ref.params);
  });
});

describe('ConvNet', () => {
  it('gives [N, 10] logits for every algebra and counts its layers', () => {
    for (const a of ALGEBRAS) {
      const net = new ConvNet(a, [2, 2, 3], new Rng(1));
      const shape = tf.tidy(() => net.logits(tf.zeros([3, IMAGE_SIZE * IMAGE_SIZE])).shape);
      expect(shape).toEqual([3, 10]);
      const conv1 = 9 * 2 * a.d + 2 * a.d, conv2 = 9 * 2 * 2 * a.d + 2 * a.d, dense = 49 * 2 * 3 * a.d + 3 * a.d, head = 3 * a.d * 10 + 10;
      expect(net.paramCount()).toBe(conv1 + conv2 + dense + head);
      net.dispose();
    }
  });
});
