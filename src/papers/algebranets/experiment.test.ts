import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import type { RunEvent } from '../../core/experiment';
import { presetParams } from '../../core/params/presets';
import { Rng } from '../../core/rng';
import type { NamedWeights } from '../../core/weights/namedWeights';
import { algebraExperiment, selectedAlgebras, type RunResult, type RunSpec } from './experiment';
import { algebraSchema, type AlgebraParams } from './params';
import { algebraPresets } from './presets';

const tf = await initNodeBackend('wasm');

async function collect(params: AlgebraParams, seed = 1, weights?: NamedWeights) {
  const events: RunEvent[] = [];
  const tensorsAtStep: number[] = [];
  const before = tf.memory().numTensors;
  for await (const ev of algebraExperiment(params, { tf, rng: new Rng(seed), backend: 'wasm', signal: new AbortController().signal, live: () => params, weights })) {
    events.push(ev);
    if (ev.kind === 'metrics' && ev.values.lr !== undefined) tensorsAtStep.push(tf.memory().numTensors);
  }
  const art = (name: string) => events.filter((e) => e.kind === 'artifact' && e.name === name).map((e) => (e as { data: unknown }).data);
  return { events, tensorsAtStep, leaked: tf.memory().numTensors - before, runs: art('runs')[0] as RunSpec[], results: art('results') as RunResult[][], art };
}

const tiny = presetParams(algebraSchema, algebraPresets, 'tiny');

describe('algebraExperiment', () => {
  it('trains the tiny preset side by side at matched parameters, without leaking tensors', async () => {
    const { runs, results, tensorsAtStep, leaked, events } = await collect(tiny);
    expect(runs.map((r) => r.key)).toEqual(['R', 'M2R']);
    const [r, m] = runs;
    expect(Math.abs(m.params / r.params - 1)).toBeLessThan(0.1);
    expect(m.multiplies).toBeGreaterThan(r.multiplies);
    expect(results).toHaveLength(2);
    const last = results[results.length - 1];
    expect(last.map((x) => x.step)).toEqual([8, 8]);
    for (const x of last) {
      expect(x.accuracy).toBeGreaterThanOrEqual(0);
      expect(x.accuracy).toBeLessThanOrEqual(1);
      expect(x.stepsPerSec).toBeGreaterThan(0);
    }
    expect(new Set(tensorsAtStep).size).toBe(1);
    expect(leaked).toBe(0);
    const rows = events.filter((e) => e.kind === 'metrics' && e.values.lr !== undefined);
    expect(rows).toHaveLength(8);
  });

  it('hands out every network\'s weights, and a run started from them loads them all', async () => {
    const first = await collect(tiny);
    const weights = first.art('weights').at(-1) as NamedWeights;
    expect(Object.keys(weights).some((k) => k.startsWith('R.'))).toBe(true);
    expect(Object.keys(weights).some((k) => k.startsWith('M2R.'))).toBe(true);
    const again = await collect(tiny, 1, weights);
    expect(again.leaked).toBe(0);
    expect(again.art('weightsLoaded')[0]).toMatch(/^R: all \d+ tensors .* M2R: all \d+ tensors/);
    const firstLoss = (events: RunEvent[]) => (events.find((e) => e.kind === 'metrics' && e.values['loss:R'] !== undefined) as { values: Record<string, number> }).values['loss:R'];
    expect(firstLoss(again.events)).toBeLessThan(firstLoss(first.events));
  });

  it('is reproducible from the seed', async () => {
    const a = await collect({ ...tiny, steps: 3, evalEvery: 3 });
    const b = await collect({ ...tiny, steps: 3, evalEvery: 3 });
    expect(b.results.at(-1)!.map((x) => x.loss)).toEqual(a.results.at(-1)!.map((x) => x.loss));
  });

  it('matches multiplies instead of parameters when asked', async () => {
    const { runs } = await collect({ ...tiny, steps: 2, evalEvery: 2, matchBy: 'flops' });
    const [r, m] = runs;
    expect(Math.abs(m.multiplies / r.multiplies - 1)).toBeLessThan(0.15);
    expect(m.params).toBeLessThan(r.params);
  });

  it('prunes whole elements to the target sparsity', async () => {
    const { results, events } = await collect({ ...tiny, useR: false, steps: 10, evalEvery: 10, sparsity: 0.5, pruneStart: 0.1, pruneEnd: 0.5 });
    const last = results.at(-1)![0];
    expect(last.key).toBe('M2R@50%');
    expect(last.nonzeroParams).toBeLessThan(last.params * 0.6);
    const s = events.filter((e) => e.kind === 'metrics' && e.values['sparsity:M2R@50%'] !== undefined).map((e) => (e as { values: Record<string, number> }).values['sparsity:M2R@50%']);
    expect(s.at(-1)).toBeCloseTo(0.5, 10);
  });

  it('trains the language task (task B) on the procedural corpus', async () => {
    const { runs, results, leaked } = await collect({ ...tiny, task: 'chars', corpusTokens: 20_000, steps: 4, evalEvery: 4, testSize: 50 });
    expect(runs.every((r) => r.task === 'chars')).toBe(true);
    expect(results.at(-1)!.every((r) => r.bpc > 0 && r.bpc < 10)).toBe(true);
    expect(leaked).toBe(0);
  });

  it('says what is wrong with impossible settings', async () => {
    const none = { ...tiny, useR: false, useM2R: false };
    expect(selectedAlgebras(none)).toEqual([]);
    await expect(collect(none)).rejects.toThrow(/at least one algebra/);
    await expect(collect({ ...tiny, pruneStart: 0.8, pruneEnd: 0.2 })).rejects.toThrow(/end after it starts/);
  });
});
