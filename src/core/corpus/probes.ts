/**
 * Task-family probes {family, prompt, answer}, scored by a language model as
 * the log-likelihood of `answer` given `prompt` (per character) or by exact
 * match of the greedy continuation. Every prompt starts with DOC_SEP, like
 * the corpus documents, and stops right where the answer begins.
 *
 *   fact        closed-book recall of a fact stated in the corpus:
 *               "|kavo lives in " -> "tirema"
 *   copy        copy a random string from earlier in the prompt:
 *               "|remember qozkt. the bako lumes the kava. repeat: " -> "qozkt"
 *   arithmetic  one operation: "|12+7=" -> "19"
 *   multistep   two steps, half in-context two-hop facts
 *               "|kavo lives in tirema. tirema is in dulo. so kavo is in " -> "dulo",
 *               half chained arithmetic "|40-8+5=" -> "37"
 *   agreement   subject-verb agreement across a relative clause whose inner
 *               noun has the other number (an attractor):
 *               "|the bako that the tirunn dofe " -> "lumes" (foil "lume")
 */
import type { Rng } from '../rng';
import { arithmeticItem } from './arithmetic';
import { DOC_SEP } from './charTokenizer';
import { copyItem } from './copying';
import type { Corpus } from './corpus';

export const PROBE_FAMILIES = ['fact', 'copy', 'arithmetic', 'multistep', 'agreement'] as const;
export type ProbeFamily = (typeof PROBE_FAMILIES)[number];

export interface Probe {
  family: ProbeFamily;
  prompt: string;
  answer: string;
  /** Indices into world.facts of the facts the answer rests on (fact and two-hop probes). */
  facts?: number[];
  /** Agreement probes: the same verb in the wrong number, the one wrong candidate. */
  foil?: string;
}

function factProbe(corpus: Corpus, seen: readonly number[], rng: Rng): Probe {
  const fact = corpus.world.facts[rng.pick(seen)];
  return { family: 'fact', prompt: DOC_SEP + fact.prefix, answer: fact.object, facts: [fact.index] };
}

function multistepProbe(corpus: Corpus, rng: Rng): Probe {
  if (rng.bernoulli(0.5)) {
    const item = arithmeticItem(rng, corpus.options.maxOperand, 3);
    return { family: 'multistep', prompt: DOC_SEP + item.prompt, answer: item.answer };
  }
  const chain = corpus.world.twoHop(rng.pick(corpus.world.people));
  const [h1, h2] = chain.hops;
  return {
    family: 'multistep',
    prompt: `${DOC_SEP}${h1.text} ${h2.text} ${chain.prefix}`,
    answer: chain.answer,
    facts: [h1.index, h2.index],
  };
}

/**
 * "the N[n] that the N[m] V[m] " or "the N[n] that V[n] the N[m] ", m the other
 * number; the main verb must agree with the head noun N[n], not with N[m].
 */
function agreementProbe(corpus: Corpus, rng: Rng): Probe {
  const lex = corpus.lexicon;
  const plural = rng.bernoulli(0.5);
  const noun = (pl: boolean): string => lex.noun(lex.sampleRank('noun', rng), pl);
  const verb = (pl: boolean): string => lex.verb(lex.sampleRank('verb', rng), pl);
  const clause = rng.bernoulli(0.5) ? `the ${noun(!plural)} ${verb(!plural)}` : `${verb(plural)} the ${noun(!plural)}`;
  const rank = lex.sampleRank('verb', rng);
  return {
    family: 'agreement',
    prompt: `${DOC_SEP}the ${noun(plural)} that ${clause} `,
    answer: lex.verb(rank, plural),
    foil: lex.verb(rank, !plural),
  };
}

/**
 * `n` probes of one family. Fact probes are drawn uniformly from the facts the
 * corpus states at least once (all facts if it states none).
 */
export function probes(corpus: Corpus, family: ProbeFamily, n: number, rng: Rng): Probe[] {
  const out: Probe[] = [];
  let seen: number[] = [];
  if (family === 'fact') {
    corpus.factCounts.forEach((c, i) => {
      if (c > 0) seen.push(i);
    });
    if (seen.length === 0) seen = corpus.world.facts.map((f) => f.index);
  }
  for (let i = 0; i < n; i++) {
    switch (family) {
      case 'fact':
        out.push(factProbe(corpus, seen, rng));
        break;
      case 'copy': {
        const item = copyItem(rng, corpus.grammar, corpus.options.copyLength, rng.int(2));
        out.push({ family, prompt: DOC_SEP + item.prompt, answer: item.answer });
        break;
      }
      case 'arithmetic': {
        const item = arithmeticItem(rng, corpus.options.maxOperand, 2);
        out.push({ family, prompt: DOC_SEP + item.prompt, answer: item.answer });
        break;
      }
      case 'multistep':
        out.push(multistepProbe(corpus, rng));
        break;
      case 'agreement':
        out.push(agreementProbe(corpus, rng));
        break;
    }
  }
  return out;
}
