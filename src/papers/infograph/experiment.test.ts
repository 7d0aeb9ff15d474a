import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { parseTu } from '../../core/graph/tuFormat';
import { presetParams } from '../../core/params/presets';
import { metric } from '../../core/runner/RunRecorder';
import type { RunToEndOptions } from '../../core/runner/runToEnd';
import { drive, expectCleanRun, stopAndResume } from '../../core/runner/testing';
import { infographExperiment, type EmbeddingMap, type InfographRunParams } from './experiment';
import { graphPreview } from './graphPreview';
import { infographSchema } from './params';
import { infographPresets } from './presets';
import { mapFigure } from './plots/map';
import { toyTuFiles } from './tuFixture';

const tf = await initNodeBackend('wasm');
const TINY = presetParams(infographSchema, infographPresets, 'tiny');
const RUN = { tf, backend: 'wasm' as const, seed: 3 };

/** The experiment, with every map it draws kept (the recording holds only the latest). */
function keepingMaps(maps: EmbeddingMap[]): typeof infographExperiment.run {
  return async function* (params, ctx) {
    for await (const event of infographExperiment.run(params, ctx)) {
      if (event.kind === 'artifact' && event.name === 'map') maps.push(event.data);
      yield event;
    }
  };
}

/** The experiment, stopping the run (as the reader's Stop does) after its first `rows` rows. */
function stoppingAfter(rows: number, stop: AbortController): typeof infographExperiment.run {
  return async function* (params, ctx) {
    let n = 0;
    for await (const event of infographExperiment.run(params, ctx)) {
      yield event;
      if (event.kind === 'metrics' && ++n >= rows) stop.abort();
    }
  };
}

const run = (params: InfographRunParams, more: Partial<RunToEndOptions> = {}) => drive(infographExperiment.run, params, { ...RUN, ...more });

describe('infographExperiment on the tiny preset', () => {
  it('trains, maps every graph, scores the drawn graph, reports all three accuracies, and leaks nothing', async () => {
    const maps: EmbeddingMap[] = [];
    const run = await drive(keepingMaps(maps), TINY, RUN);
    // Each supervised fold starts a segment: every model's steps hold their tensor count.
    expectCleanRun(run);
    const { recording } = run;

    const { dataset: info, scores, results: res } = recording.artifacts;
    expect(info?.count).toBe(TINY.graphs);
    const train = recording.rows.filter((r) => metric(r, 'mi') !== undefined);
    expect(train.length).toBe(TINY.epochs * Math.ceil(TINY.graphs / TINY.batchSize));
    expect(train.every((r) => {
      const loss = metric(r, 'loss') ?? NaN, mi = metric(r, 'mi') ?? NaN;
      return Number.isFinite(loss) && Math.abs(mi + loss) < 1e-5 && (metric(r, 'graphsPerSec') ?? 0) > 0;
    })).toBe(true);
    // Epoch 0 (untrained) and every epoch after (mapEvery 1).
    expect(maps.map((m) => m.epoch)).toEqual([0, 1, 2]);
    const last = maps[maps.length - 1];
    expect(last.x.length).toBe(TINY.graphs);
    expect(recording.artifacts.map).toEqual(last);
    expect(mapFigure(recording).data.reduce((a, t) => a + ('x' in t && Array.isArray(t.x) ? t.x.length : 0), 0)).toBe(TINY.graphs);

    expect(scores?.scores.length).toBe(scores?.graph.n);
    expect(scores?.x.length).toBe(scores?.graph.n);
    // What the panel draws before any run is this run's data set and drawn graph, at the same place.
    const preview = graphPreview(TINY, RUN.seed);
    expect(preview?.info).toEqual(info);
    expect(preview?.graph).toEqual(scores?.graph);
    expect(preview?.x).toEqual(scores?.x);
    expect(preview?.y).toEqual(scores?.y);
    expect(res?.untrained.perFold.length).toBe(TINY.folds);
    expect(res?.infograph?.perFold.length).toBe(TINY.folds);
    expect(res?.supervised?.perFold.length).toBe(TINY.folds);
    for (const r of [res?.untrained, res?.infograph, res?.supervised]) {
      expect(r?.mean).toBeGreaterThanOrEqual(0);
      expect(r?.mean).toBeLessThanOrEqual(1);
    }
  });

  it('hands out the encoder\'s weights, and a run started from them loads them all', async () => {
    const first = await run(TINY);
    const again = await run(TINY, { weights: first.recording.artifacts.weights });
    expect(again.status.state).toBe('done');
    expect(again.recording.artifacts.weightsLoaded).toMatch(/^InfoGraph: all \d+ tensors from the loaded weights/);
    const firstLoss = (r: typeof first) => r.recording.rows.map((row) => metric(row, 'loss')).find((v) => v !== undefined);
    expect(firstLoss(again)).not.toBe(firstLoss(first));
  });

  it('stopped at a checkpoint (a lost GPU device) and resumed from it, goes on exactly as if it had never stopped', async () => {
    // Four epochs with the prior term: the resumed run must carry Adam's moments, the probes so far, and the batch-order and prior-noise streams.
    const params = { ...TINY, epochs: 4, prior: true };
    const whole = await drive(infographExperiment.run, params, RUN);
    for (const after of [2, 4]) {
      const resumed = await stopAndResume(infographExperiment.run, params, { ...RUN, afterCheckpoints: after });
      expect(resumed.status.state).toBe('done');
      expect(resumed.leaked).toBe(0);
      const timeless = (rows: readonly { step: number; values: Record<string, number | undefined> }[]) => rows.map(({ step, values: { graphsPerSec: _, ...rest } }) => ({ step, ...rest }));
      expect(timeless(resumed.rows)).toEqual(timeless(whole.recording.rows));
      expect(resumed.artifacts.results).toEqual(whole.recording.artifacts.results);
    }
  });

  it('is reproducible from the seed', async () => {
    const short = { ...TINY, supEpochs: 0, epochs: 1 };
    const [a, b] = [await run(short), await run(short)];
    expect(a.recording.rows.map((r) => metric(r, 'loss'))).toEqual(b.recording.rows.map((r) => metric(r, 'loss')));
  });

  it('stops mid-run and releases every tensor', async () => {
    const stop = new AbortController();
    const { status, recording, leaked } = await drive(stoppingAfter(3, stop), TINY, { ...RUN, signal: stop.signal });
    expect(status.state).toBe('stopped');
    expect(recording.artifacts.results?.infograph ?? null).toBeNull();
    expect(leaked).toBe(0);
  });

  it('runs on uploaded TU graphs and explains what is missing otherwise', async () => {
    const upload = parseTu('TOY', toyTuFiles());
    const { status, recording } = await run({ ...TINY, dataset: 'upload', folds: 2, epochs: 1, supEpochs: 0, upload });
    expect(status.state).toBe('done');
    expect(recording.artifacts.dataset?.classNames).toEqual(['class -1', 'class 1']);
    const missing = await run({ ...TINY, dataset: 'upload' });
    expect(missing.status.state).toBe('error');
    expect(missing.status.message).toMatch(/load them/);
  });

  it('refuses a set too small for its folds, with the reason', async () => {
    const { status } = await run({ ...TINY, graphs: 12, folds: 10 });
    expect(status.state).toBe('error');
    expect(status.message).toMatch(/too few for 10-fold/);
  });
});
