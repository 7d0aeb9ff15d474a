/**
 * Fused aromatic ring systems (benzenoids): k hexagons grown edge to edge on
 * the honeycomb lattice, one at a time, each next to a random hexagon already
 * there. One hexagon is benzene; two, naphthalene; three, anthracene,
 * phenanthrene or phenalene; four, pyrene, chrysene, tetracene and the rest;
 * MUTAG's nitroarenes run "from benzene to coronene" (Debnath et al. 1991).
 * The atoms are the hexagons' corners, shared corners once: a fusion atom
 * belongs to two or three rings and has three ring bonds.
 */
import type { Rng } from '../../core/rng';

export interface RingSystem {
  /** Atoms 0..n-1. */
  n: number;
  /** Ring bonds, each once, u < v. */
  edges: [number, number][];
  /** Each hexagon's six atoms in ring order. */
  rings: number[][];
}

/** Axial neighbour offsets of a hexagon on the lattice. */
const DIRECTIONS: readonly [number, number][] = [[1, 0], [1, -1], [0, -1], [-1, 0], [-1, 1], [0, 1]];

/** k fused hexagons, grown at random from one. */
export function polyhex(k: number, rng: Rng): RingSystem {
  if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`polyhex needs a whole number of rings ≥ 1, got ${k}`);
  const hexes: [number, number][] = [[0, 0]];
  const taken = new Set(['0,0']);
  while (hexes.length < k) {
    const [q, r] = rng.pick(hexes);
    const [dq, dr] = rng.pick(DIRECTIONS);
    const key = `${q + dq},${r + dr}`;
    if (taken.has(key)) continue;
    taken.add(key);
    hexes.push([q + dq, r + dr]);
  }
  // Corners of a pointy-top hexagon of unit radius at its centre; shared corners are one atom.
  const atomAt = new Map<string, number>();
  const rings = hexes.map(([q, r]) => {
    const cx = Math.sqrt(3) * (q + r / 2), cy = 1.5 * r;
    return Array.from({ length: 6 }, (_, i) => {
      const a = (Math.PI / 3) * i + Math.PI / 6;
      const key = `${Math.round(1000 * (cx + Math.cos(a)))},${Math.round(1000 * (cy + Math.sin(a)))}`;
      let atom = atomAt.get(key);
      if (atom === undefined) {
        atom = atomAt.size;
        atomAt.set(key, atom);
      }
      return atom;
    });
  });
  const bonds = new Map<number, [number, number]>();
  for (const ring of rings) {
    ring.forEach((u, i) => {
      const v = ring[(i + 1) % 6];
      const [a, b] = u < v ? [u, v] : [v, u];
      bonds.set(a * 4096 + b, [a, b]);
    });
  }
  return { n: atomAt.size, edges: [...bonds.values()], rings };
}
