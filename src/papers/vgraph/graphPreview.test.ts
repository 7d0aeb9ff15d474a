import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { presetParams } from '../../core/params/presets';
import { drive } from '../../core/runner/testing';
import { vgraphExperiment } from './experiment';
import { graphPreview, PREVIEW_MAX_NODES } from './graphPreview';
import { vgraphSchema } from './params';
import { vgraphPresets } from './presets';

const tf = await initNodeBackend('wasm');
const preset = (name: string) => presetParams(vgraphSchema, vgraphPresets, name);

/** The graph a one-epoch run draws. */
async function runGraph(name: string, seed: number) {
  const { recording } = await drive(vgraphExperiment.run, { ...preset(name), epochs: 1 }, { tf, backend: 'wasm', seed });
  return recording.artifacts.graph;
}

describe('graphPreview', () => {
  it('is the graph and layout the run draws, for the karate club and a planted partition', async () => {
    for (const [name, seed] of [['default', 3], ['planted', 7]] as const) {
      const pv = graphPreview(preset(name), seed);
      expect(pv.graph).not.toBeNull();
      expect(pv.graph).toEqual(await runGraph(name, seed));
    }
  });

  it('draws a planted graph from the graph seed: a new run seed keeps the edges, a new graph seed changes them', () => {
    const edges = (graphSeed: number, seed: number) => graphPreview({ ...preset('planted'), graphSeed }, seed).graph?.edges;
    expect(edges(1, 2)).toEqual(edges(1, 1));
    expect(edges(2, 1)).not.toEqual(edges(1, 1));
  });

  it('colours the karate club by its two factions and says why a large or missing graph is not drawn', () => {
    const pv = graphPreview(preset('default'), 1);
    expect(pv.graph?.truth?.flat().sort()).toContain(1);
    expect(new Set(pv.graph?.truth?.flat())).toEqual(new Set([0, 1]));
    const big = graphPreview({ ...preset('planted'), blocks: 10, blockSize: 101 }, 1);
    expect(big.graph).toBeNull();
    expect(big.graph === null && big.why).toMatch(String(10 * 101));
    expect(10 * 101).toBeGreaterThan(PREVIEW_MAX_NODES);
    const none = graphPreview({ ...preset('default'), graph: 'upload' }, 1);
    expect(none.graph === null && none.why).toMatch(/edge list/);
  });
});
