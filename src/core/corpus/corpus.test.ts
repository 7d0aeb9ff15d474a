import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { DOC_SEP_ID, VOCAB_SIZE, decode } from './charTokenizer';
import { makeCorpus, splitTrainVal } from './corpus';
import { DOC_KINDS } from './documents';

describe('makeCorpus', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = makeCorpus({ totalTokens: 20_000 }, new Rng(5));
    const b = makeCorpus({ totalTokens: 20_000 }, new Rng(5));
    const c = makeCorpus({ totalTokens: 20_000 }, new Rng(6));
    expect(b.tokens).toEqual(a.tokens);
    expect(b.world.facts).toEqual(a.world.facts);
    expect(c.text).not.toBe(a.text);
  });

  it('has exactly totalTokens in-vocabulary tokens that decode to its text', () => {
    for (const n of [1, 999, 12_345]) {
      const c = makeCorpus({ totalTokens: n }, new Rng(n));
      expect(c.tokens.length).toBe(n);
      expect(c.text.length).toBe(n);
      expect(c.tokens.every((t) => t < VOCAB_SIZE)).toBe(true);
      expect(decode(c.tokens)).toBe(c.text);
    }
  });

  it('writes ~1M characters quickly, with every document kind, each starting at a separator', () => {
    const t0 = performance.now();
    const c = makeCorpus({ totalTokens: 1_000_000 }, new Rng(1));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(new Set(c.docKinds)).toEqual(new Set(DOC_KINDS));
    expect(c.docStarts.length).toBe(c.docKinds.length);
    expect(Array.from(c.docStarts.slice(0, 100), (s) => c.tokens[s])).toEqual(Array(100).fill(DOC_SEP_ID));
  });

  it('follows the mixture weights', () => {
    const c = makeCorpus(
      { totalTokens: 30_000, mixture: { prose: 0, facts: 0, reasoning: 0, arithmetic: 1, copy: 0 } },
      new Rng(2),
    );
    expect(new Set(c.docKinds)).toEqual(new Set(['arithmetic']));
    expect(/^[|\n0-9+\-=]*$/.test(c.text)).toBe(true);
  });

  it('splits into train and validation at a document boundary', () => {
    const c = makeCorpus({ totalTokens: 50_000 }, new Rng(3));
    const { train, val } = splitTrainVal(c.tokens, 0.1);
    expect(train.length + val.length).toBe(50_000);
    expect(val.length).toBeGreaterThan(4000);
    expect(val.length).toBeLessThan(6000);
    expect(val[0]).toBe(DOC_SEP_ID);
  });
});
