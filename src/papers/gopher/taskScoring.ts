/**
 * Scores the task battery (tasks.ts) with a language model: multiple choice
 * by mean log-probability per character of each candidate given the prompt,
 * and exact match of the greedy answer (Rae et al. 2021, Section 4.3).
 */
import { encode } from '../../core/corpus';
import { scoreContinuations, type TransformerLM } from '../../core/lm';
import type { TaskItem } from './tasks';

export interface FamilyScore {
  /** Share of items whose correct candidate ranks first. */
  accuracy: number;
  /** Share of items whose correct candidate greedy decoding reproduces exactly. */
  exact: number;
}

/** Multiple-choice accuracy (ties go to the first candidate in the shuffled order) and exact match. */
export async function scoreItems(model: TransformerLM, items: readonly TaskItem[]): Promise<FamilyScore> {
  if (items.length === 0) return { accuracy: 0, exact: 0 };
  const conts = items.flatMap((it) => it.candidates.map((c) => ({ prompt: encode(it.prompt), answer: encode(c) })));
  const scores = await scoreContinuations(model, conts);
  let right = 0, exact = 0, at = 0;
  for (const it of items) {
    const s = scores.slice(at, at + it.candidates.length);
    at += it.candidates.length;
    let best = 0;
    s.forEach((x, i) => {
      if (x.perToken > s[best].perToken) best = i;
    });
    if (best === it.correct) right++;
    if (s[it.correct].exact) exact++;
  }
  return { accuracy: right / items.length, exact: exact / items.length };
}

/** Multiple-choice accuracy of `model` on `items`. */
export async function scoreFamily(model: TransformerLM, items: readonly TaskItem[]): Promise<number> {
  return (await scoreItems(model, items)).accuracy;
}
