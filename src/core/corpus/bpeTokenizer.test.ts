import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { bpeTokenizer, trainBpe } from './bpeTokenizer';
import { DOC_SEP_ID, VOCAB_SIZE, encode as encodeChars } from './charTokenizer';
import { makeCorpus } from './corpus';

describe('bpeTokenizer', () => {
  it('learns merges in count order, ties to the smaller pair', () => {
    // Chunks "ab", " ab" ×2, " cd" ×2: pairs (a,b) 3, (sp,a) 2, (sp,c) 2, (c,d) 2.
    const t = trainBpe('ab ab ab cd cd', VOCAB_SIZE + 3);
    const [a, b, c, d, sp] = Array.from(encodeChars('abcd '));
    expect(t.merges[0]).toEqual([a, b]);
    // Then (sp,ab), (sp,c), (c,d) tie at 2: the smallest (left, right) wins, space (id 2) with c (id 5) before the new id 52.
    expect(t.merges[1]).toEqual([sp, c]);
    expect(t.merges[2]).toEqual([sp, VOCAB_SIZE]);
    expect(t.pieces.slice(VOCAB_SIZE)).toEqual(['ab', ' c', ' ab']);
    expect(Array.from(t.encode(' cd'))).toEqual([VOCAB_SIZE + 1, d]);
  });

  it('round-trips a corpus exactly, shortens it, and keeps the separator id', () => {
    const corpus = makeCorpus({ totalTokens: 20_000 }, new Rng(3));
    const t0 = performance.now();
    const t = trainBpe(corpus.text, 512);
    const ms = performance.now() - t0;
    expect(t.vocabSize).toBe(512);
    const ids = t.encode(corpus.text);
    expect(t.decode(ids)).toBe(corpus.text);
    expect(t.charCount(ids)).toBe(corpus.text.length);
    expect(ids.length).toBeLessThan(0.7 * corpus.text.length);
    expect(ids[0]).toBe(DOC_SEP_ID);
    expect(Math.max(...ids)).toBeLessThan(512);
    expect(ms).toBeLessThan(1000);
  });

  it('is deterministic and rebuilds from its merges', () => {
    const text = makeCorpus({ totalTokens: 5_000 }, new Rng(4)).text;
    const a = trainBpe(text, 300), b = trainBpe(text, 300);
    expect(b.merges).toEqual(a.merges);
    const c = bpeTokenizer(a.merges);
    expect(Array.from(c.encode(text))).toEqual(Array.from(a.encode(text)));
  });

  it('never merges across digits, punctuation or documents', () => {
    const t = trainBpe('|12+12=24.\n|12+12=24.\n|12+12=24.\n', 200);
    expect(t.merges).toEqual([]);
    expect(t.pieces.slice(VOCAB_SIZE)).toEqual([]);
  });

  it('rejects characters outside the vocabulary and out-of-range ids', () => {
    const t = trainBpe('kavo kavo', 60);
    expect(() => t.encode('Kavo')).toThrow(RangeError);
    expect(() => trainBpe('é', 60)).toThrow(RangeError);
    expect(() => t.decode([t.vocabSize])).toThrow(RangeError);
    expect(() => trainBpe('ab', 10)).toThrow(RangeError);
    expect(() => bpeTokenizer([[0, 99]])).toThrow(RangeError);
  });
});
