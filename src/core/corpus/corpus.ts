/**
 * makeCorpus: a seeded procedural corpus of exactly `totalTokens` characters,
 * a mixture of document kinds (documents.ts) written in an invented language
 * (lexicon.ts, grammar.ts) about a seeded world (world.ts). Same seed and
 * options, same tokens. About 1M characters take well under a second.
 */
import type { Rng } from '../rng';
import { DOC_SEP, DOC_SEP_ID, encode } from './charTokenizer';
import { sampleDoc, type DocKind, type DocMixture, type DocSources } from './documents';
import { Grammar } from './grammar';
import { Lexicon } from './lexicon';
import { WordFactory } from './words';
import { World, worldSizes } from './world';

export interface CorpusOptions {
  /** Length of the token stream, in characters (= tokens). */
  totalTokens: number;
  /** Zipf exponent s of word frequencies and of people's popularity. */
  zipfExponent: number;
  nouns: number;
  verbs: number;
  adjectives: number;
  /** Number of people in the world; cities and countries scale with it. */
  entities: number;
  /** Maximum nesting of relative clauses. */
  maxDepth: number;
  relativeClauseProb: number;
  adjectiveProb: number;
  /** Arithmetic operands lie in [0, maxOperand]. */
  maxOperand: number;
  /** Length of the random strings in copy documents, in characters. */
  copyLength: number;
  /** Relative weights of document kinds. */
  mixture: DocMixture;
}

export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = {
  totalTokens: 200_000,
  zipfExponent: 1.0,
  nouns: 300,
  verbs: 150,
  adjectives: 100,
  entities: 200,
  maxDepth: 2,
  relativeClauseProb: 0.3,
  adjectiveProb: 0.3,
  maxOperand: 99,
  copyLength: 6,
  mixture: { prose: 0.4, facts: 0.25, reasoning: 0.1, arithmetic: 0.15, copy: 0.1 },
};

export interface Corpus {
  options: CorpusOptions;
  /** The corpus as text, exactly totalTokens characters. */
  text: string;
  /** Token ids of `text`, one per character. */
  tokens: Uint8Array;
  /** Offset of each document's DOC_SEP in `tokens`; the last document may be cut short. */
  docStarts: Uint32Array;
  docKinds: DocKind[];
  /** How often each fact of world.facts is stated in the (complete) documents. */
  factCounts: Uint32Array;
  world: World;
  lexicon: Lexicon;
  grammar: Grammar;
  /** What the document writers (and the probes) draw from. */
  sources: DocSources;
}

/** Options merged over the defaults; `mixture` is merged key by key. */
export function resolveCorpusOptions(opts: Partial<CorpusOptions> = {}): CorpusOptions {
  return { ...DEFAULT_CORPUS_OPTIONS, ...opts, mixture: { ...DEFAULT_CORPUS_OPTIONS.mixture, ...opts.mixture } };
}

export function makeCorpus(opts: Partial<CorpusOptions>, rng: Rng): Corpus {
  const options = resolveCorpusOptions(opts);
  if (!(options.totalTokens >= 1) || !Number.isInteger(options.totalTokens)) {
    throw new RangeError(`totalTokens must be a positive integer, got ${options.totalTokens}`);
  }
  const words = new WordFactory(rng.fork('words'));
  const lexicon = new Lexicon(words, options, options.zipfExponent);
  const grammar = new Grammar(lexicon, options);
  const world = new World(
    words,
    { ...worldSizes(options.entities), popularityExponent: options.zipfExponent, firstYear: 1900, lastYear: 2019 },
    rng.fork('world'),
  );
  const sources: DocSources = { grammar, world, maxOperand: options.maxOperand, copyLength: options.copyLength };

  const docRng = rng.fork('docs');
  const parts: string[] = [];
  const starts: number[] = [];
  const kinds: DocKind[] = [];
  const factCounts = new Uint32Array(world.facts.length);
  let length = 0;
  while (length < options.totalTokens) {
    const doc = sampleDoc(options.mixture, sources, docRng);
    const text = DOC_SEP + doc.body + '\n';
    starts.push(length);
    kinds.push(doc.kind);
    parts.push(text);
    length += text.length;
    if (length <= options.totalTokens) for (const f of doc.facts) factCounts[f]++;
  }
  const text = parts.join('').slice(0, options.totalTokens);
  return {
    options,
    text,
    tokens: encode(text),
    docStarts: Uint32Array.from(starts),
    docKinds: kinds,
    factCounts,
    world,
    lexicon,
    grammar,
    sources,
  };
}

/**
 * Splits a token stream into a leading training part and a trailing
 * validation part of about `valFraction` of the tokens, cut at a document
 * separator when there is one in the last tenth before the cut point.
 * Both are views (subarrays) of `tokens`.
 */
export function splitTrainVal(tokens: Uint8Array, valFraction: number): { train: Uint8Array; val: Uint8Array } {
  if (!(valFraction > 0 && valFraction < 1)) throw new RangeError(`valFraction must be in (0, 1), got ${valFraction}`);
  let cut = Math.round(tokens.length * (1 - valFraction));
  const floor = Math.max(1, cut - Math.ceil(cut / 10));
  for (let i = cut; i >= floor; i--) {
    if (tokens[i] === DOC_SEP_ID) {
      cut = i;
      break;
    }
  }
  return { train: tokens.subarray(0, cut), val: tokens.subarray(cut) };
}
