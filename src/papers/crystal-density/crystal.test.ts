import { describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng';
import { buildCrystal, latticeImages, randomCrystal } from './crystal';
import { densityGrid, gridMass, labelGrid, sampleGrids, voxelIndex } from './density';
import { elementIndex, weightOf } from './elements';
import { dist, randomRotation, mulMatVec, det } from './mat3';
import { findAtoms, sameComposition } from './peaks';
import { PROTOTYPES } from './prototypes';

const grid = { n: 16, box: 8 };
const opts = { box: 8, strain: 0.03, rotate: true };

function pairDistances(pos: number[][]): number[] {
  const out: number[] = [];
  for (let i = 0; i < pos.length; i++) for (let j = i + 1; j < pos.length; j++) out.push(Math.hypot(pos[i][0] - pos[j][0], pos[i][1] - pos[j][1], pos[i][2] - pos[j][2]));
  return out.sort((a, b) => a - b);
}

describe('crystal generator', () => {
  it('has at least the eleven prototypes, each with substitutions and the right atom counts', () => {
    expect(PROTOTYPES.map((p) => p.name)).toEqual(['rock-salt', 'CsCl', 'perovskite', 'zinc blende', 'diamond', 'fluorite', 'fcc', 'bcc', 'hcp', 'wurtzite', 'rutile']);
    const counts = PROTOTYPES.map((_, i) => buildCrystal(i, 0, { ...opts, rotate: false }, new Rng(1)).atoms.length);
    expect(counts).toEqual([8, 2, 5, 8, 8, 12, 4, 2, 2, 4, 6]);
    for (const p of PROTOTYPES) expect(p.variants.length).toBeGreaterThanOrEqual(2);
  });

  it('is seeded: the same seed gives the same crystal', () => {
    const a = randomCrystal(opts, new Rng(7)), b = randomCrystal(opts, new Rng(7));
    expect(a).toEqual(b);
  });

  it('rotations are proper and keep interatomic distances', () => {
    const rng = new Rng(3);
    for (let t = 0; t < 5; t++) {
      const R = randomRotation(rng);
      expect(det(R)).toBeCloseTo(1, 10);
      const v = [1, -2, 0.5] as [number, number, number];
      expect(Math.hypot(...mulMatVec(R, v))).toBeCloseTo(Math.hypot(...v), 10);
    }
    for (let p = 0; p < PROTOTYPES.length; p++) {
      const flat = buildCrystal(p, 0, { ...opts, strain: 0, rotate: false }, new Rng(p));
      const turned = buildCrystal(p, 0, { ...opts, strain: 0, rotate: true }, new Rng(p));
      const d0 = pairDistances(flat.atoms.map((a) => a.pos)), d1 = pairDistances(turned.atoms.map((a) => a.pos));
      d0.forEach((d, i) => expect(d1[i]).toBeCloseTo(d, 9));
    }
  });

  it('keeps every atom inside the box, away from the walls', () => {
    const rng = new Rng(11);
    for (let t = 0; t < 100; t++) {
      const c = randomCrystal(opts, rng);
      for (const a of c.atoms) for (const x of a.pos) expect(x >= 0.5 && x <= 7.5).toBe(true);
    }
  });
});

describe('density and labels', () => {
  it('the density of a single atom integrates to its weight', () => {
    for (const sym of ['O', 'Fe', 'Cs']) {
      const el = elementIndex(sym);
      const rho = densityGrid([{ el, pos: [4.1, 3.9, 4.05] }], grid);
      expect(gridMass(rho, grid)).toBeCloseTo(weightOf(el), 3);
    }
  });

  it('handles periodic images at the cell edges: an atom on a corner fills all eight corners of the repeating lattice', () => {
    // A simple cubic cell of side 4 Å with one atom at the origin, in an 8 Å box: the lattice fills the box with period 8 voxels.
    const el = elementIndex('Cu');
    const c = { proto: 0, variant: 0, formula: 'Cu', lattice: [[4, 0, 0], [0, 4, 0], [0, 0, 4]] as [[number, number, number], [number, number, number], [number, number, number]], origin: [0, 0, 0] as [number, number, number], atoms: [{ el, pos: [0, 0, 0] as [number, number, number] }], box: 8 };
    const s = sampleGrids(c, grid, 'lattice', 0.7);
    // Every voxel repeats with period 8 along each axis, even the ones whose Gaussians cross a wall.
    for (const [x, y, z] of [[0, 0, 0], [3, 5, 7], [7, 7, 7], [0, 4, 2]]) {
      const v = s.density[voxelIndex(16, x, y, z)];
      expect(s.density[voxelIndex(16, x + 8, y, z)]).toBeCloseTo(v, 5);
      expect(s.density[voxelIndex(16, x, y + 8, z + 8)]).toBeCloseTo(v, 5);
    }
    // Corner voxel (0,0,0) sees the atoms at (0,0,0) and its images at -4 Å on every axis... all symmetric in x.
    expect(s.density[voxelIndex(16, 0, 0, 0)]).toBeCloseTo(s.density[voxelIndex(16, 7, 0, 0)], 5);
    // The visible images: atoms at 0 and 4 Å on each axis (8 inside [0, 8)).
    expect(s.atoms.length).toBe(8);
    expect(latticeImages(c, -0.1, 8.1).length).toBe(27);
  });

  it('labels mark the voxels around each atom with its element', () => {
    const c = buildCrystal(2, 0, opts, new Rng(5)); // SrTiO3, rotated
    const labels = labelGrid(c.atoms, grid, 0.7);
    const h = grid.box / grid.n;
    for (const a of c.atoms) {
      const [x, y, z] = a.pos.map((p) => Math.min(15, Math.floor(p / h)));
      expect(labels[voxelIndex(16, x, y, z)]).toBe(a.el + 1);
    }
    let fg = 0;
    for (let i = 0; i < labels.length; i++) {
      if (labels[i] === 0) continue;
      fg++;
      const x = i % 16, y = Math.floor(i / 16) % 16, z = Math.floor(i / 256);
      const centre = [(x + 0.5) * h, (y + 0.5) * h, (z + 0.5) * h] as [number, number, number];
      const near = c.atoms.filter((a) => dist(a.pos, centre) <= 0.7);
      expect(near.some((a) => a.el + 1 === labels[i])).toBe(true);
    }
    expect(fg).toBeGreaterThan(c.atoms.length);
  });

  it('peak finding recovers the atoms of a clean density exactly', () => {
    const rng = new Rng(21);
    for (let p = 0; p < PROTOTYPES.length; p++)
      for (let v = 0; v < PROTOTYPES[p].variants.length; v++) {
        const c = buildCrystal(p, v, opts, rng);
        const s = sampleGrids(c, grid, 'cell', 0.7);
        const found = findAtoms(s.density, s.labels, grid, 0.01);
        expect(sameComposition(found, c.atoms), `${c.formula}: ${found.length} of ${c.atoms.length}`).toBe(true);
        for (const a of c.atoms) {
          const near = Math.min(...found.filter((f) => f.el === a.el).map((f) => dist(f.pos, a.pos)));
          expect(near, c.formula).toBeLessThan(0.2);
        }
      }
  });

  it('peak finding keeps a peak whose own voxel is unlabelled but whose neighbour is, and drops peaks with no label near', () => {
    const atom = { el: elementIndex('Cl'), pos: [4.1, 3.9, 4.2] as [number, number, number] };
    const rho = densityGrid([atom], grid);
    let peak = 0;
    rho.forEach((v, i) => (v > rho[peak] ? (peak = i) : 0));
    const labels = new Uint8Array(rho.length);
    labels[peak + 1] = atom.el + 1; // only the +x neighbour of the peak voxel
    const found = findAtoms(rho, labels, grid, 0.01);
    expect(found.map((f) => f.el)).toEqual([atom.el]);
    expect(dist(found[0].pos, atom.pos)).toBeLessThan(0.1);
    expect(findAtoms(rho, new Uint8Array(rho.length), grid, 0.01)).toEqual([]);
  });
});
