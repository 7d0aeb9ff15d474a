import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { graphFromEdges } from '../../core/graph/graph';
import { presetParams } from '../../core/params/presets';
import { metric, series } from '../../core/runner/RunRecorder';
import { drive, expectCleanRun, firstRows, stopAndResume } from '../../core/runner/testing';
import { vgraphExperiment, type VGraphRunParams } from './experiment';
import { vgraphSchema } from './params';
import { vgraphPresets } from './presets';

const tf = await initNodeBackend('wasm');
const TINY = presetParams(vgraphSchema, vgraphPresets, 'tiny');
const RUN = { tf, backend: 'wasm' as const, seed: 1 };

describe('vgraphExperiment on the tiny preset', () => {
  it('draws the karate club, scores Louvain, trains every epoch, evaluates, and leaks nothing', async () => {
    const run = await drive(vgraphExperiment.run, TINY, RUN);
    expectCleanRun(run);
    const { recording } = run;
    const { graph, louvain, assignment } = recording.artifacts;
    expect(graph?.n).toBe(34);
    expect(graph?.x).toHaveLength(34);
    expect(louvain?.scores.modularity).toBeGreaterThan(0.35);
    const train = recording.rows.filter((r) => metric(r, 'elbo') !== undefined).map((r) => r.values);
    expect(train).toHaveLength(TINY.epochs);
    for (const r of train) {
      expect(r.elbo).toBeCloseTo(-((r.recon ?? NaN) + (r.kl ?? NaN)), 5);
      expect(r.kl).toBeGreaterThanOrEqual(-1e-5);
      expect(r.edgesPerSec).toBeGreaterThan(0);
    }
    // Reconstruction starts near log(34) (a uniform decoder) and falls.
    const recon = series(recording.rows, 'recon').y;
    expect(recon[0]).toBeGreaterThan(3);
    expect(recon[recon.length - 1]).toBeLessThan(recon[0]);
    expect(series(recording.rows, 'modularity').x).toHaveLength(Math.ceil(TINY.epochs / TINY.evalEvery));
    expect(assignment?.epoch).toBe(TINY.epochs);
    expect(assignment?.community).toHaveLength(34);
    expect(assignment?.embedding.x).toHaveLength(34);
    expect(assignment?.scores.nmi).toBeGreaterThanOrEqual(0);
  });

  it('hands out its embeddings, and a run started from them loads every table', async () => {
    const first = await drive(vgraphExperiment.run, TINY, RUN);
    const again = await drive(vgraphExperiment.run, TINY, { ...RUN, weights: first.recording.artifacts.weights });
    expect(again.status.state).toBe('done');
    expect(again.recording.artifacts.weightsLoaded).toMatch(/^vGraph: all \d+ tensors from the loaded weights/);
    expect(series(again.recording.rows, 'loss').y[0]).toBeLessThan(series(first.recording.rows, 'loss').y[0]);
  });

  it('stopped at a checkpoint (a lost GPU device) and resumed from it, goes on exactly as if it had never stopped', async () => {
    // τ anneals every 5 epochs, so the resumed run must carry τ, Adam's moments and the noise stream to match.
    const params = { ...TINY, annealEvery: 5 };
    const whole = await drive(vgraphExperiment.run, params, RUN);
    const resumed = await stopAndResume(vgraphExperiment.run, params, { ...RUN, afterCheckpoints: 2 });
    expect(resumed.checkpoint.step).toBe(2 * TINY.evalEvery);
    expect(resumed.status.state).toBe('done');
    expect(resumed.leaked).toBe(0);
    const timeless = (rows: readonly { step: number; values: Record<string, number | undefined> }[]) => rows.map(({ step, values: { edgesPerSec: _, ...rest } }) => ({ step, ...rest }));
    expect(timeless(resumed.rows)).toEqual(timeless(whole.recording.rows));
    expect(resumed.artifacts.assignment?.community).toEqual(whole.recording.artifacts.assignment?.community);
    expect(new Set(series(whole.recording.rows, 'tau').y).size).toBeGreaterThan(2);
  });

  it('trains an uploaded graph, with no ground truth scores', async () => {
    const upload = { name: 'two triangles', graph: graphFromEdges(6, [[0, 1], [1, 2], [0, 2], [3, 4], [4, 5], [3, 5], [2, 3]]), names: ['a', 'b', 'c', 'd', 'e', 'f'] };
    const params: VGraphRunParams = { ...TINY, graph: 'upload', epochs: 5, upload };
    const { status, recording } = await drive(vgraphExperiment.run, params, RUN);
    expect(status.state).toBe('done');
    expect(recording.artifacts.assignment?.scores.nmi).toBeUndefined();
    expect(recording.artifacts.assignment?.memberships).toHaveLength(6);
  });

  it('closed mid-run, releases every tensor; an impossible graph stops with a message', async () => {
    const before = tf.memory().numTensors;
    const { rows } = await firstRows(vgraphExperiment.run, TINY, { ...RUN, rows: 5 });
    expect(rows).toHaveLength(5);
    expect(tf.memory().numTensors).toBe(before);
    const stopped = await drive(vgraphExperiment.run, TINY, { ...RUN, signal: AbortSignal.abort() });
    expect(stopped.status.state).toBe('stopped');
    expect(stopped.leaked).toBe(0);
    const bad = await drive(vgraphExperiment.run, { ...TINY, graph: 'upload' }, RUN);
    expect(bad.status.state).toBe('error');
    expect(bad.status.message).toMatch(/No edge list loaded/);
  });
});
