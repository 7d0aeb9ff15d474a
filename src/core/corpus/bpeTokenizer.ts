/**
 * Byte-pair encoding (Sennrich et al. 2016) over the character vocabulary of
 * charTokenizer: ids 0..VOCAB_SIZE-1 are the 52 characters (so DOC_SEP_ID and
 * PAD_ID keep their meaning), each learned merge adds one id after them.
 *
 * Rules, all deterministic:
 * - Text is first cut into chunks: a run of letters with at most one leading
 *   space (" kavo", "lives"), or any other single character. Merges never
 *   cross a chunk, so digits, punctuation and the document separator stay one
 *   character each and no token spans two words or two documents.
 * - Training counts adjacent pairs over the chunks weighted by frequency and
 *   merges the most frequent pair; ties go to the smaller (left id, right id).
 *   It stops at the target vocabulary or when no pair occurs twice.
 * - Encoding applies the merges in the order learned (lowest rank first).
 * - A character outside charTokenizer's VOCAB is an error (RangeError), in
 *   training and in encoding, exactly as charTokenizer.encode.
 */
import { VOCAB, VOCAB_SIZE, encode as encodeChars } from './charTokenizer';

export interface BpeTokenizer {
  /** Characters plus merges. */
  readonly vocabSize: number;
  /** Learned merges in order: merge i makes id VOCAB_SIZE + i from [left, right]. */
  readonly merges: readonly (readonly [number, number])[];
  /** Text of every id. */
  readonly pieces: readonly string[];
  encode(text: string): Uint16Array;
  decode(ids: ArrayLike<number>): string;
  /** Characters spelled by ids (for bits per character). */
  charCount(ids: ArrayLike<number>): number;
}

/** Chunks: letters with at most one leading space, else one character. */
const CHUNK = / ?[a-z]+|[\s\S]/g;
const MAX_VOCAB = 65_536;
const pairKey = (a: number, b: number): number => a * MAX_VOCAB + b;

function chunkCounts(text: string): Map<string, number> {
  encodeChars(text); // throws on a character outside VOCAB
  const counts = new Map<string, number>();
  for (const m of text.matchAll(CHUNK)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

/** Learns up to vocabSize − VOCAB_SIZE merges from text. */
export function trainBpe(text: string, vocabSize: number): BpeTokenizer {
  if (!Number.isInteger(vocabSize) || vocabSize < VOCAB_SIZE || vocabSize > MAX_VOCAB) {
    throw new RangeError(`BPE vocabulary size must be an integer in [${VOCAB_SIZE}, ${MAX_VOCAB}], got ${vocabSize}`);
  }
  const words: number[][] = [];
  const freq: number[] = [];
  for (const [w, c] of chunkCounts(text)) {
    if (w.length < 2) continue; // nothing to merge
    words.push(Array.from(encodeChars(w)));
    freq.push(c);
  }
  const merges: [number, number][] = [];
  while (VOCAB_SIZE + merges.length < vocabSize) {
    const counts = new Map<number, number>();
    for (let w = 0; w < words.length; w++) {
      const s = words[w];
      for (let i = 0; i + 1 < s.length; i++) {
        const k = pairKey(s[i], s[i + 1]);
        counts.set(k, (counts.get(k) ?? 0) + freq[w]);
      }
    }
    let best = -1, bestCount = 1;
    for (const [k, c] of counts) if (c > bestCount || (c === bestCount && c > 1 && k < best)) { best = k; bestCount = c; }
    if (best < 0) break;
    const a = Math.floor(best / MAX_VOCAB), b = best % MAX_VOCAB, id = VOCAB_SIZE + merges.length;
    merges.push([a, b]);
    for (let w = 0; w < words.length; w++) words[w] = mergePair(words[w], a, b, id);
  }
  return bpeTokenizer(merges);
}

function mergePair(s: number[], a: number, b: number, id: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (i + 1 < s.length && s[i] === a && s[i + 1] === b) { out.push(id); i++; } else out.push(s[i]);
  }
  return out;
}

/** A tokenizer from a list of merges (e.g. one stored beside a run). */
export function bpeTokenizer(merges: readonly (readonly [number, number])[]): BpeTokenizer {
  const pieces: string[] = [...VOCAB];
  const rank = new Map<number, number>();
  merges.forEach(([a, b], i) => {
    if (!(a >= 0 && a < pieces.length && b >= 0 && b < pieces.length)) throw new RangeError(`merge ${i} joins ids ${a}, ${b} not yet defined`);
    rank.set(pairKey(a, b), i);
    pieces.push(pieces[a] + pieces[b]);
  });
  const vocabSize = pieces.length;
  const cache = new Map<string, number[]>();
  const encodeChunk = (chunk: string): number[] => {
    let s = cache.get(chunk);
    if (s) return s;
    s = Array.from(encodeChars(chunk));
    for (;;) {
      let bestRank = Infinity;
      for (let i = 0; i + 1 < s.length; i++) bestRank = Math.min(bestRank, rank.get(pairKey(s[i], s[i + 1])) ?? Infinity);
      if (bestRank === Infinity) break;
      const [a, b] = merges[bestRank];
      s = mergePair(s, a, b, VOCAB_SIZE + bestRank);
    }
    cache.set(chunk, s);
    return s;
  };
  const check = (ids: ArrayLike<number>, i: number): number => {
    const id = ids[i];
    if (!(Number.isInteger(id) && id >= 0 && id < vocabSize)) throw new RangeError(`token id ${id} at ${i} is out of range`);
    return id;
  };
  return {
    vocabSize,
    merges,
    pieces,
    encode(text) {
      encodeChars(text); // throws on a character outside VOCAB, naming it
      const out: number[] = [];
      for (const m of text.matchAll(CHUNK)) for (const id of encodeChunk(m[0])) out.push(id);
      return Uint16Array.from(out);
    },
    decode(ids) {
      let s = '';
      for (let i = 0; i < ids.length; i++) s += pieces[check(ids, i)];
      return s;
    },
    charCount(ids) {
      let n = 0;
      for (let i = 0; i < ids.length; i++) n += pieces[check(ids, i)].length;
      return n;
    },
  };
}
