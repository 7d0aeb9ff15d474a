/**
 * Copying from context: a random string is stated, some filler follows, and
 * the string must be repeated, as in "remember qozkt. the bako lumes the
 * kava. repeat: qozkt". Solving it needs attention back to the first
 * mention (an induction-style lookup), not memorised knowledge.
 */
import type { Rng } from '../rng';
import type { Grammar } from './grammar';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export interface CopyItem {
  /** "remember <s>. <filler> repeat: " */
  prompt: string;
  /** The random string <s>. */
  answer: string;
}

/** A uniformly random lowercase string. */
export function randomString(rng: Rng, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += LETTERS[rng.int(LETTERS.length)];
  return s;
}

/** One copy item with `fillerSentences` plain (unnested) sentences between the two mentions. */
export function copyItem(rng: Rng, grammar: Grammar, length: number, fillerSentences: number): CopyItem {
  const answer = randomString(rng, length);
  const filler = fillerSentences > 0 ? grammar.paragraph(fillerSentences, rng, 0) + ' ' : '';
  return { prompt: `remember ${answer}. ${filler}repeat: `, answer };
}
