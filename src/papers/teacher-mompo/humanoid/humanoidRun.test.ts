import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../../core/backend/nodeBackend';
import type { RunEvent } from '../../../core/experiment';
import { presetParams } from '../../../core/params/presets';
import type { SceneDescription } from '../rl/sceneDescription';
import { Rng } from '../../../core/rng';
import type { NamedWeights } from '../../../core/weights/namedWeights';
import { teacherExperiment, type RunSetup } from '../experiment';
import { teacherSchema } from '../params';
import { teacherPresets } from '../presets';
import type { EpisodeRecord } from '../rollout';

const tf = await initNodeBackend('wasm');

async function run(params: ReturnType<typeof presetParams<typeof teacherSchema>>) {
  const before = tf.memory().numTensors;
  const events: RunEvent[] = [];
  for await (const ev of teacherExperiment(params, { tf, rng: new Rng(1), backend: 'wasm', signal: new AbortController().signal, live: () => params })) events.push(ev);
  expect(tf.memory().numTensors).toBe(before);
  return events;
}

describe('teacher experiment, humanoid stand', () => {
  it('runs humanoid-tiny with a baseline: head height with and without the stand teacher, both episodes, weights', async () => {
    const params = { ...presetParams(teacherSchema, teacherPresets, 'humanoid-tiny'), baseline: true };
    const events = await run(params);
    const art = Object.fromEntries(events.filter((e) => e.kind === 'artifact').map((e) => [e.name, e.data]));
    const scene = art.scene as SceneDescription;
    expect(scene.geoms.some((g) => g.name === 'floor')).toBe(true);
    expect(scene.geoms.filter((g) => g.kind === 'capsule').length).toBeGreaterThan(10);
    expect((art.setup as RunSetup).domain).toBe('humanoidStand');
    expect((art.setup as RunSetup).teachers).toEqual(['stand']);
    expect((art.teacherHead as Record<string, number>).stand).toBeGreaterThan(1.2);
    const te = art.teacherEpisode as EpisodeRecord;
    const ep = art.episode as EpisodeRecord;
    expect(te.xpos.length).toBe(params.episodeLength + 1);
    expect(ep.xpos.length).toBe(params.episodeLength + 1);
    expect(ep.agent[0]).toHaveLength(21);
    expect(ep.envSteps).toBe(params.envSteps);
    expect(Object.keys(art.weights as NamedWeights)).toContain('policy.0.w');
    const rows = events.flatMap((e) => (e.kind === 'metrics' ? [e] : []));
    expect(rows.filter((r) => 'headHeight' in r.values).map((r) => r.step)).toEqual([0, 50, 100]);
    expect(rows.filter((r) => 'baseheadHeight' in r.values).map((r) => r.step)).toEqual([0, 50, 100]);
    expect(rows.some((r) => r.values.temp_stand > 0)).toBe(true);
  }, 180_000);

  it('on walk, the selection head chooses among task only, stand and walk; the walk teacher is replayed and speed is reported', async () => {
    const params = presetParams(teacherSchema, teacherPresets, 'humanoid-walk-tiny');
    const events = await run(params);
    const art = Object.fromEntries(events.filter((e) => e.kind === 'artifact').map((e) => [e.name, e.data]));
    const setup = art.setup as RunSetup;
    expect([setup.domain, setup.teachers, setup.choices]).toEqual(['humanoidWalk', ['stand', 'walk'], ['task only', 'stand teacher', 'walk teacher']]);
    // The walk teacher alone moves; the stand teacher alone stays put and earns about a sixth of the walk reward.
    const ret = art.teacherReturn as Record<string, number>;
    expect(ret.walk).toBeGreaterThan(ret.stand);
    const te = art.teacherEpisode as EpisodeRecord;
    expect(te.xpos[te.xpos.length - 1][3]).toBeGreaterThan(te.xpos[0][3] + 0.1); // torso x after 0.75 s from rest
    const ep = art.episode as EpisodeRecord;
    for (const p of ep.choice ?? []) expect(p[0] + p[1] + p[2]).toBeCloseTo(1, 5);
    expect(ep.choice).toHaveLength(params.episodeLength);
    const rows = events.flatMap((e) => (e.kind === 'metrics' ? [e] : []));
    expect(rows.filter((r) => 'speed' in r.values).map((r) => r.step)).toEqual([0, 50, 100]);
    expect(rows.some((r) => r.values.temp_walk > 0)).toBe(true);
  }, 180_000);

  it('with the selection head, the recorded episode carries per-step choice probabilities', async () => {
    const params = { ...presetParams(teacherSchema, teacherPresets, 'humanoid-tiny'), selectTeachers: true };
    const events = await run(params);
    const art = Object.fromEntries(events.filter((e) => e.kind === 'artifact').map((e) => [e.name, e.data]));
    expect((art.setup as RunSetup).choices).toEqual(['task only', 'stand teacher']);
    const ep = art.episode as EpisodeRecord;
    expect(ep.choice).toHaveLength(params.episodeLength);
    for (const p of ep.choice ?? []) {
      expect(p).toHaveLength(2);
      expect(p[0] + p[1]).toBeCloseTo(1, 5);
    }
  }, 180_000);
});
