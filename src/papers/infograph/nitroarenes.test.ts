import { describe, expect, it } from 'vitest';
import { neighbours, type Graph } from '../../core/graph/graph';
import { Rng } from '../../core/rng';
import { ATOMS } from './mutagLike';
import { isMutagenic, nitroarene, nitroareneDataset } from './nitroarenes';
import { polyhex } from './polyhex';

const [N, O] = [1, 2];

/** Atoms on a cycle: peel atoms of degree ≤ 1 until none is left. */
function ringAtoms(adj: number[][]): Set<number> {
  const deg = adj.map((a) => a.length);
  const alive = new Set(adj.map((_, v) => v));
  for (let changed = true; changed;) {
    changed = false;
    for (const v of alive) {
      if (deg[v] > 1) continue;
      alive.delete(v);
      for (const w of adj[v]) deg[w]--;
      changed = true;
    }
  }
  return alive;
}

/** The rule read from the graph alone (independent of the generator's bookkeeping). */
function ruleFromGraph(g: Graph): { nitro: number; conjugated: number; largestFused: number; mutagenic: boolean } {
  const adj = neighbours(g);
  const L = g.nodeLabels!;
  const ring = ringAtoms(adj);
  // Nitro groups: N bonded to two terminal O and to one ring atom.
  const nitroCarbons = L.flatMap((l, v) => {
    if (l !== N || adj[v].filter((w) => L[w] === O && adj[w].length === 1).length !== 2 || adj[v].length !== 3) return [];
    return adj[v].filter((w) => ring.has(w));
  });
  // A ring atom with three bonds is a fusion atom or carries a substituent: it crowds its neighbours.
  const conjugated = nitroCarbons.filter((c) => adj[c].filter((a) => ring.has(a) && adj[a].length === 3).length < 2).length;
  // Fused systems: ring atoms joined by ring bonds that are not bridges; each system's rings = bonds − atoms + 1.
  const ringBonds = g.edges.filter(([u, v]) => ring.has(u) && ring.has(v));
  const connected = (bonds: [number, number][], from: number, to: number): boolean => {
    const seen = new Set([from]);
    const stack = [from];
    while (stack.length) {
      const v = stack.pop()!;
      if (v === to) return true;
      for (const [a, b] of bonds) for (const [x, y] of [[a, b], [b, a]]) if (x === v && !seen.has(y)) { seen.add(y); stack.push(y); }
    }
    return false;
  };
  const fusedBonds = ringBonds.filter((e, i) => connected(ringBonds.filter((_, j) => j !== i), e[0], e[1]));
  let largestFused = 0;
  const done = new Set<number>();
  for (const start of ring) {
    if (done.has(start)) continue;
    const atoms = [...ring].filter((v) => v === start || connected(fusedBonds, start, v));
    atoms.forEach((v) => done.add(v));
    const bonds = fusedBonds.filter(([u]) => atoms.includes(u)).length;
    largestFused = Math.max(largestFused, bonds - atoms.length + 1);
  }
  return { nitro: nitroCarbons.length, conjugated, largestFused, mutagenic: conjugated >= 1 && (largestFused >= 3 || conjugated >= 2) };
}

describe('polyhex ring systems', () => {
  it('k fused hexagons: k rings (bonds − atoms + 1), atoms of two or three ring bonds, benzene and naphthalene exact', () => {
    const rng = new Rng(11);
    expect(polyhex(1, rng)).toMatchObject({ n: 6 });
    expect(polyhex(1, rng).edges.length).toBe(6);
    const naphthalene = polyhex(2, rng);
    expect([naphthalene.n, naphthalene.edges.length]).toEqual([10, 11]);
    for (let k = 1; k <= 6; k++) {
      for (let t = 0; t < 20; t++) {
        const s = polyhex(k, rng);
        expect(s.rings.length).toBe(k);
        expect(s.edges.length - s.n + 1).toBe(k);
        const deg = new Array<number>(s.n).fill(0);
        for (const [u, v] of s.edges) {
          expect(u).toBeLessThan(v);
          deg[u]++;
          deg[v]++;
        }
        expect(deg.every((d) => d === 2 || d === 3)).toBe(true);
      }
    }
    expect(() => polyhex(0, rng)).toThrow(/rings ≥ 1/);
  });
});

describe('MUTAG-like nitroarenes', () => {
  const mols = Array.from({ length: 600 }, ((rng) => () => nitroarene(rng))(new Rng(1)));

  it('are the same molecules for the same seed and different ones for another', () => {
    expect(nitroareneDataset(50, 0.1, new Rng(4))).toEqual(nitroareneDataset(50, 0.1, new Rng(4)));
    expect(nitroareneDataset(50, 0.1, new Rng(5))).not.toEqual(nitroareneDataset(50, 0.1, new Rng(4)));
  });

  it('every molecule carries a nitro group on a ring, and its label is the rule read from the graph alone', () => {
    for (const m of mols) {
      const r = ruleFromGraph(m.graph);
      expect(r.nitro).toBeGreaterThanOrEqual(1);
      expect(r.nitro).toBe(m.crowding.length);
      expect(r.largestFused).toBe(m.fusedRings);
      expect(r.mutagenic).toBe(isMutagenic(m));
      expect(m.graph.label).toBe(r.mutagenic ? 1 : 0);
    }
    // Every branch of the rule occurs: small systems with one and with two conjugated groups, large systems, crowded groups.
    const seen = new Set(mols.map((m) => { const r = ruleFromGraph(m.graph); return `${r.largestFused >= 3}/${Math.min(r.conjugated, 2)}`; }));
    expect([...seen].sort()).toEqual(['false/0', 'false/1', 'false/2', 'true/0', 'true/1', 'true/2']);
  });

  it('look like MUTAG: about 18 atoms and 20 bonds, its seven atom types in like shares, two thirds mutagenic', () => {
    const mean = (f: (g: Graph) => number) => mols.reduce((a, m) => a + f(m.graph), 0) / mols.length;
    expect(mean((g) => g.n)).toBeGreaterThan(17);
    expect(mean((g) => g.n)).toBeLessThan(19);
    expect(mean((g) => g.edges.length)).toBeGreaterThan(18.8);
    expect(mean((g) => g.edges.length)).toBeLessThan(20.8);
    const counts = new Array<number>(ATOMS.length).fill(0);
    for (const m of mols) for (const l of m.graph.nodeLabels!) counts[l]++;
    const total = counts.reduce((a, b) => a + b, 0);
    const share = (atom: string) => counts[ATOMS.indexOf(atom as (typeof ATOMS)[number])] / total;
    expect(share('C')).toBeGreaterThan(0.65);
    expect(share('C')).toBeLessThan(0.8);
    expect(share('O')).toBeGreaterThan(0.12);
    expect(share('O')).toBeLessThan(0.22);
    expect(share('N')).toBeGreaterThan(0.06);
    expect(share('N')).toBeLessThan(0.14);
    expect(mean((g) => g.label ?? 0)).toBeGreaterThan(125 / 188 - 0.05);
    expect(mean((g) => g.label ?? 0)).toBeLessThan(125 / 188 + 0.05);
  });

  it('flips the asked fraction of labels', () => {
    const noisy = nitroareneDataset(600, 0.2, new Rng(1));
    const flipped = noisy.filter((g) => ruleFromGraph(g).mutagenic !== (g.label === 1)).length / noisy.length;
    expect(Math.abs(flipped - 0.2)).toBeLessThan(0.05);
  });
});
