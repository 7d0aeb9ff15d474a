import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { presetParams } from '../../core/params/presets';
import { expectFileMatchesOneProcess, mergeAndReadBack, runAllPointsFresh, untimedRecording } from '../../core/sweep/gridTesting';
import { teacherSchema } from './params';
import { sweepValues } from './pointMassRun';
import { teacherPresets } from './presets';
import { teacherSweepGrid } from './sweepGrid';

const tf = await initNodeBackend('wasm');
// tiny (both teachers, 100 env steps) with the baseline and a 3-point ε_T sweep of 100 env steps per run.
const QUERY = teacherSweepGrid.canonical('preset=tiny&seed=3&base=true&swn=3&sws=100');
const PARAMS = { ...presetParams(teacherSchema, teacherPresets, 'tiny'), baseline: true, sweepPoints: 3, sweepSteps: 100 };

describe('the teacher-mompo point-mass grid', () => {
  it('has one point per agent: with teachers, without, then one per swept ε_T; the humanoid is refused', () => {
    expect(teacherSweepGrid.settings(QUERY)).toEqual({ params: PARAMS, seed: 3, preset: 'tiny' });
    expect(teacherSweepGrid.points(QUERY).map((p) => p.label)).toEqual(['with teachers', 'no teachers', ...sweepValues(PARAMS).map((e) => `sweep ε_T ${e.toPrecision(2)}`)]);
    expect(() => teacherSweepGrid.points('preset=humanoid-tiny')).toThrow(/humanoidStand domain runs as one process/);
  });

  it('merges agents run out of order, each in a fresh process state, into the one-process recording (WASM)', async () => {
    // The experiment itself, start to end in this process (what `npm run sweep -- --workers 0` runs).
    const ref = await teacherSweepGrid.runOneProcess(QUERY, tf, 'wasm');
    const done = await runAllPointsFresh(teacherSweepGrid, QUERY, tf);
    // The merge itself: every artifact the run records (scene, setup, teachers alone, episode, weights, trade-off) and its rows.
    const merged = teacherSweepGrid.merge(QUERY, new Map([...done].map(([i, d]) => [i, d.result])));
    expect(Object.keys(merged.artifacts).sort()).toEqual(['episode', 'scene', 'setup', 'teacherSuccess', 'tradeoff', 'weights']);
    expect(merged.artifacts).toEqual(ref.artifacts);
    expect(untimedRecording(merged, teacherSweepGrid)).toEqual(untimedRecording(ref, teacherSweepGrid));

    // The run file `npm run sweep` writes, read back.
    const back = expectFileMatchesOneProcess(teacherSweepGrid, QUERY, done, ref);
    expect(back.params).toEqual(PARAMS);

    // The second sweep run missing: its rows gone, the trade-off of the other two, end 'error' naming it.
    done.delete(3);
    const partial = mergeAndReadBack(teacherSweepGrid, QUERY, done, [{ point: 3, label: 'x', message: 'boom', attempts: 2 }]).record;
    expect(partial.end).toBe('error');
    expect(partial.message).toMatch(/1 of 5 points missing: #3 sweep ε_T .*boom; 2 attempts/);
    expect(partial.rows.some((r) => r.values.segment === 3)).toBe(false);
    const full = ref.artifacts.tradeoff;
    expect(Array.isArray(full) && full.length).toBe(3);
    expect(partial.artifacts.tradeoff).toEqual(Array.isArray(full) ? [full[0], full[2]] : null);
  });

  it('refuses a result that is not a point result, or a sweep point without its own trade-off', () => {
    expect(() => teacherSweepGrid.merge(QUERY, new Map([[2, { unit: { rows: [{ step: 0, values: { success: 'x' } }], artifacts: {} } }]]))).toThrow(/row 0: success is not a finite number/);
    expect(() => teacherSweepGrid.merge(QUERY, new Map([[2, { unit: { rows: [], artifacts: {} }, tradeoff: { epsilon: 5, success: 0, taskReturn: 0 } }]]))).toThrow(/point 2 .* its own trade-off/);
    expect(() => teacherSweepGrid.merge(QUERY, new Map([[0, { unit: { rows: [], artifacts: { scene: new Float32Array(2) } } }]]))).toThrow(/artifact 'scene' is not plain data/);
  });
});
