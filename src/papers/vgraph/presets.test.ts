import { describe, expect, it } from 'vitest';
import { presetProblems } from '../../core/params/presetProblems';
import { presetParams } from '../../core/params/presets';
import { Rng } from '../../core/rng';
import { checkTrainable, makeGraph } from './data';
import { vgraphSchema } from './params';
import { vgraphPresets } from './presets';
import { readoutReference } from './readoutReference';

describe('vgraphPresets', () => {
  it('are valid against the schema, with tiny, default, paper-like and claims', () => {
    expect(Object.keys(vgraphPresets)).toEqual(expect.arrayContaining(['tiny', 'default', 'paper-like', 'claims', 'planted', 'overlapping', 'bench']));
    expect(presetProblems(vgraphSchema, vgraphPresets)).toEqual([]);
  });
  it('build trainable graphs; bench has 1k to 10k edges', () => {
    for (const name of Object.keys(vgraphPresets)) {
      const d = makeGraph(presetParams(vgraphSchema, vgraphPresets, name), new Rng(1));
      expect(() => checkTrainable(d)).not.toThrow();
      if (name === 'bench') {
        expect(d.graph.edges.length).toBeGreaterThan(1_000);
        expect(d.graph.edges.length).toBeLessThan(10_000);
      }
    }
  });
});

describe('the overlapping preset', () => {
  const p = presetParams(vgraphSchema, vgraphPresets, 'overlapping');
  const reference = (pOut: number) => {
    const d = makeGraph({ ...p, pOut }, new Rng(p.graphSeed).fork('graph'));
    return readoutReference(d.graph.n, d.graph.edges, d.truth!);
  };
  it('has a graph where the paper\'s read-out, every edge read right, beats the truth cut to a partition', () => {
    const r = reference(p.pOut);
    expect(r.edgeReadout).toBeGreaterThan(r.onePerNode + 0.02);
  });
  it('would not at p_out 0.01: edges between blocks outnumber the second memberships', () => {
    const r = reference(0.01);
    expect(r.crossEdges).toBeGreaterThan(p.blocks * p.overlap);
    expect(r.edgeReadout).toBeLessThan(r.onePerNode);
  });
});

describe('makeGraph', () => {
  const p = presetParams(vgraphSchema, vgraphPresets, 'default');
  it('gives the karate factions as ground truth and overlap where asked', () => {
    const k = makeGraph(p, new Rng(1));
    expect(k.graph.n).toBe(34);
    expect(k.truth!.filter((t) => t[0] === 1)).toHaveLength(17);
    const o = makeGraph({ ...p, graph: 'overlapping', blocks: 3, blockSize: 10, overlap: 2 }, new Rng(1));
    expect(o.overlapping).toBe(true);
    expect(o.truth!.filter((t) => t.length === 2)).toHaveLength(6);
  });
  it('explains what is wrong instead of failing later', () => {
    expect(() => makeGraph({ ...p, graph: 'upload' }, new Rng(1))).toThrow(/No edge list loaded/);
    expect(() => checkTrainable(makeGraph({ ...p, graph: 'planted', pIn: 0.01, pOut: 0, blocks: 2, blockSize: 4 }, new Rng(1)))).toThrow(/no edges/);
    expect(() => checkTrainable(makeGraph({ ...p, graph: 'planted', pIn: 1, pOut: 0.5, blocks: 20, blockSize: 50 }, new Rng(1)))).toThrow(/too large/);
  });
});
