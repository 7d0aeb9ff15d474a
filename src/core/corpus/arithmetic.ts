/**
 * Arithmetic lines such as "12+7=19" or, chained, "40-8+5=37": integer
 * operands in [0, maxOperand], evaluated left to right, never negative.
 */
import type { Rng } from '../rng';

export interface ArithmeticItem {
  /** Everything up to and including "=", e.g. "12+7=". */
  prompt: string;
  /** The decimal result, e.g. "19". */
  answer: string;
  /** Number of operators (1 = one step, 2 = two chained steps). */
  steps: number;
}

/** One expression with `terms` operands (2 or more). */
export function arithmeticItem(rng: Rng, maxOperand: number, terms = 2): ArithmeticItem {
  let value = rng.int(maxOperand + 1);
  let prompt = String(value);
  for (let i = 1; i < terms; i++) {
    if (value > 0 && rng.bernoulli(0.5)) {
      const b = rng.int(Math.min(value, maxOperand) + 1);
      value -= b;
      prompt += '-' + b;
    } else {
      const b = rng.int(maxOperand + 1);
      value += b;
      prompt += '+' + b;
    }
  }
  return { prompt: prompt + '=', answer: String(value), steps: terms - 1 };
}

/** Evaluates a line written by arithmeticItem ("a+b-c=") left to right; NaN if malformed. */
export function evaluateExpression(prompt: string): number {
  const m = /^(\d+(?:[+-]\d+)+)=$/.exec(prompt);
  if (!m) return NaN;
  const parts = m[1].split(/(?=[+-])/);
  return parts.reduce((acc, p) => acc + Number(p), 0);
}
