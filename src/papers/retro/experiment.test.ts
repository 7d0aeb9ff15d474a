import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import type { RunEvent } from '../../core/experiment';
import { presetParams } from '../../core/params/presets';
import { metric } from '../../core/runner/RunRecorder';
import { drive } from '../../core/runner/testing';
import { dbFractions, retroExperiment, type RetroArtifacts, type RetroMetric } from './experiment';
import { retroSchema } from './params';
import { retroPresets } from './presets';

const tf = await initNodeBackend('wasm');
const TINY = presetParams(retroSchema, retroPresets, 'tiny');
/** A curve point's metrics. */
const CURVE: readonly RetroMetric[] = ['bpcBase', 'bpcOn', 'bpcOff'];

describe('RETRO experiment (tiny preset, WASM)', () => {
  it('trains baseline and RETRO, sweeps database size and k, measures leakage and RETRO-fits, without leaking tensors', async () => {
    // Tensors alive at each joint-training row, and the segments in order with the rows before each.
    const counts: number[] = [];
    const segments: string[] = [];
    let rows = 0;
    const see = (e: RunEvent<RetroArtifacts, RetroMetric>) => {
      if (e.kind === 'segment') segments.push(`${e.label ?? ''} @${rows}`);
      if (e.kind !== 'metrics') return;
      rows++;
      if (e.values.segment === 0) counts.push(tf.memory().numTensors);
    };
    const watched: typeof retroExperiment.run = async function* (params, ctx) {
      for await (const e of retroExperiment.run(params, ctx)) {
        see(e);
        yield e;
      }
    };
    const { status, recording, leaked } = await drive(watched, TINY, { tf, backend: 'wasm', seed: 3 });
    expect(status.state).toBe('done');
    expect(leaked).toBe(0);
    expect(new Set(counts).size).toBe(1);
    expect(segments).toEqual(['baseline and RETRO @0', `RETRO-fit @${TINY.steps}`]);
    expect(recording.rows.filter((r) => CURVE.every((k) => metric(r, k) !== undefined))).toHaveLength(2);
    const { final, dbSweep, kSweep, leakage, retrofit, weights } = recording.artifacts;
    for (const v of [final?.bpcBase, final?.bpcOn, final?.bpcOff]) expect(v).toBeGreaterThan(0);
    expect(dbSweep?.map((s) => s.fraction)).toEqual(dbFractions(TINY.dbMinFraction).map((f) => expect.closeTo(f, 1)));
    expect(kSweep?.map((k) => k.k)).toEqual([1, 2]);
    expect(leakage).toHaveLength(TINY.chunk + 1);
    expect(leakage?.[TINY.chunk].share).toBe(1);
    // RETRO[Off] of the RETRO-fit is exactly the frozen baseline.
    expect(retrofit?.bpcOff).toBeCloseTo(final?.bpcBase ?? NaN, 5);
    expect(retrofit?.trainedParams).toBeLessThan(retrofit?.totalParams ?? 0);
    expect(Object.keys(weights ?? {}).some((k) => k.startsWith('base.'))).toBe(true);
    expect(Object.keys(weights ?? {}).some((k) => k.startsWith('retrofit.'))).toBe(true);
    expect(recording.progress?.done).toBe(recording.progress?.total);
  }, 120_000);
});
