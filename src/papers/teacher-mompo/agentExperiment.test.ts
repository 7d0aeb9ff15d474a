import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { presetParams } from '../../core/params/presets';
import { metric, series } from '../../core/runner/RunRecorder';
import { drive } from '../../core/runner/testing';
import { curveOf } from './agentCurve';
import { agentExperiment } from './agentExperiment';
import { teacherExperiment } from './experiment';
import { testRecording } from './plots/testRecording';

const tf = await initNodeBackend('wasm');
const RUN = { tf, backend: 'wasm' as const, seed: 3 };
const TINY = presetParams(agentExperiment.schema, agentExperiment.presets, 'tiny');

describe('agentExperiment (one agent, as the claims train it)', () => {
  it('its rows are the main run\'s rows of the agent with teachers, and it leaks nothing', async () => {
    const agent = await drive(agentExperiment.run, TINY, RUN);
    const main = await drive(teacherExperiment.run, TINY, RUN);
    expect(agent.status.state).toBe('done');
    expect(agent.leaked).toBe(0);
    const evals = (rows: typeof agent.recording.rows) => rows.filter((r) => metric(r, 'success') !== undefined);
    expect(evals(agent.recording.rows)).toEqual(evals(main.recording.rows));
    expect(series(agent.recording.rows, 'temp_goal')).toEqual(series(main.recording.rows, 'temp_goal'));
  }, 120_000);

  it('without teachers: the task objective alone; with earlyStop, it ends after the evaluation that reaches stopAt', async () => {
    const alone = await drive(agentExperiment.run, { ...TINY, withTeachers: false }, RUN);
    expect(alone.recording.rows.some((r) => metric(r, 'temp_task') !== undefined)).toBe(true);
    expect(alone.recording.rows.some((r) => metric(r, 'temp_goal') !== undefined || metric(r, 'll_goal') !== undefined)).toBe(false);
    const stopped = await drive(agentExperiment.run, { ...TINY, earlyStop: true, stopAt: 0 }, RUN);
    expect(stopped.status.state).toBe('done');
    expect(stopped.leaked).toBe(0);
    expect(stopped.recording.rows.map((r) => r.step)).toEqual([0]);
  }, 120_000);

  it('curveOf: the evaluation rows as steps, success, return and the statistics the rows carry', () => {
    const c = curveOf(testRecording().rows, 7);
    expect(c).toEqual({ steps: [0, 500], success: [0, 0.5], taskReturn: [1, 4], stats: { headHeight: [1.2, 1.3], speed: [0.1, 0.4] }, seconds: 7 });
  });
});
