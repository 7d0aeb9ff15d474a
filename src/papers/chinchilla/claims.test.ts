import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { expectStoppedRunRejected, testClaimContext } from '../../core/claimsTesting';
import { Rng } from '../../core/rng';
import { analyseSweep } from './analysis';
import type { SweepRun } from './approaches';
import { checkExponents, claimsSweep, fitterRecovers, frontierSize, gopherAllocations, syntheticIsoFlops } from './claims';
import type { SweepRunRecord } from './experiment';
import { computeOptimal, predictLoss, type LossLaw } from './fit';

const tf = await initNodeBackend('wasm');
const ctx = () => testClaimContext(tf);

/** IsoFLOP runs centred on a law's frontier, whose exponent is a = beta / (alpha + beta). */
function lawRuns(law: LossLaw): SweepRunRecord[] {
  const runs: SweepRunRecord[] = [];
  for (const C of [1e9, 4e9, 1.6e10, 6.4e10]) {
    for (let k = -2; k <= 2; k++) {
      const N = computeOptimal(C, law).N * 1.7 ** k, D = C / (6 * N);
      const run: SweepRun = { N, C, D, finalLoss: predictLoss(N, D, law), curve: [] };
      runs.push({ ...run, index: runs.length, budget: 0, rung: 0, dModel: 8, nLayers: 1, nHeads: 1, steps: 1, epochs: 0, clamped: false });
    }
  }
  return runs;
}

describe('chinchillaClaims', () => {
  it("a: puts about 40B (Approach 3) and 67B (Approach 1) at Gopher's budget", async () => {
    const r = await gopherAllocations.run(ctx());
    expect(r.pass).toBe(true);
    expect(r.measured).toMatch(/A3 40\.4B, A1 67\.0B/);
  });

  it('d: the fitter recovers alpha and beta within 5% from noisy synthetic IsoFLOP points', async () => {
    expect(syntheticIsoFlops(new Rng(1))).toHaveLength(63);
    const r = await fitterRecovers.run(ctx());
    expect(r.pass).toBe(true);
    expect(r.detail).toMatch(/4500 starts/);
  });
});

describe('checkExponents (claim c)', () => {
  it('passes a law with a near 0.5 and fails one with a near Kaplan', () => {
    const opts = { rng: new Rng(1), grid: 'coarse' as const, resamples: 0 };
    const half = checkExponents(analyseSweep(lawRuns({ E: 1, A: 50, B: 80, alpha: 0.4, beta: 0.38 }), opts));
    expect(half.pass).toBe(true);
    expect(half.measured).toMatch(/^A2 a = 0\.4\d\d/);
    const kaplan = checkExponents(analyseSweep(lawRuns({ E: 1, A: 50, B: 80, alpha: 0.1, beta: 0.4 }), opts));
    expect(kaplan.pass).toBe(false);
  });

  it('fails honestly when an approach has no estimate', () => {
    const runs = lawRuns({ E: 1, A: 50, B: 80, alpha: 0.4, beta: 0.38 }).filter((r) => r.C === 1e9);
    const check = checkExponents(analyseSweep(runs, { rng: new Rng(1), grid: 'coarse', resamples: 0 }));
    expect(check.pass).toBe(false);
    expect(check.measured).toMatch(/A2 a = n\/a/);
    expect(check.detail).toMatch(/too few usable budgets/);
  });
});

describe('frontierSize (claim b)', () => {
  it("takes Approach 2's vertex at the budget when it lies inside the sizes trained", () => {
    const runs = lawRuns({ E: 1, A: 50, B: 80, alpha: 0.4, beta: 0.38 });
    const analysis = analyseSweep(runs, { rng: new Rng(1), grid: 'coarse', resamples: 0 });
    const choice = frontierSize(analysis, runs, 6.4e10);
    expect(choice.source).toBe('Approach 2 vertex');
    const atC = runs.filter((r) => r.C === 6.4e10).map((r) => r.N);
    expect(choice.N).toBeGreaterThan(Math.min(...atC));
    expect(choice.N).toBeLessThan(Math.max(...atC));
  });
});

describe('claimsSweep', () => {
  it('rejects a stopped sweep without caching it or leaking tensors', () => expectStoppedRunRejected(tf, claimsSweep));
});
