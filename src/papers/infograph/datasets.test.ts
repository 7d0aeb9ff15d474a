import { describe, expect, it } from 'vitest';
import { neighbours, type Graph } from '../../core/graph/graph';
import { Rng } from '../../core/rng';
import { makeGraphSet } from './dataset';
import { motifDataset } from './motifGraphs';
import { ATOMS, mutagLikeDataset, mutagLikeMolecule } from './mutagLike';
import { presetParams } from '../../core/params/presets';
import { infographSchema } from './params';
import { infographPresets } from './presets';
import { socialDataset } from './socialGraphs';

const [C, N, O] = [0, 1, 2];

/** Independent check of the rule: an N bonded to two O and to a carbon that lies on a 6-ring of carbons. */
function nitroOnRing(g: Graph): boolean {
  const adj = neighbours(g);
  const L = g.nodeLabels!;
  const onRing = (c: number): boolean => {
    // Is there a cycle of length 6 through c using only carbons?
    const search = (v: number, depth: number, seen: number[]): boolean =>
      adj[v].some((w) => L[w] === C && ((depth === 5 && w === c) || (depth < 5 && !seen.includes(w) && search(w, depth + 1, [...seen, w]))));
    return search(c, 0, [c]);
  };
  return L.some((l, v) => l === N && adj[v].filter((w) => L[w] === O).length === 2 && adj[v].some((w) => L[w] === C && onRing(w)));
}

describe('MUTAG-like molecules', () => {
  it('follow the nitro-on-a-ring rule, use the 7 MUTAG atom types, and look like MUTAG in size', () => {
    const rng = new Rng(1);
    const mols = Array.from({ length: 200 }, (_, i) => mutagLikeMolecule(i % 2 === 0, rng));
    for (const g of mols) {
      expect(nitroOnRing(g)).toBe(g.label === 1);
      expect(g.nodeLabels!.every((l) => l >= 0 && l < ATOMS.length)).toBe(true);
    }
    const mean = mols.reduce((a, g) => a + g.n, 0) / mols.length;
    expect(mean).toBeGreaterThan(12);
    expect(mean).toBeLessThan(26);
  });

  it('has about MUTAG\'s class share and flips the asked fraction of labels', () => {
    const clean = mutagLikeDataset(400, 0, new Rng(2));
    const share = clean.filter((g) => g.label === 1).length / 400;
    expect(Math.abs(share - 125 / 188)).toBeLessThan(0.08);
    const noisy = mutagLikeDataset(400, 0.2, new Rng(2));
    const flipped = noisy.filter((g) => nitroOnRing(g) !== (g.label === 1)).length / 400;
    expect(Math.abs(flipped - 0.2)).toBeLessThan(0.06);
  });
});

describe('motif and social graphs', () => {
  it('motif graphs: balanced and of the asked size', () => {
    const gs = motifDataset(40, 20, 0, new Rng(3));
    expect(gs.filter((g) => g.label === 0).length).toBe(20);
    for (const g of gs) expect(g.n).toBe(20);
  });

  it('social graphs: three balanced classes of the same size and similar mean degree', () => {
    const gs = socialDataset(90, 32, 0, new Rng(4));
    const meanDegree = (cls: number) => {
      const s = gs.filter((g) => g.label === cls);
      return s.reduce((a, g) => a + (2 * g.edges.length) / g.n, 0) / s.length;
    };
    for (const cls of [0, 1, 2]) {
      expect(gs.filter((g) => g.label === cls).length).toBe(30);
      expect(meanDegree(cls)).toBeGreaterThan(3);
      expect(meanDegree(cls)).toBeLessThan(5);
    }
    for (const g of gs) expect(g.n).toBe(32);
  });

  it('makeGraphSet gives features of the declared width and explains a missing upload', () => {
    const p = presetParams(infographSchema, infographPresets, 'tiny');
    for (const dataset of ['nitroarenes', 'mutag', 'motif', 'social'] as const) {
      const set = makeGraphSet({ ...p, dataset }, new Rng(5));
      expect(set.features(set.graphs[0]).length).toBe(set.graphs[0].n * set.F);
      expect(set.labels.length).toBe(p.graphs);
    }
    expect(() => makeGraphSet({ ...p, dataset: 'upload' }, new Rng(5))).toThrow(/load them/);
  });
});
