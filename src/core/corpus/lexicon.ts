/**
 * The content words of the invented language: nouns, verbs and adjectives,
 * each class ranked so that word r is drawn with Zipf probability ∝ r^-s.
 * Number is marked on both nouns and verbs, so agreement can be checked:
 *   singular noun = stem        plural noun = stem + "n"
 *   singular verb = stem + "s"  plural verb = stem
 * (stems end in a vowel; see words.ts).
 */
import type { Rng } from '../rng';
import type { WordFactory } from './words';
import { ZipfSampler } from './zipf';

export type WordClass = 'noun' | 'verb' | 'adjective';

export interface LexiconSizes {
  nouns: number;
  verbs: number;
  adjectives: number;
}

/** What a surface form is: its class, 0-based Zipf rank within the class, and number. */
export interface WordAnalysis {
  cls: WordClass;
  rank: number;
  plural: boolean;
}

export class Lexicon {
  readonly nouns: readonly string[];
  readonly verbs: readonly string[];
  readonly adjectives: readonly string[];
  readonly zipfExponent: number;
  private readonly samplers: Record<WordClass, ZipfSampler>;
  private readonly forms = new Map<string, WordAnalysis>();

  constructor(words: WordFactory, sizes: LexiconSizes, zipfExponent: number) {
    this.nouns = words.words(sizes.nouns);
    this.verbs = words.words(sizes.verbs);
    this.adjectives = words.words(sizes.adjectives);
    this.zipfExponent = zipfExponent;
    this.samplers = {
      noun: new ZipfSampler(sizes.nouns, zipfExponent),
      verb: new ZipfSampler(sizes.verbs, zipfExponent),
      adjective: new ZipfSampler(sizes.adjectives, zipfExponent),
    };
    this.nouns.forEach((w, rank) => {
      this.forms.set(w, { cls: 'noun', rank, plural: false });
      this.forms.set(w + 'n', { cls: 'noun', rank, plural: true });
    });
    this.verbs.forEach((w, rank) => {
      this.forms.set(w + 's', { cls: 'verb', rank, plural: false });
      this.forms.set(w, { cls: 'verb', rank, plural: true });
    });
    this.adjectives.forEach((w, rank) => this.forms.set(w, { cls: 'adjective', rank, plural: false }));
  }

  /** A Zipf-distributed 0-based rank in a class. */
  sampleRank(cls: WordClass, rng: Rng): number {
    return this.samplers[cls].sample(rng);
  }

  noun(rank: number, plural: boolean): string {
    return plural ? this.nouns[rank] + 'n' : this.nouns[rank];
  }

  verb(rank: number, plural: boolean): string {
    return plural ? this.verbs[rank] : this.verbs[rank] + 's';
  }

  adjective(rank: number): string {
    return this.adjectives[rank];
  }

  /** The class, rank and number of a surface form, or null for words not in the lexicon. */
  analyze(word: string): WordAnalysis | null {
    return this.forms.get(word) ?? null;
  }
}
