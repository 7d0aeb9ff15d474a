/**
 * The task battery: five families standing in for Gopher's task categories
 * (Rae et al. 2021, Section 4.3, Figure 4), built from the corpus probes:
 *   knowledge  closed-book fact recall ("|kavo lives in " -> "tirema.")
 *   reading    answer from the context: copy a string stated earlier
 *   maths      one arithmetic operation ("|12+7=" -> "19")
 *   logic      two-hop reasoning over facts given in the prompt
 *   grammar    subject-verb agreement across an attractor
 *
 * Scoring is multiple choice by log-likelihood ranking, as the paper scores
 * its multiple-choice tasks: the model picks the candidate with the highest
 * mean log-probability per character given the prompt. At tiny scale greedy
 * exact match is near zero on most families for every size, which would hide
 * any difference; ranking gives graded accuracies above a known chance level.
 * Per-character means keep candidates of different lengths comparable.
 * Each candidate ends with the character that ends it in the corpus (".",
 * newline or space), so a prefix of the answer is not a match. Exactly one
 * candidate is correct: distractors are drawn to differ from the answer and
 * are checked by code (tasks.test.ts). Exact match of the greedy answer is
 * reported too, as a stricter secondary score (taskScoring.ts). This file has
 * no tensors, so the panel builds items at once, before any run.
 */
import { DOC_SEP } from '../../core/corpus/charTokenizer';
import { randomString } from '../../core/corpus/copying';
import type { Corpus } from '../../core/corpus/corpus';
import { probes } from '../../core/corpus/probes';
import type { Rng } from '../../core/rng';

export const TASK_FAMILIES = ['knowledge', 'reading', 'maths', 'logic', 'grammar'] as const;
export type TaskFamily = (typeof TASK_FAMILIES)[number];

/** Candidates per item (grammar has just the verb in either number). */
export const CANDIDATES: Record<TaskFamily, number> = { knowledge: 4, reading: 4, maths: 4, logic: 4, grammar: 2 };
/** Accuracy of a uniform guess. */
export const CHANCE: Record<TaskFamily, number> = { knowledge: 0.25, reading: 0.25, maths: 0.25, logic: 0.25, grammar: 0.5 };

/** One solved question: the prompt and its correct answer (terminator included). */
export interface Example {
  prompt: string;
  answer: string;
}

export interface TaskItem {
  family: TaskFamily;
  /** The question alone, starting with DOC_SEP. */
  query: string;
  /** Few-shot examples, then the query: what the model reads. */
  prompt: string;
  candidates: string[];
  /** Index of the correct candidate. */
  correct: number;
}

/** `shots` solved examples, each a document ending in a newline, then the query. */
export function fewShotPrompt(examples: readonly Example[], query: string, shots: number): string {
  const lines = examples.slice(0, Math.max(0, shots)).map((e) => {
    const s = e.prompt + e.answer;
    return s.endsWith('\n') ? s : s + '\n';
  });
  return lines.join('') + query;
}

interface Question {
  query: string;
  answer: string;
  distractors: string[];
}

/** `k` distinct values from `pool` other than `not`, in random order. */
function drawOthers(pool: readonly string[], not: readonly string[], k: number, rng: Rng): string[] {
  const options = rng.shuffle([...new Set(pool)].filter((x) => !not.includes(x)));
  return options.slice(0, k);
}

function question(corpus: Corpus, family: TaskFamily, rng: Rng): Question {
  const k = CANDIDATES[family] - 1;
  const world = corpus.world;
  switch (family) {
    case 'knowledge': {
      const [p] = probes(corpus, 'fact', 1, rng);
      const fact = world.facts[p.facts?.[0] ?? 0];
      const pool = world.facts.filter((f) => f.relation === fact.relation).map((f) => f.object);
      return { query: p.prompt, answer: p.answer + '.', distractors: drawOthers(pool, [p.answer], k, rng).map((o) => o + '.') };
    }
    case 'reading': {
      const [p] = probes(corpus, 'copy', 1, rng);
      const others = new Set<string>();
      while (others.size < k) {
        const s = randomString(rng, p.answer.length);
        if (s !== p.answer && !p.prompt.includes(s)) others.add(s);
      }
      return { query: p.prompt, answer: p.answer + '.', distractors: [...others].map((o) => o + '.') };
    }
    case 'maths': {
      const [p] = probes(corpus, 'arithmetic', 1, rng);
      const v = Number(p.answer);
      const near = Array.from({ length: 20 }, (_, i) => v + (i < 10 ? i - 10 : i - 9)).filter((x) => x >= 0).map(String);
      return { query: p.prompt, answer: p.answer + '\n', distractors: drawOthers(near, [p.answer], k, rng).map((o) => o + '\n') };
    }
    case 'logic': {
      // The intermediate city is in the prompt but wrong, so copying from context is not enough.
      const chain = world.twoHop(rng.pick(world.people));
      const [h1, h2] = chain.hops;
      const countries = world.countries.map((c) => c.name);
      const others = [h1.object, ...drawOthers(countries, [chain.answer, h1.object], k - 1, rng)];
      return { query: `${DOC_SEP}${h1.text} ${h2.text} ${chain.prefix}`, answer: chain.answer + '.', distractors: others.map((o) => o + '.') };
    }
    case 'grammar': {
      const [p] = probes(corpus, 'agreement', 1, rng);
      return { query: p.prompt, answer: p.answer + ' ', distractors: [(p.foil ?? '') + ' '] };
    }
  }
}

/** `n` items of one family, each with `shots` examples of the same family drawn afresh. */
export function taskItems(corpus: Corpus, family: TaskFamily, n: number, shots: number, rng: Rng): TaskItem[] {
  const items: TaskItem[] = [];
  for (let i = 0; i < n; i++) {
    const examples = Array.from({ length: shots }, () => {
      const q = question(corpus, family, rng);
      return { prompt: q.query, answer: q.answer };
    });
    const q = question(corpus, family, rng);
    const candidates = rng.shuffle([q.answer, ...q.distractors]);
    items.push({ family, query: q.query, prompt: fewShotPrompt(examples, q.query, shots), candidates, correct: candidates.indexOf(q.answer) });
  }
  return items;
}

/** A value for each task family, made in TASK_FAMILIES order (and keyed in it). */
export function perFamily<T>(value: (f: TaskFamily) => T): Record<TaskFamily, T> {
  return { knowledge: value('knowledge'), reading: value('reading'), maths: value('maths'), logic: value('logic'), grammar: value('grammar') };
}

/** The whole battery: the same items for every model of a run. */
export function taskBattery(corpus: Corpus, n: number, shots: number, rng: Rng): Record<TaskFamily, TaskItem[]> {
  return perFamily((f) => taskItems(corpus, f, n, shots, rng.fork(`task.${f}`)));
}
