import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { presetParams } from '../../core/params/presets';
import { expectFileMatchesOneProcess, mergeAndReadBack, runAllPointsFresh, runPointFresh } from '../../core/sweep/gridTesting';
import { withoutTiming } from '../../core/sweep/merge';
import { algebraSchema } from './params';
import { algebraPresets } from './presets';
import { algebraGrid, algebraSweepGrid, sideBySide } from './sweepGrid';

const tf = await initNodeBackend('wasm');
// ℝ and M₂(ℝ), each dense and pruned to 60%: the pruned net of an algebra starts from the dense one's init.
const QUERY = algebraSweepGrid.canonical('preset=tiny&seed=3&sparsity=0.6&spoints=2');
const PARAMS = { ...presetParams(algebraSchema, algebraPresets, 'tiny'), sparsity: 0.6, sparsityPoints: 2 };
/** Each net's steps/s in the results: it differs between any two runs. */
const TIMED_FIELDS = ['stepsPerSec'];

describe('the AlgebraNets run as a grid', () => {
  it('has one point per network of the plan, and its query round-trips through the paper codec', () => {
    expect(QUERY).toBe('sparsity=0.6&spoints=2&seed=3&preset=tiny');
    expect(algebraSweepGrid.settings(QUERY)).toEqual({ params: PARAMS, seed: 3, preset: 'tiny' });
    expect(algebraSweepGrid.points(QUERY).map((p) => p.label)).toEqual(['R: ℝ', 'R@60%: ℝ pruned to 60%', 'M2R: M₂(ℝ)', 'M2R@60%: M₂(ℝ) pruned to 60%']);
    expect(() => algebraSweepGrid.points(algebraSweepGrid.canonical('preset=tiny&r=0&m2r=0'))).toThrow(/Pick at least one algebra/);
  });

  it('merges points run out of order, each in a fresh process state, into the one-process recording (WASM)', async () => {
    // The experiment itself, start to end in this process (what `npm run sweep -- --workers 0` runs).
    const ref = await algebraSweepGrid.runOneProcess(QUERY, tf, 'wasm');
    const done = await runAllPointsFresh(algebraSweepGrid, QUERY, tf);
    const back = expectFileMatchesOneProcess(algebraSweepGrid, QUERY, done, ref, TIMED_FIELDS);
    // Every net's steps/s is a timing metric, so the comparison above skips it.
    expect(withoutTiming(ref.rows, algebraGrid.timingMetrics).some((r) => Object.keys(r.values).some((k) => k.startsWith('stepsPerSec')))).toBe(false);
    expect(back.rows[PARAMS.steps - 1].values['sparsity:M2R@60%']).toBeCloseTo(0.6, 6);
    expect(Object.keys(back.artifacts).sort()).toEqual(['results', 'runs', 'weights']);
    expect(back.params).toEqual(PARAMS);

    // The pruned M₂(ℝ) net missing: the others' columns, results and weights; the message names it.
    done.delete(3);
    const partial = mergeAndReadBack(algebraSweepGrid, QUERY, done, [{ point: 3, label: 'M2R@60%', message: 'boom', attempts: 2 }]).record;
    expect(partial.end).toBe('error');
    expect(partial.message).toMatch(/1 of 4 points missing: #3 M2R@60%: M₂\(ℝ\) pruned to 60% \(boom; 2 attempts\)/);
    expect(partial.rows).toHaveLength(ref.rows.length);
    expect(partial.rows.some((r) => 'loss:M2R@60%' in r.values)).toBe(false);
    expect(partial.artifacts.results).toHaveLength(3);
  });

  it('refuses a malformed result, a point that holds another net, and rows that do not line up', async () => {
    expect(() => algebraSweepGrid.merge(QUERY, new Map([[0, { unit: { rows: [], artifacts: {} }, result: { key: 'X' }, weights: {}, runs: [] }]]))).toThrow(/run key/);
    const first = await runPointFresh(algebraSweepGrid, QUERY, 0, tf);
    expect(() => algebraSweepGrid.merge(QUERY, new Map([[2, first.result]]))).toThrow(/point 2 holds net R, not M2R/);
    const result: unknown = first.result;
    const point = typeof result === 'object' && result !== null && 'runs' in result && Array.isArray(result.runs) ? { ...result, runs: result.runs } : null;
    expect(point).not.toBeNull();
    expect(() => algebraSweepGrid.merge(QUERY, new Map([[0, { ...point, weights: { 'R.w': { shape: [2], data: [1] } } }]]))).toThrow(/1 values for shape \[2\]/);
    // A point made under other settings (here: one net fewer in its plan) is refused.
    expect(() => algebraSweepGrid.merge(QUERY, new Map([[0, { ...point, runs: point?.runs.slice(1) }]]))).toThrow(/disagree .* on the networks of the run/);
    const a = [{ step: 1, values: { 'loss:R': 1, lr: 0.1 } }];
    expect(sideBySide([a, [{ step: 1, values: { 'loss:C': 2, lr: 0.1 } }]])).toEqual([{ step: 1, values: { 'loss:R': 1, 'loss:C': 2, lr: 0.1 } }]);
    expect(() => sideBySide([a, [{ step: 2, values: { 'loss:C': 2, lr: 0.1 } }]])).toThrow(/net 2 at row 1/);
    expect(() => sideBySide([a, []])).toThrow(/net 2 at row 1/);
  });
});
