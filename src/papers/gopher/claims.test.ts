import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { expectStoppedRunRejected } from '../../core/claimsTesting';
import { checkGains, checkMonotone, claimsFamily } from './claims';
import type { ModelResult } from './experiment';
import type { TaskFamily } from './tasks';

const tf = await initNodeBackend('wasm');

function result(name: string, evalLoss: number, scores: Record<TaskFamily, number>): ModelResult {
  return { name, N: 1000, evalLoss, bpc: evalLoss / Math.LN2, scores, exact: scores };
}
const flat = (x: number): Record<TaskFamily, number> => ({ knowledge: x, reading: x, maths: x, logic: x, grammar: 0.5 + x / 2 });

describe('checkMonotone', () => {
  it('passes a falling series with a small bump, fails a large bump or too little total gain', () => {
    expect(checkMonotone([result('a', 2, flat(0)), result('b', 2.03, flat(0)), result('c', 1.7, flat(0))]).pass).toBe(true);
    expect(checkMonotone([result('a', 2, flat(0)), result('b', 2.1, flat(0)), result('c', 1.7, flat(0))]).pass).toBe(false);
    expect(checkMonotone([result('a', 2, flat(0)), result('b', 1.95, flat(0)), result('c', 1.9, flat(0))]).pass).toBe(false);
  });
});

describe('checkGains', () => {
  it('normalises by chance, names the most and least gaining families, and needs a 2x ratio', () => {
    const small = result('s', 2, flat(0.25));
    const large = result('l', 1.5, { knowledge: 0.7, reading: 0.4, maths: 0.25, logic: 0.3, grammar: 0.5 });
    const c = checkGains([small, large]);
    expect(c.most).toBe('knowledge');
    expect(c.gains.knowledge).toBeCloseTo(0.6, 10);
    expect(c.gains.grammar).toBeCloseTo(-0.25 / 0.5 + 0.25, 10);
    expect(c.least).toBe('grammar');
    expect(c.pass).toBe(true);
    expect(c.detail).toMatch(/differs from the paper/);
    // Equal gains everywhere: no 2x difference.
    expect(checkGains([small, result('l', 1.5, flat(0.5))]).pass).toBe(false);
    // With 200 items per family, a 4.5-point gain from 38.5% is inside 2 sigma of noise.
    const noisy = checkGains([result('s', 2, { ...flat(0.25), logic: 0.385 }), result('l', 1.5, { ...flat(0.25), logic: 0.43 })], 200);
    expect(noisy.most).toBe('logic');
    expect(noisy.pass).toBe(false);
    expect(checkGains([small, large], 200).pass).toBe(true);
    // No family gains clearly: fails even though the ratio of tiny numbers could be large.
    expect(checkGains([small, result('l', 1.5, { ...flat(0.25), knowledge: 0.27 })]).pass).toBe(false);
  });
});

describe('claimsFamily', () => {
  it('rejects a stopped run without caching it or leaking tensors', () => expectStoppedRunRejected(tf, claimsFamily));
});
