import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { makeCorpus } from './corpus';
import { corpusOpening } from './corpusOpening';

describe('corpusOpening', () => {
  it('is the first characters of the full corpus, cut into its complete documents', () => {
    const opts = { entities: 60, mixture: { prose: 0.2, facts: 0.5, reasoning: 0.1, arithmetic: 0.1, copy: 0.1 } };
    const full = makeCorpus({ ...opts, totalTokens: 30_000 }, new Rng(7).fork('data'));
    const { corpus, docs } = corpusOpening(opts, new Rng(7).fork('data'), 2_000);
    expect(corpus.text).toBe(full.text.slice(0, 2_000));
    expect(docs.length).toBeGreaterThan(3);
    for (const [i, d] of docs.entries()) {
      expect(full.docKinds[i]).toBe(d.kind);
      expect(full.text.slice(d.start, d.start + d.text.length + 2)).toBe(`|${d.text}\n`);
    }
    // Only complete documents: the last one ends before the cut.
    const last = docs[docs.length - 1];
    expect(last.start + last.text.length + 2).toBeLessThanOrEqual(2_000);
  });

  it('follows the seed', () => {
    const a = corpusOpening({}, new Rng(1).fork('data'), 800);
    const b = corpusOpening({}, new Rng(2).fork('data'), 800);
    expect(a.corpus.text).not.toBe(b.corpus.text);
  });
});
