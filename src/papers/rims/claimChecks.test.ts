import { describe, expect, it } from 'vitest';
import { checkPhases, checkRecallLoss, checkLargerResolution, patternDistance } from './claimChecks';
import type { EvalPoint } from './experiment';

const pt = (model: 'rims' | 'lstm', set: number, loss: number, accuracy: number): EvalPoint => ({ step: 10, model, set, loss, accuracy });

describe('checkRecallLoss', () => {
  const labels = ['T = 10', 'T = 40'];
  it('passes when RIMs learned the training gap and beat the LSTM at the test gap', () => {
    expect(checkRecallLoss([pt('rims', 0, 0.1, 0.9), pt('rims', 1, 0.5, 0.8), pt('lstm', 0, 0.1, 0.9), pt('lstm', 1, 1.5, 0.3)], 10, labels).pass).toBe(true);
  });
  it('fails when the LSTM is lower, or RIMs never learned (both at chance)', () => {
    expect(checkRecallLoss([pt('rims', 0, 0.1, 0.9), pt('rims', 1, 1.6, 0.8), pt('lstm', 0, 0.1, 0.9), pt('lstm', 1, 1.5, 0.3)], 10, labels).pass).toBe(false);
    expect(checkRecallLoss([pt('rims', 0, 2.0, 0.1), pt('rims', 1, 2.0, 0.1), pt('lstm', 0, 2.1, 0.1), pt('lstm', 1, 2.2, 0.1)], 10, labels).pass).toBe(false);
  });
});

describe('checkLargerResolution', () => {
  const labels = ['7×7', '8×8', '10×10', '12×12'];
  const run = (r: number[], l: number[]) => [...r.map((a, i) => pt('rims', i, 1, a)), ...l.map((a, i) => pt('lstm', i, 1, a))];
  it('compares accuracy at the 19/14 resolution (set 2) against twice the standard error', () => {
    // 0.5 vs 0.4 on 300 digits: 2σ = 8.1 points.
    expect(checkLargerResolution(run([0.8, 0.7, 0.5, 0.3], [0.8, 0.6, 0.4, 0.5]), 10, labels, 300).pass).toBe(true);
    // The same gap on 50 digits (2σ = 19.8 points) is noise.
    expect(checkLargerResolution(run([0.8, 0.7, 0.5, 0.3], [0.8, 0.6, 0.4, 0.5]), 10, labels, 50).pass).toBe(false);
    expect(checkLargerResolution(run([0.8, 0.7, 0.4, 0.3], [0.8, 0.6, 0.5, 0.5]), 10, labels, 300).pass).toBe(false);
  });
  it('fails when a model is near chance at the training resolution', () => {
    expect(checkLargerResolution(run([0.25, 0.2, 0.2, 0.2], [0.8, 0.6, 0.1, 0.5]), 10, labels, 300).pass).toBe(false);
  });
  it('prints the old drop measure beside', () => {
    const c = checkLargerResolution(run([0.533, 0.39, 0.223, 0.133], [0.367, 0.23, 0.103, 0.107]), 10, labels, 300);
    expect(c.pass).toBe(true);
    expect(c.measured).toContain('drop 7×7 → 10×10: RIMs 31.0%, LSTM 26.4%');
    expect(c.detail).toContain('not smaller');
  });
});

describe('patternDistance and checkPhases', () => {
  it('is 0 for the same modules and 1 for disjoint ones', () => {
    const share = [[1, 1, 0, 0], [1, 1, 0, 0], [0, 0, 1, 1], [0, 0, 1, 1]];
    expect(patternDistance(share, [0, 1], [1, 2], 2)).toBe(0);
    expect(patternDistance(share, [0, 2], [2, 4], 2)).toBe(1);
  });
  it('passes when recall uses other modules than the gap, fails when the gap itself drifts as much', () => {
    const gap = 10;
    const steady = (t: number) => (t >= gap + 10 ? [0, 0, 1, 1] : [1, 1, 0, 0]);
    const share = Array.from({ length: gap + 20 }, (_, t) => steady(t));
    expect(checkPhases(share, gap, 2).pass).toBe(true);
    const same = Array.from({ length: gap + 20 }, () => [1, 1, 0, 0]);
    expect(checkPhases(same, gap, 2).pass).toBe(false);
    const drifting = Array.from({ length: gap + 20 }, (_, t) => (t >= gap + 10 || (t >= 10 && t < 14) ? [0, 0, 1, 1] : [1, 1, 0, 0]));
    expect(checkPhases(drifting, gap, 2).pass).toBe(false);
  });
});
