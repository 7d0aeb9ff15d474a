import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { makeCorpus } from './corpus';
import type { Lexicon } from './lexicon';

/**
 * A recursive-descent parser for the grammar of grammar.ts that checks
 * agreement at every verb: S -> NP VP; NP -> the (Adj) N (RC);
 * RC -> that VP | that NP V; VP -> V NP. Returns the maximum nesting depth.
 */
function parseSentence(words: string[], lex: Lexicon): number {
  let i = 0;
  let maxDepth = 0;
  const next = (): string => {
    if (i >= words.length) throw new Error('unexpected end');
    return words[i++];
  };
  const verb = (plural: boolean): void => {
    const a = lex.analyze(next());
    if (a?.cls !== 'verb') throw new Error(`expected a verb at ${i - 1}`);
    if (a.plural !== plural) throw new Error(`agreement broken at ${i - 1}: ${words.join(' ')}`);
  };
  const nounPhrase = (depth: number): boolean => {
    if (next() !== 'the') throw new Error(`expected "the" at ${i - 1}`);
    let a = lex.analyze(next());
    if (a?.cls === 'adjective') a = lex.analyze(next());
    if (a?.cls !== 'noun') throw new Error(`expected a noun at ${i - 1}`);
    if (words[i] === 'that') {
      i++;
      maxDepth = Math.max(maxDepth, depth + 1);
      if (words[i] === 'the') {
        const inner = nounPhrase(depth + 1);
        verb(inner);
      } else {
        verbPhrase(a.plural, depth + 1);
      }
    }
    return a.plural;
  };
  const verbPhrase = (plural: boolean, depth: number): void => {
    verb(plural);
    nounPhrase(depth);
  };
  verbPhrase(nounPhrase(0), 0);
  if (i !== words.length) throw new Error('trailing words');
  return maxDepth;
}

describe('Grammar', () => {
  it('keeps subject-verb agreement through nested relative clauses, up to maxDepth', () => {
    const c = makeCorpus({ totalTokens: 100_000, maxDepth: 3, relativeClauseProb: 0.4 }, new Rng(11));
    let sentences = 0;
    const depths = new Set<number>();
    c.docKinds.forEach((kind, d) => {
      if (kind !== 'prose' || d === c.docKinds.length - 1) return;
      const body = c.text.slice(c.docStarts[d] + 1, c.docStarts[d + 1] - 1);
      for (const s of body.split('. ')) {
        depths.add(parseSentence(s.replace(/\.$/, '').split(' '), c.lexicon));
        sentences++;
      }
    });
    expect(sentences).toBeGreaterThan(500);
    expect(Math.max(...depths)).toBe(3);
    expect(depths.has(0)).toBe(true);
  });

  it('has a checker that catches broken agreement', () => {
    const c = makeCorpus({ totalTokens: 1000 }, new Rng(14));
    const lex = c.lexicon;
    const [n, v] = [lex.noun(0, false), lex.verb(0, true)];
    const [o, w] = [lex.noun(1, true), lex.verb(1, false)];
    // "the N[sg] that the O[pl] V[pl] V[sg] the N": correct, depth 1
    expect(parseSentence(['the', n, 'that', 'the', o, v, w, 'the', n], lex)).toBe(1);
    // the main verb made plural to agree with the nearer (attractor) noun: wrong
    expect(() => parseSentence(['the', n, 'that', 'the', o, v, v, 'the', n], lex)).toThrow(/agreement/);
  });

  it('writes no relative clauses when maxDepth is 0', () => {
    const c = makeCorpus({ totalTokens: 20_000, maxDepth: 0 }, new Rng(12));
    const g = c.grammar;
    const rng = new Rng(1);
    for (let k = 0; k < 200; k++) expect(g.sentence(rng)).not.toContain(' that ');
  });

  it('marks number on nouns and verbs with disjoint surface forms', () => {
    const c = makeCorpus({ totalTokens: 1000 }, new Rng(13));
    const lex = c.lexicon;
    expect(lex.analyze(lex.noun(3, true))).toEqual({ cls: 'noun', rank: 3, plural: true });
    expect(lex.analyze(lex.verb(5, false))).toEqual({ cls: 'verb', rank: 5, plural: false });
    expect(lex.analyze('the')).toBeNull();
  });
});
