import { describe, expect, it } from 'vitest';
import { cutoffSize, eHat, effectiveParams, expertSlope, lawLoss, sizeSlope, TABLE3 } from './law';

describe('eHat', () => {
  it('equals E_start at E = 1 and saturates toward E_max', () => {
    const k = TABLE3.sbase;
    expect(eHat(1, k.eStart, k.eMax)).toBeCloseTo(k.eStart, 10);
    expect(eHat(1e9, k.eStart, k.eMax)).toBeCloseTo(k.eMax, 2);
    expect(eHat(64, k.eStart, k.eMax)).toBeGreaterThan(eHat(8, k.eStart, k.eMax));
  });
});

describe('Eq. 1 with Table 3 (base-10 logs, nats)', () => {
  it("reproduces the facts file's computed S-BASE values at E = 1 and E = 512", () => {
    // Facts [C]: 3.19, 2.69, 2.24 at N = 15M, 130M, 1.3B; at 1.3B and E = 512: S-BASE 1.98, RL-R 2.06, HASH 2.00.
    expect(lawLoss(TABLE3.sbase, 15e6, 1)).toBeCloseTo(3.19, 2);
    expect(lawLoss(TABLE3.sbase, 130e6, 1)).toBeCloseTo(2.69, 2);
    expect(lawLoss(TABLE3.sbase, 1.3e9, 1)).toBeCloseTo(2.24, 2);
    expect(lawLoss(TABLE3.sbase, 1.3e9, 512)).toBeCloseTo(1.98, 2);
    expect(lawLoss(TABLE3.rlr, 1.3e9, 512)).toBeCloseTo(2.06, 2);
    expect(lawLoss(TABLE3.hash, 1.3e9, 512)).toBeCloseTo(2.0, 2);
  });

  it('is close to the dense fit L = (N_c / N)^0.078, N_c = 3.568e13 at E = 1', () => {
    for (const N of [15e6, 130e6, 1.3e9]) expect(Math.abs(lawLoss(TABLE3.sbase, N, 1) / (3.568e13 / N) ** 0.078 - 1)).toBeLessThan(0.02);
  });
});

describe('effectiveParams', () => {
  it("gives the paper's example: 5M parameters with 128 experts ≈ a 55M dense model (S-BASE, within 15%)", () => {
    const nBar = effectiveParams(TABLE3.sbase, 5e6, 128);
    expect(Math.abs(nBar / 55e6 - 1)).toBeLessThan(0.15);
  });

  it('is N itself at E = 1 and solves L(N̄, 1) = L(N, E)', () => {
    for (const k of Object.values(TABLE3)) {
      expect(effectiveParams(k, 1e8, 1)).toBeCloseTo(1e8, -1);
      const nBar = effectiveParams(k, 1e8, 32);
      expect(lawLoss(k, nBar, 1)).toBeCloseTo(lawLoss(k, 1e8, 32), 10);
    }
  });
});

describe('cutoff and slopes', () => {
  it('puts the S-BASE cutoff near 1e12 and makes the expert slope vanish there', () => {
    const k = TABLE3.sbase;
    expect(cutoffSize(k)).toBeCloseTo(1e12, -10);
    expect(expertSlope(k, cutoffSize(k))).toBeCloseTo(0, 12);
    expect(expertSlope(k, 1e8)).toBeGreaterThan(0);
    expect(sizeSlope(k, 1)).toBeCloseTo(-(k.a + k.c * Math.log10(k.eStart)), 12);
    // With the printed coefficients, RL-R's and HASH's cutoffs are 10^10.5 and 10^11.33 (facts [C]).
    expect(Math.log10(cutoffSize(TABLE3.rlr))).toBeCloseTo(10.5, 6);
    expect(Math.log10(cutoffSize(TABLE3.hash))).toBeCloseTo(11.333, 2);
  });
});
