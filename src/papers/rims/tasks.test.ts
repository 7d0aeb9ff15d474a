import { describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng';
import { ADD_INPUTS, addingBatch } from './addingTask';
import { COPY_MARKER, copyingBatch, copyLength, copySequence } from './copyingTask';
import { digitPool, digitsBatch, drawDigit, resample, SOURCE_RES, testResolutions } from './digitsTask';

describe('copying task', () => {
  it('is 10 symbols from 1..8, T−1 blanks, the marker, 10 blanks; the target recalls the symbols at the end', () => {
    const { tokens, targets } = copySequence(50, new Rng(1));
    expect(tokens).toHaveLength(70);
    expect(copyLength(50)).toBe(70);
    const symbols = tokens.slice(0, 10);
    for (const s of symbols) expect(s >= 1 && s <= 8).toBe(true);
    expect(tokens.slice(10, 59).every((t) => t === 0)).toBe(true);
    expect(tokens[59]).toBe(COPY_MARKER);
    expect(tokens.slice(60).every((t) => t === 0)).toBe(true);
    expect(targets.slice(0, 60).every((t) => t === 0)).toBe(true);
    expect(targets.slice(60)).toEqual(symbols);
  });

  it('batches one-hot inputs time-major and scores the recall steps', () => {
    const b = copyingBatch(5, 3, new Rng(2));
    expect(b).toMatchObject({ T: 25, B: 3, inputSize: 10, scoreFrom: 15 });
    expect(b.readAt).toHaveLength(25);
    for (let t = 0; t < 25; t++) for (let s = 0; s < 3; s++) expect(b.x.subarray((t * 3 + s) * 10, (t * 3 + s + 1) * 10).reduce((a, v) => a + v, 0)).toBe(1);
    // Sequence 1's recall targets are its first 10 input tokens.
    const tok = (t: number) => b.x.subarray((t * 3 + 1) * 10, (t * 3 + 2) * 10).indexOf(1);
    for (let i = 0; i < 10; i++) expect(b.labels![(15 + i) * 3 + 1]).toBe(tok(i));
    expect(copyingBatch(5, 3, new Rng(2))).toEqual(b);
    expect(() => copyingBatch(0, 1, new Rng(1))).toThrow(/at least 1/);
  });
});

describe('adding task', () => {
  it('marks one step in each half and targets the sum of the two marked numbers', () => {
    const L = 12, B = 40;
    const b = addingBatch(L, B, new Rng(3));
    expect(b).toMatchObject({ T: L, B, inputSize: ADD_INPUTS, readAt: [L - 1] });
    for (let s = 0; s < B; s++) {
      const marked: number[] = [];
      let sum = 0;
      for (let t = 0; t < L; t++) {
        const i = (t * B + s) * 2;
        expect(b.x[i] >= 0 && b.x[i] < 1).toBe(true);
        if (b.x[i + 1] === 1) {
          marked.push(t);
          sum += b.x[i];
        }
      }
      expect(marked).toHaveLength(2);
      expect(marked[0]).toBeLessThan(L / 2);
      expect(marked[1]).toBeGreaterThanOrEqual(L / 2);
      expect(b.values![s]).toBeCloseTo(sum, 6);
    }
  });
});

describe('sequential digits', () => {
  it('tests at the paper’s 16, 19 and 24 for 14, scaled for other resolutions', () => {
    expect(testResolutions(14)).toEqual([16, 19, 24]);
    expect(testResolutions(7)).toEqual([8, 10, 12]);
  });

  it('draws each class with ink in [0, 1], differently every time', () => {
    const rng = new Rng(4);
    for (let c = 0; c < 10; c++) {
      const a = drawDigit(c, rng), b = drawDigit(c, rng);
      expect(a.label).toBe(c);
      expect(a.pixels).toHaveLength(SOURCE_RES * SOURCE_RES);
      const ink = a.pixels.reduce((s, v) => s + v, 0);
      expect(ink).toBeGreaterThan(20);
      expect(Math.max(...a.pixels)).toBeLessThanOrEqual(1);
      expect(Math.min(...a.pixels)).toBeGreaterThanOrEqual(0);
      expect(a.pixels).not.toEqual(b.pixels);
    }
  });

  it('resamples: identity at the same size, mean ink kept when upsampling', () => {
    const img = drawDigit(8, new Rng(5)).pixels;
    expect(resample(img, SOURCE_RES, SOURCE_RES)).toEqual(img);
    const mean = (a: Float32Array) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(mean(resample(img, SOURCE_RES, 14))).toBeCloseTo(mean(img), 1);
    expect(mean(resample(resample(img, SOURCE_RES, 14), 14, 24))).toBeCloseTo(mean(img), 1);
  });

  it('reads r² pixels, one per step, and scores the class at the last step', () => {
    const pool = digitPool(20, new Rng(6));
    expect(pool.filter((d) => d.label === 3)).toHaveLength(2);
    const b = digitsBatch(pool.slice(0, 4), 14);
    expect(b).toMatchObject({ T: 196, B: 4, inputSize: 1, readAt: [195] });
    expect(Array.from(b.labels!)).toEqual(pool.slice(0, 4).map((d) => d.label));
    const px = resample(pool[2].pixels, SOURCE_RES, 14);
    for (let t = 0; t < 196; t++) expect(b.x[t * 4 + 2]).toBe(px[t]);
  });
});
