import { describe, expect, it } from 'vitest';
import type { Atom } from './crystal';
import { densityGrid } from './density';
import { atomResidual, crystalLikeBounds, judgePrior, quantile, summarisePrior } from './priorCheck';

// A 2³ grid over a 2 Å box: voxels of 1 Å³, so a grid's mass is the sum of its values.
const grid = { n: 2, box: 2 };
const atoms = (k: number): Atom[] => Array.from({ length: k }, () => ({ el: 0, pos: [1, 1, 1] }));
const filled = (v: number) => new Float32Array(8).fill(v);
const train = [
  { density: filled(1), atoms: atoms(2) }, // mass 8
  { density: filled(2), atoms: atoms(4) }, // mass 16
];
// No residual bar, for the tests of the other bounds.
const loose = () => crystalLikeBounds(train, grid, [Infinity]);

describe('prior-sample check', () => {
  it('reads its bounds off the training cells and the reconstructions\' residuals', () => {
    expect(crystalLikeBounds(train, grid, [0.5, 0.1, 0.3, 0.2, 0.4, 0.6, 0.7, 0.8, 0.9, 1])).toEqual({ massLo: 8, massHi: 16, maxAtoms: 4, maxResidual: 0.9 });
    expect(quantile([3, 1, 2], 0.9)).toBe(3);
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
  });

  it('passes a sample inside every bound and fails each bound on its own', () => {
    const b = loose();
    expect(judgePrior(filled(1.5), atoms(3), grid, b).crystalLike).toBe(true);
    expect(judgePrior(filled(1), atoms(4), grid, b).crystalLike).toBe(true); // both ends inclusive
    const light = judgePrior(filled(0.5), atoms(3), grid, b);
    expect([light.crystalLike, light.massOk, light.mass]).toEqual([false, false, 4]);
    expect(judgePrior(filled(2.5), atoms(3), grid, b).massOk).toBe(false);
    expect(judgePrior(filled(1.5), atoms(0), grid, b).atomsOk).toBe(false);
    expect(judgePrior(filled(1.5), atoms(5), grid, b).atomsOk).toBe(false);
    const neg = Float32Array.from([-0.5, 2, 2, 2, 2, 2, 1.5, 1]); // mass 12, in range, but one voxel negative
    const v = judgePrior(neg, atoms(3), grid, b);
    expect([v.massOk, v.atomsOk, v.nonNegative, v.crystalLike]).toEqual([true, true, false, false]);
    expect(judgePrior(Float32Array.from([NaN, 1, 1, 1, 1, 1, 1, 2]), atoms(3), grid, b).crystalLike).toBe(false);
  });

  it('measures how well atoms explain a density, and fails a sample its atoms do not explain', () => {
    const g = { n: 8, box: 4 };
    const one: Atom[] = [{ el: 3, pos: [2, 2, 2] }];
    const rho = densityGrid(one, g);
    expect(atomResidual(rho, one, g)).toBeCloseTo(0, 10);
    expect(atomResidual(rho.map((x) => 2 * x), one, g)).toBeCloseTo(0.25, 6);
    expect(atomResidual(rho, [], g)).toBe(1);
    const m = rho.reduce((a, x) => a + x, 0) * 0.125;
    const b = crystalLikeBounds([{ density: rho, atoms: one }, { density: rho.map((x) => 3 * x), atoms: one }], g, [0.1]);
    expect([b.massLo, b.massHi].map((x) => x / m)).toEqual([1, 3].map((x) => expect.closeTo(x, 5)));
    expect(judgePrior(rho, one, g, b).crystalLike).toBe(true);
    const blurred = judgePrior(rho.map((x) => 2 * x), one, g, b); // mass in range, one atom, residual 0.25 > 0.1
    expect([blurred.massOk, blurred.atomsOk, blurred.residualOk, blurred.crystalLike]).toEqual([true, true, false, false]);
  });

  it('tallies the verdicts', () => {
    const b = loose();
    const s = summarisePrior([judgePrior(filled(1.5), atoms(3), grid, b), judgePrior(filled(0.5), atoms(0), grid, b), judgePrior(filled(1.2), atoms(9), grid, b)], b);
    expect(s).toMatchObject({ count: 3, crystalLike: 1, negative: 0, massOut: 1, atomsOut: 2, residualOut: 0, atomRange: [0, 9] });
    expect(s.massRange[0]).toBeCloseTo(4, 5);
    expect(s.massRange[1]).toBeCloseTo(12, 5);
    expect(summarisePrior([], b)).toMatchObject({ count: 0, crystalLike: 0, massRange: [0, 0] });
  });
});
