import { describe, expect, it } from 'vitest';
import { presetParams } from '../../core/params/presets';
import type { GraphArtifact, VGraphRecording } from './experiment';
import { vgraphSchema } from './params';
import { vgraphPresets } from './presets';
import { graphKey } from './graphKey';
import { shownGraph } from './shownGraph';

const karate = presetParams(vgraphSchema, vgraphPresets, 'default');
const planted = presetParams(vgraphSchema, vgraphPresets, 'planted');
const g = (name: string): GraphArtifact => ({ name, n: 2, edges: [[0, 1]], x: [0, 1], y: [0, 1], truth: [[0], [1]], overlapping: false });
const rec: VGraphRecording = { rows: [], tweaks: [], progress: null, artifacts: { graph: g('recorded karate'), louvain: { community: [0, 1], count: 2, scores: { modularity: 0, crossing: 0 } } } };
const preview = { graph: g('preview') };
const view = (params = karate, seed = 1) => ({ params, seed, active: false, origin: { kind: 'recorded', run: { params: karate, seed: 1 } }, startedWith: null });

describe('shownGraph', () => {
  it('shows the recording (with its communities) while the graph chosen is the one it was made with', () => {
    const s = shownGraph(rec, view(), null, preview);
    expect(s.graph?.name).toBe('recorded karate');
    expect(s.trained).toBe(true);
    expect(s.louvain).not.toBeNull();
    // k, λ or epochs do not change the graph.
    expect(shownGraph(rec, view({ ...karate, k: 5, lambda: 1 }), null, preview).trained).toBe(true);
  });

  it('shows the preview of the chosen graph, without communities, once the graph or the seed differs', () => {
    for (const s of [shownGraph(rec, view(planted), null, preview), shownGraph(rec, view(karate, 2), null, preview)]) {
      expect(s.graph?.name).toBe('preview');
      expect(s.trained).toBe(false);
      expect(s.louvain).toBeNull();
    }
    expect(shownGraph(rec, view(planted), null, { graph: null, why: 'too big' }).why).toBe('too big');
  });

  it('keys a planted graph on its block fields and the karate club on the seed alone', () => {
    expect(graphKey({ ...planted, pIn: 0.5 }, 1, null)).not.toBe(graphKey(planted, 1, null));
    expect(graphKey({ ...karate, pIn: 0.5 }, 1, null)).toBe(graphKey(karate, 1, null));
    expect(graphKey(karate, 2, null)).not.toBe(graphKey(karate, 1, null));
  });
});
