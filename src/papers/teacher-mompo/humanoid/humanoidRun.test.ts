import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../../core/backend/nodeBackend';
import { presetParams } from '../../../core/params/presets';
import { metric } from '../../../core/runner/RunRecorder';
import { drive } from '../../../core/runner/testing';
import { teacherExperiment, type TeacherMetric } from '../experiment';
import { teacherSchema, type TeacherParams } from '../params';
import { teacherPresets } from '../presets';

const tf = await initNodeBackend('wasm');

async function run(params: TeacherParams) {
  const { status, recording, leaked } = await drive(teacherExperiment.run, params, { tf, backend: 'wasm', seed: 1 });
  expect(status.state).toBe('done');
  expect(leaked).toBe(0);
  const stepsWith = (key: TeacherMetric) => recording.rows.filter((r) => metric(r, key) !== undefined).map((r) => r.step);
  return { artifacts: recording.artifacts, rows: recording.rows, stepsWith };
}

describe('teacher experiment, humanoid stand', () => {
  it('runs humanoid-tiny with a baseline: head height with and without the stand teacher, both episodes, weights', async () => {
    const params = { ...presetParams(teacherSchema, teacherPresets, 'humanoid-tiny'), baseline: true };
    const { artifacts: art, rows, stepsWith } = await run(params);
    expect(art.scene?.geoms.some((g) => g.name === 'floor')).toBe(true);
    expect(art.scene?.geoms.filter((g) => g.kind === 'capsule').length).toBeGreaterThan(10);
    expect(art.setup?.domain).toBe('humanoidStand');
    expect(art.setup?.teachers).toEqual(['stand']);
    expect(art.teacherHead?.stand).toBeGreaterThan(1.2);
    expect(art.teacherEpisode?.xpos.length).toBe(params.episodeLength + 1);
    expect(art.episode?.xpos.length).toBe(params.episodeLength + 1);
    expect(art.episode?.agent[0]).toHaveLength(21);
    expect(art.episode?.envSteps).toBe(params.envSteps);
    expect(Object.keys(art.weights ?? {})).toContain('policy.0.w');
    expect(stepsWith('headHeight')).toEqual([0, 50, 100]);
    expect(stepsWith('baseheadHeight')).toEqual([0, 50, 100]);
    expect(rows.some((r) => (metric(r, 'temp_stand') ?? 0) > 0)).toBe(true);
  }, 180_000);

  it('on walk, the selection head chooses among task only, stand and walk; the walk teacher is replayed and speed is reported', async () => {
    const params = presetParams(teacherSchema, teacherPresets, 'humanoid-walk-tiny');
    const { artifacts: art, rows, stepsWith } = await run(params);
    const setup = art.setup;
    expect([setup?.domain, setup?.teachers, setup?.choices]).toEqual(['humanoidWalk', ['stand', 'walk'], ['task only', 'stand teacher', 'walk teacher']]);
    // The walk teacher alone moves; the stand teacher alone stays put and earns about a sixth of the walk reward.
    expect(art.teacherReturn?.walk).toBeGreaterThan(art.teacherReturn?.stand ?? Infinity);
    const te = art.teacherEpisode;
    expect(te?.xpos[te.xpos.length - 1][3]).toBeGreaterThan((te?.xpos[0][3] ?? NaN) + 0.1); // torso x after 0.75 s from rest
    const ep = art.episode;
    for (const p of ep?.choice ?? []) expect(p[0] + p[1] + p[2]).toBeCloseTo(1, 5);
    expect(ep?.choice).toHaveLength(params.episodeLength);
    expect(stepsWith('speed')).toEqual([0, 50, 100]);
    expect(rows.some((r) => (metric(r, 'temp_walk') ?? 0) > 0)).toBe(true);
  }, 180_000);

  it('with the selection head, the recorded episode carries per-step choice probabilities', async () => {
    const params = { ...presetParams(teacherSchema, teacherPresets, 'humanoid-tiny'), selectTeachers: true };
    const { artifacts: art } = await run(params);
    expect(art.setup?.choices).toEqual(['task only', 'stand teacher']);
    const ep = art.episode;
    expect(ep?.choice).toHaveLength(params.episodeLength);
    for (const p of ep?.choice ?? []) {
      expect(p).toHaveLength(2);
      expect(p[0] + p[1]).toBeCloseTo(1, 5);
    }
  }, 180_000);
});
