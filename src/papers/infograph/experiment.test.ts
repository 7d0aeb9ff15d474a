import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { parseTu } from '../../core/graph/tuFormat';
import { presetParams } from '../../core/params/presets';
import { driveExperiment } from '../../core/runner/driveExperiment';
import type { EventBatch } from '../../core/runner/protocol';
import { RunControl } from '../../core/runner/RunControl';
import type { NamedWeights } from '../../core/weights/namedWeights';
import type { DatasetInfo } from './dataset';
import type { EmbeddingMap, InfographRunParams, NodeScores, Results } from './experiment';
import { infographExperiment } from './experiment';
import { graphPreview } from './graphPreview';
import { infographSchema } from './params';
import { infographPresets } from './presets';
import { mapTraces } from './plots';
import { toyTuFiles } from './tuFixture';

const tf = await initNodeBackend('wasm');
const TINY = presetParams(infographSchema, infographPresets, 'tiny');

async function drive(params: InfographRunParams, stopAfter = Infinity, weights?: NamedWeights) {
  const control = new RunControl();
  const rows: Record<string, number>[] = [];
  const artifacts: Record<string, unknown> = {};
  const maps: EmbeddingMap[] = [];
  const final = await driveExperiment({
    experiment: infographExperiment, params, seed: 3, tf, backend: 'wasm', control, flushMs: 0, weights,
    onBatch: (b: EventBatch) => {
      for (const m of b.metrics) rows.push(m.values);
      if (b.artifacts.map) maps.push(b.artifacts.map as EmbeddingMap);
      Object.assign(artifacts, b.artifacts);
      if (rows.length >= stopAfter) control.stop();
    },
  });
  return { final, rows, artifacts, maps };
}

describe('infographExperiment on the tiny preset', () => {
  it('trains, maps every graph, scores the drawn graph, reports all three accuracies, and leaks nothing', async () => {
    const before = tf.memory().numTensors;
    const { final, rows, artifacts, maps } = await drive(TINY);
    expect(final.state).toBe('done');
    expect(final.tensorsAtLastStep).toBe(final.tensorsAtFirstStep);
    expect(tf.memory().numTensors).toBe(before);

    const info = artifacts.dataset as DatasetInfo;
    expect(info.count).toBe(TINY.graphs);
    const train = rows.filter((r) => r.mi !== undefined);
    expect(train.length).toBe(TINY.epochs * Math.ceil(TINY.graphs / TINY.batchSize));
    expect(train.every((r) => Number.isFinite(r.loss) && Math.abs(r.mi + r.loss) < 1e-5 && r.graphsPerSec > 0)).toBe(true);
    // Epoch 0 (untrained) and every epoch after (mapEvery 1).
    expect(maps.map((m) => m.epoch)).toEqual([0, 1, 2]);
    const last = maps[maps.length - 1];
    expect(last.x.length).toBe(TINY.graphs);
    expect(mapTraces(last).reduce((a, t) => a + ((t as { x: number[] }).x.length), 0)).toBe(TINY.graphs);

    const scores = artifacts.scores as NodeScores;
    expect(scores.scores.length).toBe(scores.graph.n);
    expect(scores.x.length).toBe(scores.graph.n);
    // What the panel draws before any run is this run's data set and drawn graph, at the same place.
    const preview = graphPreview(TINY, 3);
    expect(preview?.info).toEqual(info);
    expect(preview?.graph).toEqual(scores.graph);
    expect(preview?.x).toEqual(scores.x);
    expect(preview?.y).toEqual(scores.y);
    const res = artifacts.results as Results;
    expect(res.untrained.perFold.length).toBe(TINY.folds);
    expect(res.infograph!.perFold.length).toBe(TINY.folds);
    expect(res.supervised!.perFold.length).toBe(TINY.folds);
    for (const r of [res.untrained, res.infograph!, res.supervised!]) {
      expect(r.mean).toBeGreaterThanOrEqual(0);
      expect(r.mean).toBeLessThanOrEqual(1);
    }
  });

  it('hands out the encoder\'s weights, and a run started from them loads them all', async () => {
    const first = await drive(TINY);
    const again = await drive(TINY, Infinity, first.artifacts.weights as NamedWeights);
    expect(again.final.state).toBe('done');
    expect(again.artifacts.weightsLoaded).toMatch(/^InfoGraph: all \d+ tensors from the loaded weights/);
    expect(again.rows.find((r) => r.loss !== undefined)!.loss).not.toBe(first.rows.find((r) => r.loss !== undefined)!.loss);
  });

  it('is reproducible from the seed', async () => {
    const a = await drive({ ...TINY, supEpochs: 0, epochs: 1 });
    const b = await drive({ ...TINY, supEpochs: 0, epochs: 1 });
    expect(a.rows.map((r) => r.loss)).toEqual(b.rows.map((r) => r.loss));
  });

  it('stops mid-run and releases every tensor', async () => {
    const before = tf.memory().numTensors;
    const { final, artifacts } = await drive(TINY, 3);
    expect(final.state).toBe('stopped');
    expect((artifacts.results as Results | undefined)?.infograph ?? null).toBeNull();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('runs on uploaded TU graphs and explains what is missing otherwise', async () => {
    const upload = parseTu('TOY', toyTuFiles());
    const { final, artifacts } = await drive({ ...TINY, dataset: 'upload', folds: 2, epochs: 1, supEpochs: 0, upload });
    expect(final.state).toBe('done');
    expect((artifacts.dataset as DatasetInfo).classNames).toEqual(['class -1', 'class 1']);
    const missing = await drive({ ...TINY, dataset: 'upload' });
    expect(missing.final.state).toBe('error');
    expect(missing.final.message).toMatch(/load them/);
  });

  it('refuses a set too small for its folds, with the reason', async () => {
    const { final } = await drive({ ...TINY, graphs: 12, folds: 10 });
    expect(final.state).toBe('error');
    expect(final.message).toMatch(/too few for 10-fold/);
  });
});
