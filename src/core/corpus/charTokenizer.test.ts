import { describe, expect, it } from 'vitest';
import { DOC_SEP_ID, VOCAB, VOCAB_SIZE, decode, encode, tokenId } from './charTokenizer';

describe('charTokenizer', () => {
  it('has a fixed vocabulary of at most 64 distinct symbols', () => {
    expect(VOCAB_SIZE).toBe(52);
    expect(new Set(VOCAB).size).toBe(VOCAB_SIZE);
    expect(tokenId('|')).toBe(DOC_SEP_ID);
  });

  it('round-trips every symbol and a sentence', () => {
    expect(decode(encode(VOCAB))).toBe(VOCAB);
    expect(Array.from(encode(VOCAB))).toEqual([...Array(VOCAB_SIZE).keys()]);
    const s = '|kavo lives in tirema.\n12+7=19\n';
    expect(decode(encode(s))).toBe(s);
  });

  it('rejects characters and ids outside the vocabulary', () => {
    expect(() => encode('Hello')).toThrow(RangeError);
    expect(() => encode('é')).toThrow(RangeError);
    expect(() => decode([VOCAB_SIZE])).toThrow(RangeError);
    expect(() => decode([-1])).toThrow(RangeError);
  });
});
