import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { runFromFile } from '../../core/history/runFile';
import { presetParams } from '../../core/params/presets';
import { mergeSweep, sweepFileText, withoutTiming } from '../../core/sweep/merge';
import { runToEnd } from '../../core/runner/runToEnd';
import { runPointJob, type PointDone, type WorkerEnv } from '../../core/sweep/pointJob';
import { Rng } from '../../core/rng';
import { recordedSweep, sweepExponents } from './claims';
import { chinchillaExperiment } from './experiment';
import { chinchillaSchema } from './params';
import { chinchillaPresets } from './presets';
import { chinchillaGrid, chinchillaSweepGrid } from './sweepGrid';

const tf = await initNodeBackend('wasm');
const TINY = presetParams(chinchillaSchema, chinchillaPresets, 'tiny');
const QUERY = chinchillaSweepGrid.canonical('preset=tiny&seed=3');

const env = (): WorkerEnv => ({
  grid: async () => chinchillaSweepGrid, tf, backend: 'wasm', commit: 'c', worker: 'test', signal: new AbortController().signal, cache: new Map(),
});

describe('the Chinchilla IsoFLOP grid', () => {
  it('has one point per planned run, and its query round-trips through the paper codec', () => {
    expect(QUERY).toBe('seed=3&preset=tiny');
    expect(chinchillaSweepGrid.settings(QUERY)).toEqual({ params: TINY, seed: 3, preset: 'tiny' });
    expect(chinchillaSweepGrid.points(QUERY)).toHaveLength(TINY.budgets * TINY.sizes);
    expect(() => chinchillaSweepGrid.settings('preset=tiny&nope=1')).toThrow(/nope/);
  });

  it('merges points run out of order, each in a fresh process state, into the one-process recording (WASM)', async () => {
    const ref = await runToEnd(chinchillaExperiment.run, TINY, { seed: 3, tf, backend: 'wasm' });
    expect(ref.status.state).toBe('done');
    const n = chinchillaSweepGrid.points(QUERY).length;
    const done = new Map<number, PointDone>();
    for (let i = n - 1; i >= 0; i--) {
      // A fresh cache per point, as if each ran on another machine; JSON as on the wire.
      const d = await runPointJob({ sweepId: 't', slug: 'chinchilla', query: QUERY, point: i, commit: 'c' }, env(), () => undefined);
      done.set(i, JSON.parse(JSON.stringify(d)));
    }
    const { record, provenance } = mergeSweep({
      sweep: chinchillaSweepGrid, id: 't', query: QUERY, commit: 'c', engine: 'local', points: chinchillaSweepGrid.points(QUERY),
      done, failed: [], wallMs: 1, now: 0,
    });
    expect(record.end).toBe('done');
    expect(provenance.completed).toBe(n);
    const back = runFromFile(sweepFileText(record, provenance), 'chinchilla');
    const refRows = withoutTiming(ref.recording.rows, chinchillaGrid.timingMetrics);
    expect(withoutTiming(back.rows, chinchillaGrid.timingMetrics)).toEqual(refRows);
    expect(back.rows.map((r) => Object.keys(r.values))).toEqual(ref.recording.rows.map((r) => Object.keys(r.values)));
    expect(JSON.parse(JSON.stringify(back.artifacts))).toEqual(JSON.parse(JSON.stringify(ref.recording.artifacts)));
    expect(back.params).toEqual(TINY);
    expect(back.seed).toBe(3);

    // `npm run claims -- chinchilla --from file`: the claims read the file's runs and recompute the same analysis.
    const recorded = { file: 'merged.run.json', run: back };
    expect(JSON.stringify(recordedSweep(recorded).analysis)).toBe(JSON.stringify(ref.recording.artifacts.analysis));
    const claim = await sweepExponents.run({ tf, rng: new Rng(1), backend: 'wasm', signal: new AbortController().signal, recorded });
    expect(claim.checkedOn).toBe('run file merged.run.json (tiny, seed 3)');
    expect(claim.detail).toMatch(/Sweep: 12 runs/);

    // One point missing: no analysis, end 'error', and the message names the point.
    done.delete(4);
    const partial = mergeSweep({
      sweep: chinchillaSweepGrid, id: 't', query: QUERY, commit: 'c', engine: 'local', points: chinchillaSweepGrid.points(QUERY),
      done, failed: [{ point: 4, label: 'x', message: 'boom', attempts: 2 }], wallMs: 1, now: 0,
    });
    expect(partial.record.end).toBe('error');
    expect(partial.record.message).toMatch(/1 of 12 points missing: #4 run 5.*boom; 2 attempts/);
    expect(partial.record.artifacts.analysis).toBeUndefined();
    expect(() => recordedSweep({ file: 'partial.run.json', run: partial.record })).toThrow(/partial.run.json holds an unfinished run: Sweep incomplete/);
  });

  it('refuses a result that is not a point result', () => {
    expect(() => chinchillaSweepGrid.merge(QUERY, new Map([[0, { run: {}, steps: [] }]]))).toThrow(/run record/);
  });
});
