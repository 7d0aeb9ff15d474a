/**
 * Density and label grids (the official code's density, Hoffmann et al. 2019):
 *   ρ(x) = Σ_i w_i (2π)^(-3/2) σ_i^(-3) exp(-|x - r_i|² / (2σ_i²)),
 * with w_i and σ_i set by the element. Voxel (x, y, z) of an n³ grid over a
 * box of side L has its centre at ((x + ½)h, (y + ½)h, (z + ½)h), h = L/n,
 * and index x + n(y + n z). A label grid gives each voxel the class of the
 * nearest atom within `radius` Å (element + 1), or 0 for background.
 */
import { latticeImages, type Atom, type Crystal } from './crystal';
import { ELEMENTS, sigmaOf, weightOf } from './elements';

export interface GridSpec {
  /** Voxels per side. */
  n: number;
  /** Box side, Å. */
  box: number;
}

export type Representation = 'cell' | 'lattice';

/** Gaussians are cut at this many σ. */
export const CUTOFF_SIGMAS = 5;
const NORM = Math.pow(2 * Math.PI, -1.5);
export const MAX_SIGMA = Math.max(...ELEMENTS.map((_, i) => sigmaOf(i)));

export const voxelIndex = (n: number, x: number, y: number, z: number): number => x + n * (y + n * z);

function forEachVoxelNear(grid: GridSpec, a: Atom, reach: number, fn: (idx: number, d2: number) => void): void {
  const { n, box } = grid, h = box / n;
  const lo = a.pos.map((p) => Math.max(0, Math.floor((p - reach) / h - 0.5)));
  const hi = a.pos.map((p) => Math.min(n - 1, Math.ceil((p + reach) / h - 0.5)));
  for (let z = lo[2]; z <= hi[2]; z++) {
    const dz = (z + 0.5) * h - a.pos[2];
    for (let y = lo[1]; y <= hi[1]; y++) {
      const dy = (y + 0.5) * h - a.pos[1];
      for (let x = lo[0]; x <= hi[0]; x++) {
        const dx = (x + 0.5) * h - a.pos[0];
        const d2 = dx * dx + dy * dy + dz * dz;
        if (d2 <= reach * reach) fn(voxelIndex(n, x, y, z), d2);
      }
    }
  }
}

/** Sum of element Gaussians on the grid. */
export function densityGrid(atoms: readonly Atom[], grid: GridSpec): Float32Array {
  const out = new Float32Array(grid.n ** 3);
  for (const a of atoms) {
    const s = sigmaOf(a.el), amp = (weightOf(a.el) * NORM) / (s * s * s);
    forEachVoxelNear(grid, a, CUTOFF_SIGMAS * s, (i, d2) => {
      out[i] += amp * Math.exp(-d2 / (2 * s * s));
    });
  }
  return out;
}

/** Species per voxel: 0 background, element + 1 within `radius` Å of the nearest atom. */
export function labelGrid(atoms: readonly Atom[], grid: GridSpec, radius: number): Uint8Array {
  const out = new Uint8Array(grid.n ** 3);
  const best = new Float32Array(grid.n ** 3).fill(Infinity);
  for (const a of atoms) {
    forEachVoxelNear(grid, a, radius, (i, d2) => {
      if (d2 < best[i]) {
        best[i] = d2;
        out[i] = a.el + 1;
      }
    });
  }
  return out;
}

export interface Sample {
  crystal: Crystal;
  /** The atoms the grids show: the cell's, or every lattice image inside the box. */
  atoms: Atom[];
  density: Float32Array;
  labels: Uint8Array;
}

/**
 * The grids of one crystal. 'cell': the unit cell's atoms alone. 'lattice':
 * the repeating crystal fills the box, including images just outside whose
 * tails reach across the walls.
 */
export function sampleGrids(crystal: Crystal, grid: GridSpec, rep: Representation, labelRadius: number): Sample {
  if (rep === 'cell') {
    return { crystal, atoms: crystal.atoms, density: densityGrid(crystal.atoms, grid), labels: labelGrid(crystal.atoms, grid, labelRadius) };
  }
  const reach = CUTOFF_SIGMAS * MAX_SIGMA;
  const images = latticeImages(crystal, -reach, grid.box + reach);
  const inside = images.filter((a) => a.pos.every((x) => x >= 0 && x < grid.box));
  return { crystal, atoms: inside, density: densityGrid(images, grid), labels: labelGrid(inside, grid, labelRadius) };
}

/** Total mass Σ ρ h³ of a grid. */
export function gridMass(density: ArrayLike<number>, grid: GridSpec): number {
  let s = 0;
  for (let i = 0; i < density.length; i++) s += density[i];
  return s * (grid.box / grid.n) ** 3;
}
