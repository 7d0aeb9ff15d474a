/**
 * The prototype table: eleven structure types with textbook lattice constants
 * (Å) and fractional positions, and the element substitutions inside each
 * family. Sites are given by role (A, B, X); a variant says which element
 * fills each role and its own lattice constants.
 */
import { elementIndex } from './elements';

export type Vec3 = [number, number, number];
export type Role = 'A' | 'B' | 'X';
export type LatticeKind = 'cubic' | 'hexagonal' | 'tetragonal';

export interface Variant {
  formula: string;
  roles: Partial<Record<Role, string>>;
  a: number;
  /** c for hexagonal and tetragonal cells. */
  c?: number;
  /** The internal coordinate u of wurtzite and rutile. */
  u?: number;
}

export interface Prototype {
  name: string;
  spaceGroup: string;
  lattice: LatticeKind;
  /** Fractional positions by role, for internal coordinate u. */
  sites(u: number): [Role, Vec3][];
  variants: Variant[];
}

const FCC: Vec3[] = [[0, 0, 0], [0, 0.5, 0.5], [0.5, 0, 0.5], [0.5, 0.5, 0]];
const shift = (ps: Vec3[], d: Vec3): Vec3[] => ps.map((p) => [p[0] + d[0], p[1] + d[1], p[2] + d[2]]);
const role = (r: Role, ps: Vec3[]): [Role, Vec3][] => ps.map((p) => [r, p]);

export const PROTOTYPES: readonly Prototype[] = [
  {
    name: 'rock-salt', spaceGroup: 'Fm-3m', lattice: 'cubic',
    sites: () => [...role('A', FCC), ...role('X', shift(FCC, [0.5, 0, 0]))],
    variants: [
      { formula: 'NaCl', roles: { A: 'Na', X: 'Cl' }, a: 5.64 },
      { formula: 'KCl', roles: { A: 'K', X: 'Cl' }, a: 6.29 },
      { formula: 'MgO', roles: { A: 'Mg', X: 'O' }, a: 4.21 },
      { formula: 'LiF', roles: { A: 'Li', X: 'F' }, a: 4.03 },
      { formula: 'CaO', roles: { A: 'Ca', X: 'O' }, a: 4.81 },
    ],
  },
  {
    name: 'CsCl', spaceGroup: 'Pm-3m', lattice: 'cubic',
    sites: () => [['A', [0, 0, 0]], ['X', [0.5, 0.5, 0.5]]],
    variants: [
      { formula: 'CsCl', roles: { A: 'Cs', X: 'Cl' }, a: 4.12 },
      { formula: 'CsBr', roles: { A: 'Cs', X: 'Br' }, a: 4.29 },
    ],
  },
  {
    name: 'perovskite', spaceGroup: 'Pm-3m', lattice: 'cubic',
    sites: () => [['A', [0, 0, 0]], ['B', [0.5, 0.5, 0.5]], ...role('X', [[0.5, 0.5, 0], [0.5, 0, 0.5], [0, 0.5, 0.5]])],
    variants: [
      { formula: 'SrTiO₃', roles: { A: 'Sr', B: 'Ti', X: 'O' }, a: 3.905 },
      { formula: 'BaTiO₃', roles: { A: 'Ba', B: 'Ti', X: 'O' }, a: 4.0 },
      { formula: 'CaTiO₃', roles: { A: 'Ca', B: 'Ti', X: 'O' }, a: 3.84 },
    ],
  },
  {
    name: 'zinc blende', spaceGroup: 'F-43m', lattice: 'cubic',
    sites: () => [...role('A', FCC), ...role('X', shift(FCC, [0.25, 0.25, 0.25]))],
    variants: [
      { formula: 'ZnS', roles: { A: 'Zn', X: 'S' }, a: 5.41 },
      { formula: 'CuCl', roles: { A: 'Cu', X: 'Cl' }, a: 5.42 },
    ],
  },
  {
    name: 'diamond', spaceGroup: 'Fd-3m', lattice: 'cubic',
    sites: () => [...role('A', FCC), ...role('A', shift(FCC, [0.25, 0.25, 0.25]))],
    variants: [
      { formula: 'C', roles: { A: 'C' }, a: 3.567 },
      { formula: 'Si', roles: { A: 'Si' }, a: 5.431 },
      { formula: 'Ge', roles: { A: 'Ge' }, a: 5.658 },
    ],
  },
  {
    name: 'fluorite', spaceGroup: 'Fm-3m', lattice: 'cubic',
    sites: () => [...role('A', FCC), ...role('X', shift(FCC, [0.25, 0.25, 0.25])), ...role('X', shift(FCC, [0.75, 0.75, 0.75]))],
    variants: [
      { formula: 'CaF₂', roles: { A: 'Ca', X: 'F' }, a: 5.463 },
      { formula: 'SrF₂', roles: { A: 'Sr', X: 'F' }, a: 5.8 },
      { formula: 'BaF₂', roles: { A: 'Ba', X: 'F' }, a: 6.2 },
    ],
  },
  {
    name: 'fcc', spaceGroup: 'Fm-3m', lattice: 'cubic',
    sites: () => role('A', FCC),
    variants: [
      { formula: 'Cu', roles: { A: 'Cu' }, a: 3.615 },
      { formula: 'Al', roles: { A: 'Al' }, a: 4.05 },
    ],
  },
  {
    name: 'bcc', spaceGroup: 'Im-3m', lattice: 'cubic',
    sites: () => role('A', [[0, 0, 0], [0.5, 0.5, 0.5]]),
    variants: [
      { formula: 'Fe', roles: { A: 'Fe' }, a: 2.8665 },
      { formula: 'Na', roles: { A: 'Na' }, a: 4.29 },
      { formula: 'K', roles: { A: 'K' }, a: 5.33 },
    ],
  },
  {
    name: 'hcp', spaceGroup: 'P6₃/mmc', lattice: 'hexagonal',
    sites: () => role('A', [[1 / 3, 2 / 3, 0.25], [2 / 3, 1 / 3, 0.75]]),
    variants: [
      { formula: 'Mg', roles: { A: 'Mg' }, a: 3.209, c: 5.211 },
      { formula: 'Ti', roles: { A: 'Ti' }, a: 2.951, c: 4.686 },
      { formula: 'Zn', roles: { A: 'Zn' }, a: 2.665, c: 4.947 },
    ],
  },
  {
    name: 'wurtzite', spaceGroup: 'P6₃mc', lattice: 'hexagonal',
    sites: (u) => [...role('A', [[1 / 3, 2 / 3, 0], [2 / 3, 1 / 3, 0.5]]), ...role('X', [[1 / 3, 2 / 3, u], [2 / 3, 1 / 3, 0.5 + u]])],
    variants: [
      { formula: 'ZnO', roles: { A: 'Zn', X: 'O' }, a: 3.25, c: 5.21, u: 0.382 },
      { formula: 'ZnS', roles: { A: 'Zn', X: 'S' }, a: 3.82, c: 6.26, u: 0.375 },
    ],
  },
  {
    name: 'rutile', spaceGroup: 'P4₂/mnm', lattice: 'tetragonal',
    sites: (u) => [
      ...role('A', [[0, 0, 0], [0.5, 0.5, 0.5]]),
      ...role('X', [[u, u, 0], [1 - u, 1 - u, 0], [0.5 + u, 0.5 - u, 0.5], [0.5 - u, 0.5 + u, 0.5]]),
    ],
    variants: [
      { formula: 'TiO₂', roles: { A: 'Ti', X: 'O' }, a: 4.594, c: 2.959, u: 0.305 },
      { formula: 'MgF₂', roles: { A: 'Mg', X: 'F' }, a: 4.62, c: 3.05, u: 0.303 },
    ],
  },
];

/** Lattice vectors as rows (Å) of a prototype's variant, before strain and rotation. */
export function latticeVectors(p: Prototype, v: Variant): [Vec3, Vec3, Vec3] {
  const a = v.a, c = v.c ?? v.a;
  if (p.lattice === 'hexagonal') return [[a, 0, 0], [-a / 2, (a * Math.sqrt(3)) / 2, 0], [0, 0, c]];
  return [[a, 0, 0], [0, a, 0], [0, 0, c]];
}

/** The element index and fractional position of every site of a variant, wrapped into [0, 1). */
export function variantSites(p: Prototype, v: Variant): { el: number; frac: Vec3 }[] {
  const wrap = (x: number) => ((x % 1) + 1) % 1;
  return p.sites(v.u ?? 0).map(([r, f]) => {
    const sym = v.roles[r];
    if (!sym) throw new Error(`${p.name} ${v.formula}: no element for role ${r}`);
    return { el: elementIndex(sym), frac: [wrap(f[0]), wrap(f[1]), wrap(f[2])] as Vec3 };
  });
}
