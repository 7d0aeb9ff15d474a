import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { testClaimContext } from '../../core/claimsTesting';
import { checkCompetitive, checkPruning, densityClaim, identitiesClaim } from './claims';
import type { RunResult } from './experiment';

const tf = await initNodeBackend('wasm');
const ctx = testClaimContext(tf);

function result(algebra: RunResult['algebra'], accuracy: number, sparsity = 0): RunResult {
  return {
    key: algebra, task: 'digits', algebra, name: algebra, sparsity, widths: [1, 1, 1], params: 1000, multiplies: 5000,
    step: 10, accuracy, loss: 1, bpc: 1 / Math.LN2, nonzeroParams: 1000 * (1 - sparsity), stepsPerSec: 1,
  };
}

describe('algebraClaims', () => {
  it('the exact claims pass from the layer objects', async () => {
    const before = tf.memory().numTensors;
    const d = await densityClaim.run(ctx);
    expect(d.pass).toBe(true);
    expect(d.measured).toContain('M₂(ℂ) 8/32');
    const i = await identitiesClaim.run(ctx);
    expect(i.pass).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('checkCompetitive', () => {
  it('passes when some non-real algebra is within a point of ℝ, fails otherwise', () => {
    expect(checkCompetitive([result('R', 0.9), result('C', 0.895), result('H', 0.85)]).pass).toBe(true);
    expect(checkCompetitive([result('R', 0.9), result('C', 0.95)]).pass).toBe(true);
    const fail = checkCompetitive([result('R', 0.9), result('C', 0.885), result('H', 0.85)]);
    expect(fail.pass).toBe(false);
    expect(fail.measured).toContain('best C 88.5% vs ℝ 90.0%');
    expect(checkCompetitive([result('C', 0.9)]).pass).toBe(false);
  });
});

describe('checkPruning', () => {
  it('passes a drop under 3 points and fails a larger one', () => {
    expect(checkPruning(result('M2R', 0.9), result('M2R', 0.88, 0.5)).pass).toBe(true);
    expect(checkPruning(result('M2R', 0.9), result('M2R', 0.86, 0.5)).pass).toBe(false);
    expect(checkPruning(result('M2R', 0.9), undefined).pass).toBe(false);
  });
});
