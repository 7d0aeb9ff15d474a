import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { degrees } from './graph';
import { houseGraph, plantMotif } from './motifs';
import { barabasiAlbert, connectComponents, erdosRenyi, stochasticBlockModel } from './randomGraphs';

describe('random graphs', () => {
  it('Barabási–Albert has m(n-m-1)+m edges and a hub', () => {
    const g = barabasiAlbert(40, 2, new Rng(1));
    expect(g.edges.length).toBe(2 + 2 * (40 - 3));
    expect(Math.max(...degrees(g))).toBeGreaterThan(6);
  });
  it('Erdős–Rényi has about p·n(n-1)/2 edges; SBM is denser within blocks', () => {
    const g = erdosRenyi(60, 0.2, new Rng(2));
    expect(Math.abs(g.edges.length - 0.2 * 1770)).toBeLessThan(60);
    const s = stochasticBlockModel([20, 20], 0.5, 0.02, new Rng(3));
    const within = s.edges.filter(([u, v]) => s.nodeLabels![u] === s.nodeLabels![v]).length;
    expect(within).toBeGreaterThan(5 * (s.edges.length - within));
  });
  it('connectComponents and plantMotif keep a simple graph', () => {
    const g = connectComponents(erdosRenyi(30, 0.02, new Rng(4)), new Rng(5));
    const h = plantMotif(g, houseGraph(), new Rng(6));
    expect(h.n).toBe(35);
    expect(h.edges.length).toBe(g.edges.length + 6 + 1);
    expect(new Set(h.edges.map(([u, v]) => `${u}-${v}`)).size).toBe(h.edges.length);
    expect(h.edges.every(([u, v]) => u < v)).toBe(true);
  });
  it('is reproducible from the seed', () => {
    expect(erdosRenyi(20, 0.3, new Rng(7))).toEqual(erdosRenyi(20, 0.3, new Rng(7)));
  });
});
