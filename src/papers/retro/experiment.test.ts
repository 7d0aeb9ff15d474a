import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { presetParams } from '../../core/params/presets';
import { Rng } from '../../core/rng';
import type { RunEvent } from '../../core/experiment';
import { dbFractions, retroExperiment, type FinalEval, type KPoint, type LeakagePoint, type RetrofitResult, type SizePoint } from './experiment';
import { retroSchema } from './params';
import { retroPresets } from './presets';

await initNodeBackend('wasm');

describe('RETRO experiment (tiny preset, WASM)', () => {
  it('trains baseline and RETRO, sweeps database size and k, measures leakage and RETRO-fits, without leaking tensors', async () => {
    const p = presetParams(retroSchema, retroPresets, 'tiny');
    const events: RunEvent[] = [];
    const counts: number[] = [];
    const before = tf.memory().numTensors;
    for await (const ev of retroExperiment(p, { tf, rng: new Rng(3), backend: 'wasm', signal: new AbortController().signal, live: () => p })) {
      events.push(ev);
      if (ev.kind === 'metrics' && ev.values.segment === 0) counts.push(tf.memory().numTensors);
    }
    expect(tf.memory().numTensors).toBe(before);
    expect(new Set(counts).size).toBe(1);
    const art = (name: string) => events.filter((e) => e.kind === 'artifact' && e.name === name).map((e) => (e as { data: unknown }).data).pop();
    const rows = events.filter((e) => e.kind === 'metrics').map((e) => (e as { values: Record<string, number> }).values);
    expect(rows.filter((r) => r.bpcOn !== undefined && r.bpcOff !== undefined && r.bpcBase !== undefined).length).toBe(2);
    const final = art('final') as FinalEval;
    for (const v of [final.bpcBase, final.bpcOn, final.bpcOff]) expect(v).toBeGreaterThan(0);
    expect((art('dbSweep') as SizePoint[]).map((s) => s.fraction)).toEqual(dbFractions(p.dbMinFraction).map((f) => expect.closeTo(f, 1)));
    expect((art('kSweep') as KPoint[]).map((k) => k.k)).toEqual([1, 2]);
    const leak = art('leakage') as LeakagePoint[];
    expect(leak.length).toBe(p.chunk + 1);
    expect(leak[leak.length - 1].share).toBe(1);
    const rf = art('retrofit') as RetrofitResult;
    // RETRO[Off] of the RETRO-fit is exactly the frozen baseline.
    expect(rf.bpcOff).toBeCloseTo(final.bpcBase, 5);
    expect(rf.trainedParams).toBeLessThan(rf.totalParams);
    const weights = art('weights') as Record<string, unknown>;
    expect(Object.keys(weights).some((k) => k.startsWith('base.'))).toBe(true);
    expect(Object.keys(weights).some((k) => k.startsWith('retrofit.'))).toBe(true);
    const last = events.filter((e) => e.kind === 'progress').pop() as { done: number; total: number };
    expect(last.done).toBe(last.total);
  }, 120_000);
});
