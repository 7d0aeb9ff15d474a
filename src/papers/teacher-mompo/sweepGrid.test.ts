import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { eraseExperiment } from '../../core/experiment';
import { keepSmallArtifacts } from '../../core/history/runRecord';
import { runFromFile } from '../../core/history/runFile';
import { presetParams } from '../../core/params/presets';
import { runToEnd } from '../../core/runner/runToEnd';
import { mergeSweep, sweepFileText, withoutTiming } from '../../core/sweep/merge';
import { runPointJob, type PointDone, type WorkerEnv } from '../../core/sweep/pointJob';
import { teacherExperiment } from './experiment';
import { teacherSchema } from './params';
import { sweepValues } from './pointMassRun';
import { teacherPresets } from './presets';
import { teacherGrid, teacherSweepGrid } from './sweepGrid';

const tf = await initNodeBackend('wasm');
// tiny (both teachers, 100 env steps) with the baseline and a 3-point ε_T sweep of 100 env steps per run.
const QUERY = teacherSweepGrid.canonical('preset=tiny&seed=3&base=true&swn=3&sws=100');
const PARAMS = { ...presetParams(teacherSchema, teacherPresets, 'tiny'), baseline: true, sweepPoints: 3, sweepSteps: 100 };

const env = (): WorkerEnv => ({
  grid: async () => teacherSweepGrid, tf, backend: 'wasm', commit: 'c', worker: 'test', signal: new AbortController().signal, cache: new Map(),
});
const json = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe('the teacher-mompo point-mass grid', () => {
  it('has one point per agent: with teachers, without, then one per swept ε_T; the humanoid is refused', () => {
    expect(teacherSweepGrid.settings(QUERY)).toEqual({ params: PARAMS, seed: 3, preset: 'tiny' });
    expect(teacherSweepGrid.points(QUERY).map((p) => p.label)).toEqual(['with teachers', 'no teachers', ...sweepValues(PARAMS).map((e) => `sweep ε_T ${e.toPrecision(2)}`)]);
    expect(() => teacherSweepGrid.points('preset=humanoid-tiny')).toThrow(/humanoidStand domain runs as one process/);
  });

  it('merges agents run out of order, each in a fresh process state, into the one-process recording (WASM)', async () => {
    // Erased: the template-literal metric names of this paper compare as the plain rows a run file holds.
    const ref = await runToEnd(eraseExperiment(teacherExperiment.run), PARAMS, { seed: 3, tf, backend: 'wasm' });
    expect(ref.status.state).toBe('done');
    const n = teacherSweepGrid.points(QUERY).length;
    const done = new Map<number, PointDone>();
    for (let i = n - 1; i >= 0; i--) {
      // A fresh cache per point, as if each ran on another machine; JSON as on the wire.
      const d = await runPointJob({ sweepId: 't', slug: 'teacher-mompo', query: QUERY, point: i, commit: 'c' }, env(), () => undefined);
      done.set(i, JSON.parse(JSON.stringify(d)));
    }
    const input = { sweep: teacherSweepGrid, id: 't', query: QUERY, commit: 'c', engine: 'local' as const, points: teacherSweepGrid.points(QUERY), wallMs: 1, now: 0 };
    const merged = teacherSweepGrid.merge(QUERY, new Map([...done].map(([i, d]) => [i, d.result])));
    // The merge itself: every artifact the run records (scene, setup, teachers alone, episode, weights, tradeoff), and its rows.
    expect(Object.keys(merged.artifacts).sort()).toEqual(Object.keys(ref.recording.artifacts).sort());
    expect(merged.artifacts).toEqual(ref.recording.artifacts);
    expect(withoutTiming(merged.rows, teacherGrid.timingMetrics)).toEqual(withoutTiming(ref.recording.rows, teacherGrid.timingMetrics));

    const { record, provenance } = mergeSweep({ ...input, done, failed: [] });
    expect(record.end).toBe('done');
    expect(provenance.completed).toBe(n);
    const back = runFromFile(sweepFileText(record, provenance), 'teacher-mompo');
    expect(withoutTiming(back.rows, teacherGrid.timingMetrics)).toEqual(withoutTiming(ref.recording.rows, teacherGrid.timingMetrics));
    expect(back.rows.map((r) => Object.keys(r.values))).toEqual(ref.recording.rows.map((r) => Object.keys(r.values)));
    expect(json(back.artifacts)).toEqual(json(keepSmallArtifacts(ref.recording.artifacts).kept));
    expect(back.params).toEqual(PARAMS);

    // The second sweep run missing: its rows gone, the trade-off of the other two, end 'error' naming it.
    done.delete(3);
    const partial = mergeSweep({ ...input, done, failed: [{ point: 3, label: 'x', message: 'boom', attempts: 2 }] });
    expect(partial.record.end).toBe('error');
    expect(partial.record.message).toMatch(/1 of 5 points missing: #3 sweep ε_T .*boom; 2 attempts/);
    expect(partial.record.rows.some((r) => r.values.segment === 3)).toBe(false);
    const full = ref.recording.artifacts.tradeoff;
    expect(Array.isArray(full) && full.length).toBe(3);
    expect(json(partial.record.artifacts.tradeoff)).toEqual(json(Array.isArray(full) ? [full[0], full[2]] : null));
  });

  it('refuses a result that is not a point result, or a sweep point without its own trade-off', () => {
    expect(() => teacherSweepGrid.merge(QUERY, new Map([[2, { unit: { rows: [{ step: 0, values: { success: 'x' } }], artifacts: {} } }]]))).toThrow(/row 0: success is not a finite number/);
    expect(() => teacherSweepGrid.merge(QUERY, new Map([[2, { unit: { rows: [], artifacts: {} }, tradeoff: { epsilon: 5, success: 0, taskReturn: 0 } }]]))).toThrow(/point 2 .* its own trade-off/);
  });
});
