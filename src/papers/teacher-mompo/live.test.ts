/**
 * teacher-mompo's live fields change a running run from its next update or
 * evaluation (issue 23): each objective's ε and the teachers' σ_T, the
 * policy, critic and dual learning rates, the M-step's KL bounds and the
 * target period at each update; the evaluation cadence and episodes at each
 * evaluation. Replaying the applied tweaks gives the tweaked run exactly.
 * Rows are compared without the machine's throughput (updates/s, env steps/s).
 *
 * On the point mass (the tiny preset, learning every 5th env step) the rows
 * are: the evaluation at 0, updates at env steps 40, 45 and 50, the evaluation
 * at 50, then updates at 55, 60, … An update row reports the temperatures after
 * its dual step (an ε, σ_T or the dual rate shows in the next update's row),
 * the critic loss before its critic step and the policy's KL to the target
 * before its policy step (a learning rate shows one update later, a KL bound,
 * which moves α first, two). The humanoid (MuJoCo, slow) is run only for its
 * own teachers' ε, on its tiny presets: evaluations at 0 and 50, updates at
 * 60 and 90.
 */
import { describe, expect, it } from 'vitest';
import { tinyOnWasm } from '../../core/runner/liveTesting';
import { presetParams } from '../../core/params/presets';
import { expectLiveField, expectTweaksReplay, firstRows } from '../../core/runner/testing';
import { teacherExperiment } from './experiment';
import { teacherSchema, type TeacherParams } from './params';
import { teacherPresets } from './presets';

const { TINY: PRESET, RUN, exp } = await tinyOnWasm(teacherExperiment, 2);
const TINY: TeacherParams = { ...PRESET, envStepsPerUpdate: 5 };

const effect = (params: TeacherParams, name: keyof TeacherParams & string, value: number, after: number, rows: number) =>
  expectLiveField(exp, params, { name, value, after }, { ...RUN, rows });

describe('teacher-mompo live fields (WASM)', () => {
  it('point mass: the task, waypoint and goal ε, the teachers\' σ_T and the dual rate change the next update', async () => {
    await effect(TINY, 'epsTask', 0.01, 2, 3);
    await effect(TINY, 'epsWaypoint', 1, 2, 3);
    await effect(TINY, 'epsGoal', 1, 2, 3);
    await effect(TINY, 'teacherStd', 0.5, 2, 3);
    await effect(TINY, 'dualLr', 0.1, 2, 3);
  });

  it('point mass: the hold, x- and y-teachers\' ε', async () => {
    await effect({ ...TINY, tHold: true }, 'epsHold', 1, 2, 3);
    const parallel: TeacherParams = { ...TINY, composition: 'parallel' };
    await effect(parallel, 'epsX', 1, 2, 3);
    await effect(parallel, 'epsY', 1, 2, 3);
  });

  it('point mass: the policy and critic learning rates, the M-step bounds and the target period', async () => {
    await effect(TINY, 'policyLr', 1e-2, 2, 4);
    await effect(TINY, 'criticLr', 1e-2, 2, 4);
    await effect(TINY, 'epsMean', 1, 2, 6);
    await effect(TINY, 'epsStd', 1e-1, 2, 6);
    await effect(TINY, 'targetPeriod', 1, 2, 4);
  });

  it('point mass: the evaluation cadence and episodes', async () => {
    await effect(TINY, 'evalEvery', 20, 1, 2);
    const { rows } = await firstRows(exp, TINY, { ...RUN, rows: 2, tweaks: [{ after: 1, step: 0, name: 'evalEvery', value: 20 }] });
    expect(rows[1]).toMatchObject({ step: 20, values: { success: expect.any(Number) as number } });
    await effect(TINY, 'evalEpisodes', 1, 1, 5);
  });

  it('the run without teachers reads them too (its rows follow the 12 of the run with teachers)', async () => {
    await effect({ ...TINY, baseline: true }, 'dualLr', 0.1, 14, 15);
  });

  it('humanoid: the stand and walk teachers\' ε', async () => {
    await effect(presetParams(teacherSchema, teacherPresets, 'humanoid-tiny'), 'epsStand', 1, 3, 4);
    await effect(presetParams(teacherSchema, teacherPresets, 'humanoid-walk-tiny'), 'epsWalk', 1, 3, 4);
  });

  it('replaying the applied tweaks gives the tweaked rows exactly', () =>
    expectTweaksReplay(exp, TINY, [{ after: 2, step: 40, name: 'policyLr', value: 3e-3 }, { after: 3, step: 45, name: 'epsGoal', value: 0.5 }, { after: 5, step: 50, name: 'teacherStd', value: 0.3 }], { ...RUN, rows: 9 }));
});
