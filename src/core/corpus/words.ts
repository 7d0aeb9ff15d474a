/**
 * Invented words built from consonant-vowel syllables. Every word ends in a
 * vowel, so the inflection suffixes of the grammar (`n` for plural nouns, `s`
 * for singular verbs) never make one word look like another.
 */
import type { Rng } from '../rng';

export const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'p', 'r', 't', 'v', 'z'] as const;
export const VOWELS = ['a', 'e', 'i', 'o', 'u'] as const;

/** English words used by the templates; no invented word may equal one. */
export const TEMPLATE_WORDS: ReadonlySet<string> = new Set([
  'the', 'that', 'a', 'is', 'in', 'of', 'so', 'as', 'was', 'lives', 'works', 'born',
  'capital', 'remember', 'repeat',
]);

/** Hands out unique invented words; one factory per corpus keeps all word lists disjoint. */
export class WordFactory {
  private readonly used = new Set<string>(TEMPLATE_WORDS);
  private readonly rng: Rng;

  constructor(rng: Rng) {
    this.rng = rng;
  }

  /** A fresh word of `minSyl`..`maxSyl` syllables, never handed out before. */
  word(minSyl = 2, maxSyl = 3): string {
    for (let attempt = 0; attempt < 10_000; attempt++) {
      const n = minSyl + this.rng.int(maxSyl - minSyl + 1);
      let w = '';
      for (let i = 0; i < n; i++) w += this.rng.pick(ONSETS) + this.rng.pick(VOWELS);
      if (!this.used.has(w)) {
        this.used.add(w);
        return w;
      }
    }
    throw new RangeError(`WordFactory ran out of ${minSyl}-${maxSyl} syllable words`);
  }

  /** `count` fresh words; the first quarter (the most frequent ranks) are short. */
  words(count: number, minSyl = 2, maxSyl = 3): string[] {
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(i < count / 4 ? this.word(minSyl, minSyl) : this.word(minSyl, maxSyl));
    return out;
  }

  has(word: string): boolean {
    return this.used.has(word);
  }
}
