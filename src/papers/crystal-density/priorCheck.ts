/**
 * Whether a density decoded from a prior sample z ~ N(0, I) is crystal-like,
 * by bounds read off the training set itself (our definition; the paper shows
 * decoded random samples but gives no criterion or rate):
 *   1. non-negative everywhere;
 *   2. total mass Σ ρ h³ within [smallest, largest] mass of a training cell;
 *   3. segmentation + peak finding extracts between 1 and the largest atom
 *      count of a training cell;
 *   4. those atoms explain the density: the relative squared residual between
 *      the density and the density drawn from the extracted atoms is no larger
 *      than the 90th percentile of the same residual over the VAE's
 *      reconstructions of held-out cells (so a sample must be as atom-like
 *      as nine in ten decoded real crystals).
 */
import type { Atom } from './crystal';
import { densityGrid, gridMass, type GridSpec, type Sample } from './density';

/** The percentile of the held-out reconstructions' residuals a prior sample's residual may reach. */
export const RESIDUAL_PERCENTILE = 0.9;

export interface CrystalLikeBounds {
  /** Smallest and largest total mass of a training cell's grid. */
  massLo: number;
  massHi: number;
  /** Most atoms in a training cell. */
  maxAtoms: number;
  /** Largest atom residual allowed (RESIDUAL_PERCENTILE of the held-out reconstructions' residuals). */
  maxResidual: number;
}

export interface PriorVerdict {
  mass: number;
  atoms: number;
  residual: number;
  nonNegative: boolean;
  massOk: boolean;
  atomsOk: boolean;
  residualOk: boolean;
  crystalLike: boolean;
}

/** Tallies over the prior samples: how many were judged, how many are crystal-like, and how many fail each test. */
export interface PriorSummary extends CrystalLikeBounds {
  count: number;
  crystalLike: number;
  negative: number;
  massOut: number;
  atomsOut: number;
  residualOut: number;
  /** Range of the samples' masses and atom counts ([0, 0] when there are none). */
  massRange: [number, number];
  atomRange: [number, number];
  residualRange: [number, number];
}

/**
 * Σ (ρ − ρ_atoms)² / Σ ρ², where ρ_atoms is the density the atoms draw (their elements' Gaussians): 0 when
 * the atoms explain the density exactly, 1 when there are none.
 */
export function atomResidual(density: ArrayLike<number>, atoms: readonly Atom[], grid: GridSpec): number {
  const drawn = densityGrid(atoms, grid);
  let num = 0, den = 0;
  for (let i = 0; i < density.length; i++) {
    num += (density[i] - drawn[i]) ** 2;
    den += density[i] ** 2;
  }
  return den > 0 ? num / den : Infinity;
}

/** The q-quantile of xs (nearest rank, q in (0, 1]). */
export function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) throw new Error('quantile of no values');
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Bounds from the training cells (mass, atom count) and the held-out reconstructions' atom residuals. */
export function crystalLikeBounds(train: readonly Pick<Sample, 'density' | 'atoms'>[], grid: GridSpec, reconResiduals: readonly number[]): CrystalLikeBounds {
  if (!train.length) throw new Error('crystalLikeBounds needs at least one training cell');
  const masses = train.map((s) => gridMass(s.density, grid));
  return {
    massLo: Math.min(...masses), massHi: Math.max(...masses), maxAtoms: Math.max(...train.map((s) => s.atoms.length)),
    maxResidual: quantile(reconResiduals, RESIDUAL_PERCENTILE),
  };
}

export function judgePrior(density: ArrayLike<number>, atoms: readonly Atom[], grid: GridSpec, b: CrystalLikeBounds): PriorVerdict {
  let nonNegative = true;
  for (let i = 0; i < density.length; i++) if (!(density[i] >= 0)) nonNegative = false;
  const mass = gridMass(density, grid);
  const residual = atomResidual(density, atoms, grid);
  const massOk = mass >= b.massLo && mass <= b.massHi;
  const atomsOk = atoms.length >= 1 && atoms.length <= b.maxAtoms;
  const residualOk = residual <= b.maxResidual;
  return { mass, atoms: atoms.length, residual, nonNegative, massOk, atomsOk, residualOk, crystalLike: nonNegative && massOk && atomsOk && residualOk };
}

export function summarisePrior(verdicts: readonly PriorVerdict[], b: CrystalLikeBounds): PriorSummary {
  const range = (xs: number[]): [number, number] => (xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 0]);
  return {
    ...b,
    count: verdicts.length,
    crystalLike: verdicts.filter((v) => v.crystalLike).length,
    negative: verdicts.filter((v) => !v.nonNegative).length,
    massOut: verdicts.filter((v) => !v.massOk).length,
    atomsOut: verdicts.filter((v) => !v.atomsOk).length,
    residualOut: verdicts.filter((v) => !v.residualOk).length,
    massRange: range(verdicts.map((v) => v.mass)),
    atomRange: range(verdicts.map((v) => v.atoms)),
    residualRange: range(verdicts.map((v) => v.residual)),
  };
}
