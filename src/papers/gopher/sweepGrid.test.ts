import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { keepSmallArtifacts } from '../../core/history/runRecord';
import { runFromFile } from '../../core/history/runFile';
import { presetParams } from '../../core/params/presets';
import { runToEnd } from '../../core/runner/runToEnd';
import { mergeSweep, sweepFileText, withoutTiming } from '../../core/sweep/merge';
import { runPointJob, type PointDone, type WorkerEnv } from '../../core/sweep/pointJob';
import { Rng } from '../../core/rng';
import { lossPowerLaw, recordedFamily } from './claims';
import { gopherExperiment } from './experiment';
import { gopherSchema } from './params';
import { gopherPresets } from './presets';
import { gopherGrid, gopherSweepGrid } from './sweepGrid';

const tf = await initNodeBackend('wasm');
// The tiny family, 4 members of 10 steps each: every member a point.
const QUERY = gopherSweepGrid.canonical('preset=tiny&seed=3');
const PARAMS = presetParams(gopherSchema, gopherPresets, 'tiny');

const env = (): WorkerEnv => ({
  grid: async () => gopherSweepGrid, tf, backend: 'wasm', commit: 'c', worker: 'test', signal: new AbortController().signal, cache: new Map(),
});
const json = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe('the Gopher family grid', () => {
  it('has one point per family member, and its query round-trips through the paper codec', () => {
    expect(gopherSweepGrid.settings(QUERY)).toEqual({ params: PARAMS, seed: 3, preset: 'tiny' });
    expect(gopherSweepGrid.points(QUERY).map((p) => p.label)).toEqual([expect.stringMatching(/^model 1: 44M-like/), expect.stringMatching(/^model 2/), expect.stringMatching(/^model 3/), expect.stringMatching(/^model 4/)]);
  });

  it('merges members run out of order, each in a fresh process state, into the one-process recording (WASM)', async () => {
    const ref = await runToEnd(gopherExperiment.run, PARAMS, { seed: 3, tf, backend: 'wasm' });
    expect(ref.status.state).toBe('done');
    const n = gopherSweepGrid.points(QUERY).length;
    const done = new Map<number, PointDone>();
    for (let i = n - 1; i >= 0; i--) {
      // A fresh cache per point, as if each ran on another machine; JSON as on the wire.
      const d = await runPointJob({ sweepId: 't', slug: 'gopher', query: QUERY, point: i, commit: 'c' }, env(), () => undefined);
      done.set(i, JSON.parse(JSON.stringify(d)));
    }
    const input = { sweep: gopherSweepGrid, id: 't', query: QUERY, commit: 'c', engine: 'local' as const, points: gopherSweepGrid.points(QUERY), wallMs: 1, now: 0 };
    const merged = gopherSweepGrid.merge(QUERY, new Map([...done].map(([i, d]) => [i, d.result])));
    // The merge itself: every artifact the experiment records, weights included, and its rows.
    expect(Object.keys(merged.artifacts).sort()).toEqual(Object.keys(ref.recording.artifacts).sort());
    expect(merged.artifacts).toEqual(ref.recording.artifacts);
    expect(withoutTiming(merged.rows, gopherGrid.timingMetrics)).toEqual(withoutTiming(ref.recording.rows, gopherGrid.timingMetrics));

    const { record, provenance } = mergeSweep({ ...input, done, failed: [] });
    expect(record.end).toBe('done');
    expect(provenance.completed).toBe(n);
    const back = runFromFile(sweepFileText(record, provenance), 'gopher');
    expect(withoutTiming(back.rows, gopherGrid.timingMetrics)).toEqual(withoutTiming(ref.recording.rows, gopherGrid.timingMetrics));
    expect(back.rows.map((r) => Object.keys(r.values))).toEqual(ref.recording.rows.map((r) => Object.keys(r.values)));
    expect(json(back.artifacts)).toEqual(json(keepSmallArtifacts(ref.recording.artifacts).kept));
    expect(back.params).toEqual(PARAMS);

    // `npm run claims -- gopher --from file`: the claims read the file's results and refit the same loss law.
    const recorded = { file: 'merged.run.json', run: back };
    expect(JSON.stringify(recordedFamily(recorded).lossFit)).toBe(JSON.stringify(ref.recording.artifacts.lossFit));
    const claim = await lossPowerLaw.run({ tf, rng: new Rng(1), backend: 'wasm', signal: new AbortController().signal, recorded });
    expect(claim.checkedOn).toBe('run file merged.run.json (tiny, seed 3)');
    expect(claim.measured).toBe(`exponent ${ref.recording.artifacts.lossFit?.exponent.toFixed(4)}, R² ${ref.recording.artifacts.lossFit?.r2.toFixed(3)}`);

    // The middle member missing: its rows and result gone, no loss fit, end 'error' naming it.
    done.delete(1);
    const partial = mergeSweep({ ...input, done, failed: [{ point: 1, label: 'x', message: 'boom', attempts: 2 }] });
    expect(partial.record.end).toBe('error');
    expect(partial.record.message).toMatch(/1 of 4 points missing: #1 model 2.*boom; 2 attempts/);
    expect(partial.record.artifacts.lossFit).toBeUndefined();
    expect(partial.record.rows.some((r) => r.values.model === 1)).toBe(false);
    expect(partial.record.rows.filter((r) => r.values.evalLoss !== undefined).map((r) => r.values.model)).toEqual([0, 2, 3]);
    expect(() => recordedFamily({ file: 'partial.run.json', run: partial.record })).toThrow(/partial.run.json holds an unfinished run: Sweep incomplete/);
  });

  it('refuses a result that is not a point result', () => {
    expect(() => gopherSweepGrid.merge(QUERY, new Map([[0, { unit: { rows: [], artifacts: {} }, result: {}, text: '', prompt: '', weights: {} }]]))).toThrow(/model result/);
    expect(() => gopherSweepGrid.merge(QUERY, new Map([[0, { unit: { rows: [{ step: 1, values: { loss: 'x' } }], artifacts: {} } }]]))).toThrow(/needs unit/);
  });
});
