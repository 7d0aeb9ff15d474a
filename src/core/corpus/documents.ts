/**
 * The document kinds of the corpus and how each is written. A document is
 * stored as DOC_SEP + body + "\n". Kinds:
 *   prose       grammar sentences (agreement, nesting, Zipf words)
 *   facts       a person's facts, sometimes with their city's and country's
 *   reasoning   two-hop chains: "p lives in c. c is in k. so p is in k."
 *   arithmetic  lines "12+7=19", some chained "40-8+5=37"
 *   copy        "remember qozkt. <filler> repeat: qozkt."
 */
import type { Rng } from '../rng';
import { arithmeticItem } from './arithmetic';
import { copyItem } from './copying';
import type { Grammar } from './grammar';
import type { Fact, World } from './world';

export const DOC_KINDS = ['prose', 'facts', 'reasoning', 'arithmetic', 'copy'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** Relative weights of the document kinds (need not sum to 1). */
export type DocMixture = Record<DocKind, number>;

export interface DocSources {
  grammar: Grammar;
  world: World;
  maxOperand: number;
  copyLength: number;
}

export interface Doc {
  kind: DocKind;
  /** Body without the separator and the final newline. */
  body: string;
  /** Indices (World.facts) of the facts stated in the body. */
  facts: number[];
}

function factsDoc(src: DocSources, rng: Rng): Doc {
  const p = src.world.samplePerson(rng);
  const own = rng.shuffle([...src.world.factsAbout(p.name)]);
  const chosen: Fact[] = own.slice(0, 2 + rng.int(own.length - 1));
  if (rng.bernoulli(0.5)) {
    const cityFact = src.world.fact(p.city, 'is_in');
    if (cityFact) chosen.push(cityFact);
    if (cityFact && rng.bernoulli(0.5)) {
      const capital = src.world.fact(cityFact.object, 'capital_of');
      if (capital) chosen.push(capital);
    }
  }
  return { kind: 'facts', body: chosen.map((f) => f.text).join(' '), facts: chosen.map((f) => f.index) };
}

function reasoningDoc(src: DocSources, rng: Rng): Doc {
  const parts: string[] = [];
  const facts: number[] = [];
  const chains = 1 + rng.int(2);
  for (let i = 0; i < chains; i++) {
    const chain = src.world.twoHop(src.world.samplePerson(rng));
    parts.push(chain.hops[0].text, chain.hops[1].text, chain.prefix + chain.answer + '.');
    facts.push(chain.hops[0].index, chain.hops[1].index);
  }
  return { kind: 'reasoning', body: parts.join(' '), facts };
}

function arithmeticDoc(src: DocSources, rng: Rng): Doc {
  const lines: string[] = [];
  const n = 2 + rng.int(5);
  for (let i = 0; i < n; i++) {
    const item = arithmeticItem(rng, src.maxOperand, rng.bernoulli(0.3) ? 3 : 2);
    lines.push(item.prompt + item.answer);
  }
  return { kind: 'arithmetic', body: lines.join('\n'), facts: [] };
}

function copyDoc(src: DocSources, rng: Rng): Doc {
  const parts: string[] = [];
  const n = 1 + rng.int(2);
  for (let i = 0; i < n; i++) {
    const item = copyItem(rng, src.grammar, src.copyLength, rng.int(2));
    parts.push(item.prompt + item.answer + '.');
  }
  return { kind: 'copy', body: parts.join(' '), facts: [] };
}

function proseDoc(src: DocSources, rng: Rng): Doc {
  return { kind: 'prose', body: src.grammar.paragraph(1 + rng.int(4), rng), facts: [] };
}

const WRITERS: Record<DocKind, (src: DocSources, rng: Rng) => Doc> = {
  prose: proseDoc,
  facts: factsDoc,
  reasoning: reasoningDoc,
  arithmetic: arithmeticDoc,
  copy: copyDoc,
};

/** One document of the given kind. */
export function writeDoc(kind: DocKind, src: DocSources, rng: Rng): Doc {
  return WRITERS[kind](src, rng);
}

/** One document whose kind is drawn from the mixture. */
export function sampleDoc(mixture: DocMixture, src: DocSources, rng: Rng): Doc {
  const weights = DOC_KINDS.map((k) => Math.max(0, mixture[k]));
  return writeDoc(DOC_KINDS[rng.categorical(weights)], src, rng);
}
