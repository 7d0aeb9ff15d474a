/**
 * AlgebraNets' live fields change a running run from its next step (issue 23):
 * the peak learning rate, the evaluation cadence, and the pruning target and
 * schedule. Replaying the applied tweaks gives the tweaked run exactly. Rows
 * are compared without the steps/s each net measures (machine metrics).
 */
import { describe, expect, it } from 'vitest';
import { tinyOnWasm } from '../../core/runner/liveTesting';
import { expectLiveField, expectTweaksReplay, firstRows } from '../../core/runner/testing';
import { algebraExperiment } from './experiment';
import type { AlgebraParams } from './params';

// The tiny preset: ℝ and M₂(ℝ) conv nets, 8 steps, evaluated after steps 4 and 8 (rows: steps 1-4, eval 4, steps 5-8, eval 8).
const { TINY, RUN, exp } = await tinyOnWasm(algebraExperiment, 2);
// Pruned to half, from 20% to 70% of training (steps 2 to 5 of 8).
const PRUNED: AlgebraParams = { ...TINY, sparsity: 0.5 };

const effect = (params: AlgebraParams, name: keyof AlgebraParams & string, value: number, after: number, rows: number, step = after) =>
  expectLiveField(exp, params, { name, value, after, step }, { ...RUN, rows });

describe('AlgebraNets live fields (tiny preset, WASM)', () => {
  it('the peak learning rate changes the next step', () => effect(TINY, 'lr', 3e-2, 2, 4));

  it('the evaluation cadence: an evaluation after step 2 instead of 4', async () => {
    await effect(TINY, 'evalEvery', 2, 1, 3);
    const { rows } = await firstRows(exp, TINY, { ...RUN, rows: 3, tweaks: [{ after: 1, step: 1, name: 'evalEvery', value: 2 }] });
    expect(rows.map((r) => r.step)).toEqual([1, 2, 2]);
    expect(rows[2].values['acc:M2R']).toBeDefined();
  });

  it('the pruning target prunes an unpruned run from the next step', async () => {
    await effect(TINY, 'sparsity', 0.5, 2, 4);
    const { rows } = await firstRows(exp, TINY, { ...RUN, rows: 4, tweaks: [{ after: 2, step: 2, name: 'sparsity', value: 0.5 }] });
    expect(rows[1].values['sparsity:M2R']).toBeUndefined();
    expect(rows[2].values['sparsity:M2R']).toBeGreaterThan(0);
  });

  it('a target lowered to 0 opens a pruned run\'s masks again', async () => {
    await effect(PRUNED, 'sparsity', 0, 5, 7, 4); // row 5 is the evaluation after step 4
    const { rows } = await firstRows(exp, PRUNED, { ...RUN, rows: 7, tweaks: [{ after: 5, step: 4, name: 'sparsity', value: 0 }] });
    expect(rows[3].values['sparsity:M2R@50%']).toBeGreaterThan(0);
    expect(rows[5].values['sparsity:M2R@50%']).toBe(0);
    expect(rows[6].values['sparsity:M2R@50%']).toBeUndefined();
  });

  it('the pruning start and end move the schedule', async () => {
    await effect(PRUNED, 'pruneStart', 0, 1, 3);
    await effect(PRUNED, 'pruneEnd', 1, 2, 3);
  });

  it('replaying the applied tweaks gives the tweaked rows exactly', () =>
    expectTweaksReplay(exp, TINY, [{ after: 1, step: 1, name: 'lr', value: 1e-2 }, { after: 3, step: 3, name: 'sparsity', value: 0.6 }], { ...RUN, rows: 7 }));
});
