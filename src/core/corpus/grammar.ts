/**
 * A small context-free grammar with subject-verb agreement and centre
 * embedding, so that agreement is a long-range dependency:
 *
 *   S   -> NP[n] VP[n] "."
 *   NP[n] -> "the" (Adj) Noun[n] (RC[n])       RC only while depth < maxDepth
 *   RC[n] -> "that" VP[n]                      subject relative
 *          | "that" NP[m] Verb[m]              object relative (m drawn afresh)
 *   VP[n] -> Verb[n] NP[m]
 *
 * e.g. "the bako that the tirun dofe lumes the kava." (the bako lumes; the
 * tirun dofe). Number n is singular or plural with equal odds.
 */
import type { Rng } from '../rng';
import type { Lexicon } from './lexicon';

export interface GrammarOptions {
  /** Maximum number of nested relative clauses in one sentence. */
  maxDepth: number;
  /** Probability that a noun phrase gets a relative clause, while depth allows. */
  relativeClauseProb: number;
  /** Probability that a noun gets an adjective. */
  adjectiveProb: number;
}

export const DEFAULT_GRAMMAR: GrammarOptions = { maxDepth: 2, relativeClauseProb: 0.3, adjectiveProb: 0.3 };

export class Grammar {
  readonly lexicon: Lexicon;
  readonly options: GrammarOptions;

  constructor(lexicon: Lexicon, options: GrammarOptions) {
    this.lexicon = lexicon;
    this.options = options;
  }

  /** One sentence, ending in ".", with no leading or trailing space. */
  sentence(rng: Rng, maxDepth = this.options.maxDepth): string {
    const out: string[] = [];
    const plural = rng.bernoulli(0.5);
    this.nounPhrase(out, plural, 0, maxDepth, rng);
    this.verbPhrase(out, plural, 0, maxDepth, rng);
    return out.join(' ') + '.';
  }

  /** `count` sentences joined by single spaces. */
  paragraph(count: number, rng: Rng, maxDepth = this.options.maxDepth): string {
    const s: string[] = [];
    for (let i = 0; i < count; i++) s.push(this.sentence(rng, maxDepth));
    return s.join(' ');
  }

  private nounPhrase(out: string[], plural: boolean, depth: number, maxDepth: number, rng: Rng): void {
    const lex = this.lexicon;
    out.push('the');
    if (rng.bernoulli(this.options.adjectiveProb)) out.push(lex.adjective(lex.sampleRank('adjective', rng)));
    out.push(lex.noun(lex.sampleRank('noun', rng), plural));
    if (depth < maxDepth && rng.bernoulli(this.options.relativeClauseProb)) {
      this.relativeClause(out, plural, depth + 1, maxDepth, rng);
    }
  }

  private relativeClause(out: string[], plural: boolean, depth: number, maxDepth: number, rng: Rng): void {
    out.push('that');
    if (rng.bernoulli(0.5)) {
      this.verbPhrase(out, plural, depth, maxDepth, rng);
    } else {
      const inner = rng.bernoulli(0.5);
      this.nounPhrase(out, inner, depth, maxDepth, rng);
      out.push(this.lexicon.verb(this.lexicon.sampleRank('verb', rng), inner));
    }
  }

  private verbPhrase(out: string[], plural: boolean, depth: number, maxDepth: number, rng: Rng): void {
    out.push(this.lexicon.verb(this.lexicon.sampleRank('verb', rng), plural));
    this.nounPhrase(out, rng.bernoulli(0.5), depth, maxDepth, rng);
  }
}
