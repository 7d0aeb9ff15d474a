import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { presetParams } from '../../core/params/presets';
import { metric, series } from '../../core/runner/RunRecorder';
import { drive, expectCleanRun } from '../../core/runner/testing';
import type { NamedWeights } from '../../core/weights/namedWeights';
import { algebraExperiment, selectedAlgebras } from './experiment';
import { algebraSchema, type AlgebraParams } from './params';
import { algebraPresets } from './presets';

const tf = await initNodeBackend('wasm');
const run = (params: AlgebraParams, weights?: NamedWeights) => drive(algebraExperiment.run, params, { tf, backend: 'wasm', seed: 1, weights });

const tiny = presetParams(algebraSchema, algebraPresets, 'tiny');

describe('algebraExperiment', () => {
  it('trains the tiny preset side by side at matched parameters, without leaking tensors', async () => {
    const done = await run(tiny);
    expectCleanRun(done);
    const { recording } = done;
    const { runs = [], results = [] } = recording.artifacts;
    expect(runs.map((r) => r.key)).toEqual(['R', 'M2R']);
    const [r, m] = runs;
    expect(Math.abs(m.params / r.params - 1)).toBeLessThan(0.1);
    expect(m.multiplies).toBeGreaterThan(r.multiplies);
    expect(results.map((x) => x.step)).toEqual([8, 8]);
    for (const x of results) {
      expect(x.accuracy).toBeGreaterThanOrEqual(0);
      expect(x.accuracy).toBeLessThanOrEqual(1);
      expect(x.stepsPerSec).toBeGreaterThan(0);
    }
    // Evaluated after steps 4 and 8.
    expect(series(recording.rows, 'acc:M2R').x).toEqual([4, 8]);
    expect(series(recording.rows, 'lr').x).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('hands out every network\'s weights, and a run started from them loads them all', async () => {
    const first = await run(tiny);
    const weights = first.recording.artifacts.weights ?? {};
    expect(Object.keys(weights).some((k) => k.startsWith('R.'))).toBe(true);
    expect(Object.keys(weights).some((k) => k.startsWith('M2R.'))).toBe(true);
    const again = await run(tiny, weights);
    expect(again.leaked).toBe(0);
    expect(again.recording.artifacts.weightsLoaded).toMatch(/^R: all \d+ tensors .* M2R: all \d+ tensors/);
    expect(series(again.recording.rows, 'loss:R').y[0]).toBeLessThan(series(first.recording.rows, 'loss:R').y[0]);
  });

  it('is reproducible from the seed', async () => {
    const a = await run({ ...tiny, steps: 3, evalEvery: 3 });
    const b = await run({ ...tiny, steps: 3, evalEvery: 3 });
    expect(b.recording.artifacts.results?.map((x) => x.loss)).toEqual(a.recording.artifacts.results?.map((x) => x.loss));
  });

  it('matches multiplies instead of parameters when asked', async () => {
    const { recording } = await run({ ...tiny, steps: 2, evalEvery: 2, matchBy: 'flops' });
    const [r, m] = recording.artifacts.runs ?? [];
    expect(Math.abs(m.multiplies / r.multiplies - 1)).toBeLessThan(0.15);
    expect(m.params).toBeLessThan(r.params);
  });

  it('prunes whole elements to the target sparsity', async () => {
    const { recording } = await run({ ...tiny, useR: false, steps: 10, evalEvery: 10, sparsity: 0.5, pruneStart: 0.1, pruneEnd: 0.5 });
    const last = recording.artifacts.results?.[0];
    expect(last?.key).toBe('M2R@50%');
    expect(last?.nonzeroParams).toBeLessThan((last?.params ?? 0) * 0.6);
    const s = recording.rows.map((r) => metric(r, 'sparsity:M2R@50%')).filter((v) => v !== undefined);
    expect(s.at(-1)).toBeCloseTo(0.5, 10);
  });

  it('trains the language task (task B) on the procedural corpus', async () => {
    const { recording, leaked } = await run({ ...tiny, task: 'chars', corpusTokens: 20_000, steps: 4, evalEvery: 4, testSize: 50 });
    expect(recording.artifacts.runs?.every((r) => r.task === 'chars')).toBe(true);
    expect(recording.artifacts.results?.every((r) => r.bpc > 0 && r.bpc < 10)).toBe(true);
    expect(leaked).toBe(0);
  });

  it('says what is wrong with impossible settings', async () => {
    const none = { ...tiny, useR: false, useM2R: false };
    expect(selectedAlgebras(none)).toEqual([]);
    expect((await run(none)).status.message).toMatch(/at least one algebra/);
    expect((await run({ ...tiny, pruneStart: 0.8, pruneEnd: 0.2 })).status.message).toMatch(/end after it starts/);
  });
});
