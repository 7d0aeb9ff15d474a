import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { graphFromEdges } from '../../core/graph/graph';
import { presetParams } from '../../core/params/presets';
import { driveExperiment } from '../../core/runner/driveExperiment';
import type { EventBatch } from '../../core/runner/protocol';
import { RunControl } from '../../core/runner/RunControl';
import type { NamedWeights } from '../../core/weights/namedWeights';
import type { AssignmentArtifact, BaselineArtifact, GraphArtifact, VGraphRunParams } from './experiment';
import { vgraphExperiment } from './experiment';
import { vgraphSchema } from './params';
import { vgraphPresets } from './presets';

const tf = await initNodeBackend('wasm');
const TINY = presetParams(vgraphSchema, vgraphPresets, 'tiny');

async function drive(params: VGraphRunParams, stopAfter = Infinity, weights?: NamedWeights) {
  const control = new RunControl();
  const artifacts: Record<string, unknown> = {};
  const rows: Record<string, number>[] = [];
  const final = await driveExperiment({
    experiment: vgraphExperiment, params, seed: 1, tf, backend: 'wasm', control, flushMs: 0, weights,
    onBatch: (b: EventBatch) => {
      for (const m of b.metrics) rows.push(m.values);
      Object.assign(artifacts, b.artifacts);
      if (rows.length >= stopAfter) control.stop();
    },
  });
  return { final, artifacts, rows };
}

describe('vgraphExperiment on the tiny preset', () => {
  it('draws the karate club, scores Louvain, trains every epoch, evaluates, and leaks nothing', async () => {
    const before = tf.memory().numTensors;
    const { final, artifacts, rows } = await drive(TINY);
    expect(final.state).toBe('done');
    expect(final.tensorsAtLastStep).toBe(final.tensorsAtFirstStep);
    expect(tf.memory().numTensors).toBe(before);
    const g = artifacts.graph as GraphArtifact;
    expect(g.n).toBe(34);
    expect(g.x).toHaveLength(34);
    const lv = artifacts.louvain as BaselineArtifact;
    expect(lv.scores.modularity).toBeGreaterThan(0.35);
    const train = rows.filter((r) => r.elbo !== undefined);
    expect(train).toHaveLength(TINY.epochs);
    for (const r of train) {
      expect(r.elbo).toBeCloseTo(-(r.recon + r.kl), 5);
      expect(r.kl).toBeGreaterThanOrEqual(-1e-5);
      expect(r.edgesPerSec).toBeGreaterThan(0);
    }
    // Reconstruction starts near log(34) (a uniform decoder) and falls.
    expect(train[0].recon).toBeGreaterThan(3);
    expect(train[train.length - 1].recon).toBeLessThan(train[0].recon);
    const evals = rows.filter((r) => r.modularity !== undefined);
    expect(evals).toHaveLength(Math.ceil(TINY.epochs / TINY.evalEvery));
    const a = artifacts.assignment as AssignmentArtifact;
    expect(a.epoch).toBe(TINY.epochs);
    expect(a.community).toHaveLength(34);
    expect(a.embedding.x).toHaveLength(34);
    expect(a.scores.nmi).toBeGreaterThanOrEqual(0);
  });

  it('hands out its embeddings, and a run started from them loads every table', async () => {
    const first = await drive(TINY);
    const again = await drive(TINY, Infinity, first.artifacts.weights as NamedWeights);
    expect(again.final.state).toBe('done');
    expect(again.artifacts.weightsLoaded).toMatch(/^vGraph: all \d+ tensors from the loaded weights/);
    expect(again.rows.find((r) => r.loss !== undefined)!.loss).toBeLessThan(first.rows.find((r) => r.loss !== undefined)!.loss);
  });

  it('trains an uploaded graph, with no ground truth scores', async () => {
    const upload = { name: 'two triangles', graph: graphFromEdges(6, [[0, 1], [1, 2], [0, 2], [3, 4], [4, 5], [3, 5], [2, 3]]), names: ['a', 'b', 'c', 'd', 'e', 'f'] };
    const { final, artifacts } = await drive({ ...TINY, graph: 'upload', epochs: 5, upload });
    expect(final.state).toBe('done');
    const a = artifacts.assignment as AssignmentArtifact;
    expect(a.scores.nmi).toBeUndefined();
    expect(a.memberships).toHaveLength(6);
  });

  it('stops mid-run and releases every tensor; an impossible graph stops with a message', async () => {
    const before = tf.memory().numTensors;
    const { final } = await drive(TINY, 5);
    expect(final.state).toBe('stopped');
    expect(tf.memory().numTensors).toBe(before);
    const bad = await drive({ ...TINY, graph: 'upload' });
    expect(bad.final.state).toBe('error');
    expect(bad.final.message).toMatch(/No edge list loaded/);
  });
});
