/**
 * The crystal generator: a prototype and one of its element substitutions,
 * a small symmetric lattice strain, a uniform random rotation, and the unit
 * cell's atoms centred in a cubic box of side `box` Å (the official code's
 * unit-cell samples sit in a 10 Å box). Rotations that push an atom within
 * `margin` of the box walls are redrawn. All randomness comes from the Rng.
 */
import type { Rng } from '../../core/rng';
import { add, fracToCart, IDENTITY, inverse, mulMat, randomRotation, scale, sub, transpose, type Mat3 } from './mat3';
import { latticeVectors, PROTOTYPES, variantSites, type Vec3 } from './prototypes';

export interface Atom {
  /** Element index into ELEMENTS. */
  el: number;
  /** Cartesian position in the box, Å. */
  pos: Vec3;
}

export interface Crystal {
  proto: number;
  variant: number;
  formula: string;
  /** Lattice vectors as rows, Å, after strain and rotation. */
  lattice: Mat3;
  /** Where the cell's fractional origin lies in the box, Å. */
  origin: Vec3;
  /** The unit cell's atoms, each once (fractional coordinates in [0, 1)). */
  atoms: Atom[];
  box: number;
}

export interface GeneratorOptions {
  /** Side of the cubic box, Å. */
  box: number;
  /** Largest strain component (e.g. 0.03 for ±3%). */
  strain: number;
  rotate: boolean;
  /** Closest an atom may come to a wall, Å. */
  margin?: number;
}

const MAX_TRIES = 64;

/** Builds one crystal of a given prototype and variant; `rng` draws strain and rotation. */
export function buildCrystal(proto: number, variant: number, opts: GeneratorOptions, rng: Rng): Crystal {
  const p = PROTOTYPES[proto], v = p.variants[variant];
  const margin = opts.margin ?? 0.5;
  const e: Mat3 = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
  for (let i = 0; i < 3; i++) for (let j = i; j < 3; j++) e[i][j] = e[j][i] = rng.uniform(-opts.strain, opts.strain);
  const strain = IDENTITY.map((r, i) => r.map((x, j) => x + e[i][j])) as Mat3;
  const strained = mulMat(latticeVectors(p, v), strain);
  const sites = variantSites(p, v);
  const place = (rot: Mat3): Crystal | null => {
    const lattice = mulMat(strained, transpose(rot));
    const rel = sites.map((s) => fracToCart(lattice, s.frac));
    const centroid = scale(rel.reduce((a, b) => add(a, b), [0, 0, 0] as Vec3), 1 / rel.length);
    const origin = sub([opts.box / 2, opts.box / 2, opts.box / 2], centroid);
    const atoms = rel.map((r, i) => ({ el: sites[i].el, pos: add(r, origin) }));
    const inside = atoms.every((a) => a.pos.every((x) => x >= margin && x <= opts.box - margin));
    return inside ? { proto, variant, formula: v.formula, lattice, origin, atoms, box: opts.box } : null;
  };
  if (opts.rotate) {
    for (let t = 0; t < MAX_TRIES; t++) {
      const c = place(randomRotation(rng));
      if (c) return c;
    }
  }
  const c = place(IDENTITY);
  if (!c) throw new Error(`${v.formula} does not fit a ${opts.box} Å box; use a larger box.`);
  return c;
}

/** A crystal of a uniformly drawn prototype and variant. */
export function randomCrystal(opts: GeneratorOptions, rng: Rng): Crystal {
  const proto = rng.int(PROTOTYPES.length);
  return buildCrystal(proto, rng.int(PROTOTYPES[proto].variants.length), opts, rng);
}

/**
 * Every periodic image of the cell's atoms that falls within [lo, hi]^3 of the
 * box: the repeating-lattice representation, and the images whose density
 * tails reach across the box walls.
 */
export function latticeImages(c: Crystal, lo: number, hi: number): Atom[] {
  const inv = inverse(c.lattice);
  const corners: Vec3[] = [];
  for (const x of [lo, hi]) for (const y of [lo, hi]) for (const z of [lo, hi]) corners.push([x, y, z]);
  const fr = corners.map((q) => fracToCart(inv, sub(q, c.origin)));
  const range = [0, 1, 2].map((k) => [Math.floor(Math.min(...fr.map((f) => f[k]))) - 1, Math.ceil(Math.max(...fr.map((f) => f[k]))) + 1]);
  const out: Atom[] = [];
  for (let i = range[0][0]; i <= range[0][1]; i++)
    for (let j = range[1][0]; j <= range[1][1]; j++)
      for (let k = range[2][0]; k <= range[2][1]; k++) {
        const t = fracToCart(c.lattice, [i, j, k]);
        for (const a of c.atoms) {
          const pos = add(a.pos, t);
          if (pos.every((x) => x >= lo && x <= hi)) out.push({ el: a.el, pos });
        }
      }
  return out;
}
