/**
 * RIMs' live fields change a running run from its next step (issue 23): the
 * learning rate, the gradient clip, the attention dropout and the evaluation
 * cadence. Replaying the applied tweaks gives the tweaked run exactly. Rows
 * are compared without the sequence steps/s each model measures.
 */
import { describe, expect, it } from 'vitest';
import { tinyOnWasm } from '../../core/runner/liveTesting';
import { expectLiveField, expectTweaksReplay, firstRows } from '../../core/runner/testing';
import { rimsExperiment } from './experiment';
import type { RimsParams } from './params';

// The tiny preset, 6 steps evaluated every 3 (rows: steps 1-3, eval 3, steps 4-6, eval 6).
const { TINY: PRESET, RUN, exp } = await tinyOnWasm(rimsExperiment, 4);
const TINY: RimsParams = { ...PRESET, steps: 6, evalEvery: 3 };

const effect = (name: keyof RimsParams & string, value: number, after: number, rows: number) =>
  expectLiveField(exp, TINY, { name, value, after, step: after }, { ...RUN, rows });

describe('RIMs live fields (tiny preset, WASM)', () => {
  it('the learning rate changes the next step', () => effect('lr', 3e-2, 1, 3));
  it('the gradient clip changes the next step', () => effect('clipNorm', 0.01, 1, 3));
  it('attention dropout changes the next step', () => effect('dropout', 0.5, 1, 3));

  it('the evaluation cadence: an evaluation right after the step it changed at', async () => {
    await effect('evalEvery', 1, 1, 3);
    const { rows } = await firstRows(exp, TINY, { ...RUN, rows: 4, tweaks: [{ after: 1, step: 1, name: 'evalEvery', value: 1 }] });
    expect(rows.map((r) => r.step)).toEqual([1, 1, 2, 2]);
    expect(rows[1].values.rimsTestAcc).toBeDefined();
  });

  it('replaying the applied tweaks gives the tweaked rows exactly', () =>
    expectTweaksReplay(exp, TINY, [{ after: 1, step: 1, name: 'dropout', value: 0.3 }, { after: 2, step: 2, name: 'lr', value: 3e-3 }], { ...RUN, rows: 5 }));
});
