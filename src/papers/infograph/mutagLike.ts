/**
 * MUTAG-like molecules, procedural (MUTAG itself: Debnath et al. 1991, 188
 * nitroaromatic compounds, 7 atom types, 125 mutagenic / 63 not). Each
 * molecule has 1-3 benzene rings (fused or linked), carbon chains, and
 * substituents (halogens, hydroxyl O, amine N, methyl C). The class follows a
 * chemically-flavoured motif rule: mutagenic iff a nitro group (N bonded to
 * two O) sits on a ring carbon. Most non-mutagenic molecules (85%) carry a
 * decoy with the same atoms but not the motif, a nitro group at a chain end;
 * both classes get 1-4 other substituents (chains, O, N, halogens). Sizes
 * (about 17 atoms) and the class share follow MUTAG. A fraction `labelNoise`
 * of labels is then flipped.
 */
import { GraphBuilder, type Graph } from '../../core/graph/graph';
import type { Rng } from '../../core/rng';

export const ATOMS = ['C', 'N', 'O', 'F', 'I', 'Cl', 'Br'] as const;
/** The two classes of both MUTAG-like sets (this one and nitroarenes.ts). */
export const MUTAG_CLASSES = ['not mutagenic', 'mutagenic'] as const;
const [C, N, O, F, I, CL, BR] = [0, 1, 2, 3, 4, 5, 6];
/** MUTAG's share of mutagenic molecules, 125 / 188. */
export const MUTAGENIC_SHARE = 125 / 188;

/** A benzene ring; returns its six atoms in order. */
function addRing(b: GraphBuilder): number[] {
  const ring = Array.from({ length: 6 }, () => b.addNode(C));
  ring.forEach((a, i) => b.addEdge(a, ring[(i + 1) % 6]));
  return ring;
}

/** A second ring fused on edge (a, c) of `ring` (naphthalene-like); returns the new ring's atoms. */
function addFusedRing(b: GraphBuilder, a: number, c: number): number[] {
  const extra = Array.from({ length: 4 }, () => b.addNode(C));
  b.addEdge(a, extra[0]);
  for (let i = 0; i < 3; i++) b.addEdge(extra[i], extra[i + 1]);
  b.addEdge(extra[3], c);
  return [a, ...extra, c];
}

function addNitro(b: GraphBuilder, at: number): void {
  const n = b.addNode(N);
  b.addEdge(at, n);
  b.addEdge(n, b.addNode(O));
  b.addEdge(n, b.addNode(O));
}

function addChain(b: GraphBuilder, at: number, length: number): number {
  let prev = at;
  for (let i = 0; i < length; i++) {
    const c = b.addNode(C);
    b.addEdge(prev, c);
    prev = c;
  }
  return prev;
}

/** One molecule of the given class (1 = mutagenic), before label noise. */
export function mutagLikeMolecule(mutagenic: boolean, rng: Rng): Graph {
  const b = new GraphBuilder();
  // Ring carbons that still carry a hydrogen: where substituents may go.
  const free = new Set<number>();
  const rings: number[][] = [addRing(b)];
  rings[0].forEach((a) => free.add(a));
  const nRings = rng.categorical([0.35, 0.45, 0.2]) + 1;
  while (rings.length < nRings) {
    const host = rng.pick(rings);
    const i = rng.int(6);
    const [a, c] = [host[i], host[(i + 1) % 6]];
    if (rng.bernoulli(0.5) && free.has(a) && free.has(c)) {
      const r = addFusedRing(b, a, c);
      free.delete(a);
      free.delete(c);
      r.slice(1, 5).forEach((x) => free.add(x));
      rings.push(r);
    } else if (free.has(a)) {
      const r = addRing(b);
      b.addEdge(a, r[0]);
      free.delete(a);
      r.slice(1).forEach((x) => free.add(x));
      rings.push(r);
    }
  }
  const take = (): number | null => {
    if (free.size === 0) return null;
    const a = rng.pick([...free]);
    free.delete(a);
    return a;
  };
  if (mutagenic) {
    const nNitro = rng.bernoulli(0.25) ? 2 : 1;
    for (let k = 0; k < nNitro; k++) {
      const at = take();
      if (at !== null) addNitro(b, at);
    }
  } else if (rng.bernoulli(0.85)) {
    // Decoy: the nitro group's atoms, on the end of a chain instead of a ring.
    const at = take();
    if (at !== null) addNitro(b, addChain(b, at, 1 + rng.int(2)));
  }
  const nSubs = 1 + rng.int(4);
  for (let k = 0; k < nSubs; k++) {
    const at = take();
    if (at === null) break;
    const kind = rng.categorical([3, 2, 2, 1, 1, 1, 1]); // chain, O, N, Cl, F, Br, I
    if (kind === 0) addChain(b, at, 1 + rng.int(3));
    else b.addEdge(at, b.addNode([O, N, CL, F, BR, I][kind - 1]));
  }
  return b.build(mutagenic ? 1 : 0);
}

/** `count` molecules, about MUTAG's class share mutagenic, then labels flipped with probability labelNoise. */
export function mutagLikeDataset(count: number, labelNoise: number, rng: Rng): Graph[] {
  return Array.from({ length: count }, () => {
    const g = mutagLikeMolecule(rng.bernoulli(MUTAGENIC_SHARE), rng);
    return rng.bernoulli(labelNoise) ? { ...g, label: 1 - (g.label ?? 0) } : g;
  });
}
