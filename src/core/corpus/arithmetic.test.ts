import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { arithmeticItem, evaluateExpression } from './arithmetic';
import { makeCorpus } from './corpus';

describe('arithmetic', () => {
  it('writes correct, non-negative lines with operands in range', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 500; i++) {
      const item = arithmeticItem(rng, 20, 2 + (i % 3));
      expect(item.steps).toBe(1 + (i % 3));
      const operands = item.prompt.slice(0, -1).split(/[+-]/).map(Number);
      expect(operands.length).toBe(2 + (i % 3));
      for (const x of operands) expect(x).toBeLessThanOrEqual(20);
      expect(Number(item.answer)).toBe(evaluateExpression(item.prompt));
      expect(Number(item.answer)).toBeGreaterThanOrEqual(0);
    }
    expect(evaluateExpression('40-8+5=')).toBe(37);
    expect(Number.isNaN(evaluateExpression('4x2='))).toBe(true);
  });

  it('every arithmetic line in the corpus is correct', () => {
    const c = makeCorpus({ totalTokens: 100_000 }, new Rng(51));
    let lines = 0;
    for (const m of c.text.matchAll(/(?<=[|\n])(\d+(?:[+-]\d+)+=)(\d+)\n/g)) {
      expect(evaluateExpression(m[1])).toBe(Number(m[2]));
      lines++;
    }
    expect(lines).toBeGreaterThan(300);
    // '=' occurs only in arithmetic lines; only a line cut by the corpus end may go unmatched.
    expect(lines).toBeGreaterThanOrEqual(c.text.split('=').length - 2);
  });
});
