/**
 * MUTAG-like nitroarenes, procedural. MUTAG (Debnath et al. 1991) holds 188
 * aromatic and heteroaromatic nitro compounds: every molecule carries a nitro
 * group on an aromatic ring, so that alone says nothing about the class. The
 * paper's QSAR names its determinants: hydrophobicity, the LUMO energy, and
 * three or more fused rings (much greater potency); the LUMO energy in turn
 * follows how far the nitro group is rotated out of the ring plane (Maynard et
 * al. 1986). The graph carries no energies, so the class here is a
 * caricature of the last two, a rule on the arrangement:
 *
 *   a nitro group is conjugated unless both ring neighbours of its carbon are
 *   crowded (a fusion atom, whose peri hydrogen pushes it, or a substituted
 *   atom); a molecule is mutagenic iff it has a conjugated nitro group and
 *   either a fused system of at least three rings or two conjugated nitro groups.
 *
 * Both classes draw from one distribution of molecules, and the rule alone
 * sets the class: a ring system of 1-5 fused benzene rings (polyhex), now and
 * then a phenyl linked by one bond, a ring nitrogen (aza-arene), 1-3 nitro
 * groups, and a few other substituents (methyl, hydroxyl, amine, halogens),
 * all on random free ring carbons. The ring-count weights are set so sizes
 * match MUTAG's (17.9 atoms, about 19.8 bonds); the class share that the
 * rule then gives is close to MUTAG's 125 / 188 without any reweighting.
 * A fraction `labelNoise` of labels is then flipped.
 */
import { graphFromEdges, type Graph } from '../../core/graph/graph';
import type { Rng } from '../../core/rng';
import { ATOMS } from './mutagLike';
import { polyhex } from './polyhex';

const [C, N, O, F, I, CL, BR] = ATOMS.map((_, i) => i);

/** Weights of 1..5 fused rings. */
export const RING_WEIGHTS = [0.15, 0.3, 0.3, 0.2, 0.05];
/** Weights of 1..3 nitro groups (1.5 on average: MUTAG's N and O counts). */
export const NITRO_WEIGHTS = [0.6, 0.3, 0.1];
/** Weights of 0..3 other substituents. */
export const OTHER_WEIGHTS = [0.65, 0.25, 0.08, 0.02];
/** The other substituents' atoms (methyl C, hydroxyl O, amine N, Cl, Br, F, I) and weights. */
const OTHER_ATOMS = [C, O, N, CL, BR, F, I];
const OTHER_ATOM_WEIGHTS = [0.35, 0.3, 0.15, 0.1, 0.04, 0.03, 0.03];
/** Chance of a phenyl linked to the ring system by one bond (biphenyl-like). */
export const LINKED_PHENYL = 0.1;
/** Chance that one ring CH is a ring nitrogen (quinoline-like). */
export const AZA = 0.2;

/** A molecule and what its class rule reads. */
export interface Nitroarene {
  graph: Graph;
  /** Rings in the fused system (the linked phenyl, if any, is its own system of one). */
  fusedRings: number;
  /** Per nitro group: how many ring neighbours of its carbon are crowded (0-2). */
  crowding: number[];
}

/** The class rule: a conjugated nitro group, and three or more fused rings or a second conjugated nitro group. */
export function isMutagenic(m: Pick<Nitroarene, 'fusedRings' | 'crowding'>): boolean {
  const conjugated = m.crowding.filter((c) => c < 2).length;
  return conjugated >= 1 && (m.fusedRings >= 3 || conjugated >= 2);
}

/** One molecule, labelled by the rule (1 = mutagenic). */
export function nitroarene(rng: Rng): Nitroarene {
  const fusedRings = rng.categorical(RING_WEIGHTS) + 1;
  const sys = polyhex(fusedRings, rng);
  const labels = new Array<number>(sys.n).fill(C);
  const edges: [number, number][] = [...sys.edges];
  // Each ring atom's ring neighbours; pendant atoms get an empty list.
  const ring: number[][] = Array.from({ length: sys.n }, () => []);
  for (const [u, v] of sys.edges) {
    ring[u].push(v);
    ring[v].push(u);
  }
  const substituted = new Set<number>();
  const addAtom = (label: number, bondTo: number): number => {
    labels.push(label);
    ring.push([]);
    edges.push([bondTo, labels.length - 1]);
    return labels.length - 1;
  };
  // Ring carbons that still carry a hydrogen.
  const free = (): number[] => labels.flatMap((l, a) => (l === C && ring[a].length === 2 && !substituted.has(a) ? [a] : []));
  const take = (): number | null => {
    const sites = free();
    if (sites.length === 0) return null;
    const a = rng.pick(sites);
    substituted.add(a);
    return a;
  };

  if (rng.bernoulli(LINKED_PHENYL)) {
    const at = take();
    if (at !== null) {
      const first = labels.length;
      for (let i = 0; i < 6; i++) {
        labels.push(C);
        ring.push([]);
      }
      for (let i = 0; i < 6; i++) {
        const [a, b] = [first + i, first + ((i + 1) % 6)];
        edges.push([a, b]);
        ring[a].push(b);
        ring[b].push(a);
      }
      edges.push([at, first]);
      substituted.add(first);
    }
  }
  if (rng.bernoulli(AZA)) {
    const sites = free();
    if (sites.length > 0) labels[rng.pick(sites)] = N;
  }
  const crowded = (a: number): boolean => ring[a].length === 3 || substituted.has(a);
  const nitroSites: number[] = [];
  for (let k = rng.categorical(NITRO_WEIGHTS) + 1; k > 0; k--) {
    const at = take();
    if (at === null) break;
    nitroSites.push(at);
    const n = addAtom(N, at);
    addAtom(O, n);
    addAtom(O, n);
  }
  for (let k = rng.categorical(OTHER_WEIGHTS); k > 0; k--) {
    const at = take();
    if (at === null) break;
    addAtom(OTHER_ATOMS[rng.categorical(OTHER_ATOM_WEIGHTS)], at);
  }
  // Crowding is read once every substituent is on: a later neighbour crowds an earlier nitro group too.
  const crowding = nitroSites.map((s) => ring[s].filter(crowded).length);
  const graph = graphFromEdges(labels.length, edges, labels, 0);
  const m = { graph, fusedRings, crowding };
  return { ...m, graph: { ...graph, label: isMutagenic(m) ? 1 : 0 } };
}

/** `count` molecules labelled by the rule, then labels flipped with probability labelNoise. */
export function nitroareneDataset(count: number, labelNoise: number, rng: Rng): Graph[] {
  return Array.from({ length: count }, () => {
    const g = nitroarene(rng).graph;
    return rng.bernoulli(labelNoise) ? { ...g, label: 1 - (g.label ?? 0) } : g;
  });
}
