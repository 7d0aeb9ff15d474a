import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { expectStoppedRunRejected, testClaimContext } from '../../core/claimsTesting';
import { checkBalance, checkExpertsHelp, checkSbaseVsHash, claimsSweep, effectiveParamsExample } from './claims';
import type { RunResult } from './sweepResults';

const tf = await initNodeBackend('wasm');
const ctx = () => testClaimContext(tf);

function res(router: RunResult['router'], E: number, replica: number, evalLoss: number, balance = 1): RunResult {
  return { index: 0, replica, sizeIndex: 0, width: 32, E, router, N: 3e4, params: 3e4 * E, evalLoss, balance, dropped: 0, evalBalance: balance, tokensPerSec: 1 };
}

describe('routedClaims', () => {
  it('computes the effective parameter count from Table 3 without training', async () => {
    const r = await effectiveParamsExample.run(ctx());
    expect(r.pass).toBe(true);
    expect(r.measured).toMatch(/^N̄ = \d+\.\dM/);
  });
});

describe('claim checks', () => {
  const sweep = [
    res('dense', 1, 0, 1.5), res('dense', 1, 1, 1.52),
    res('sbase', 8, 0, 1.45, 1.1), res('sbase', 8, 1, 1.46, 1.2),
    res('hash', 8, 0, 1.47), res('hash', 8, 1, 1.44),
    res('top1', 8, 0, 1.49, 4), res('top1', 8, 1, 1.5, 3),
  ];

  it('experts help only when both routers beat the dense mean', () => {
    expect(checkExpertsHelp(sweep, ['sbase', 'hash'], 8).pass).toBe(true);
    const worse = sweep.map((r) => (r.router === 'hash' ? { ...r, evalLoss: 1.53 } : r));
    expect(checkExpertsHelp(worse, ['sbase', 'hash'], 8).pass).toBe(false);
  });

  it('S-BASE vs Hash passes within seed noise and fails beyond it', () => {
    const c = checkSbaseVsHash(sweep, 8);
    expect(c.gap).toBeCloseTo(0, 10);
    expect(c.noise).toBeCloseTo(0.03, 10);
    expect(c.pass).toBe(true);
    const far = sweep.map((r) => (r.router === 'sbase' ? { ...r, evalLoss: r.evalLoss + 0.1 } : r));
    expect(checkSbaseVsHash(far, 8).pass).toBe(false);
    expect(checkSbaseVsHash(sweep.filter((r) => r.replica === 0), 8).pass).toBe(false);
  });

  it('balance needs S-BASE under 1.5 and top-1 at 2 or more', () => {
    expect(checkBalance(sweep, 8).pass).toBe(true);
    expect(checkBalance(sweep.map((r) => (r.router === 'top1' ? { ...r, balance: 1.3 } : r)), 8).pass).toBe(false);
    expect(checkBalance(sweep.map((r) => (r.router === 'sbase' ? { ...r, balance: 1.6 } : r)), 8).pass).toBe(false);
  });
});

describe('claimsSweep', () => {
  it('rejects a stopped run without caching it or leaking tensors', () => expectStoppedRunRejected(tf, claimsSweep));
});
