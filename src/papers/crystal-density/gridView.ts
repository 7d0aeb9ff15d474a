/** What the 3-D views draw: one grid (density or labels) and atoms, and how to make one from a sample. */
import type { Atom } from './crystal';
import type { GridSpec, Sample } from './density';
import type { Mat3 } from './mat3';
import type { Vec3 } from './prototypes';

/** What a 3-D view draws: one grid (density or labels) and atoms. */
export interface GridView {
  n: number;
  box: number;
  label: string;
  density: number[];
  atoms: Atom[];
  lattice: Mat3;
  origin: Vec3;
  /** Segmentation classes per voxel (0 background), when there are any. */
  labels?: number[];
}

/** A sample as a view: its own density, atoms and labels unless others are given (a decoded grid, extracted atoms). */
export const toView = (s: Sample, grid: GridSpec, label: string, density: ArrayLike<number> = s.density, atoms: Atom[] = s.atoms, labels?: ArrayLike<number>): GridView => ({
  n: grid.n, box: grid.box, label, density: Array.from(density), atoms, lattice: s.crystal.lattice, origin: s.crystal.origin, labels: labels ? Array.from(labels) : undefined,
});
