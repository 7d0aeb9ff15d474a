import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import type { RunEvent } from '../../core/experiment';
import { presetParams } from '../../core/params/presets';
import type { SceneDescription } from './rl/sceneDescription';
import { Rng } from '../../core/rng';
import type { NamedWeights } from '../../core/weights/namedWeights';
import { sweepValues, teacherExperiment, type TradeoffPoint } from './experiment';
import { teacherSchema } from './params';
import { teacherPresets } from './presets';
import type { EpisodeRecord } from './rollout';

const tf = await initNodeBackend('wasm');

describe('teacher experiment', () => {
  it('runs tiny with a baseline and a 2-point sweep: curves with and without teachers, an episode, the sweep, weights, no leaked tensors', async () => {
    const params = { ...presetParams(teacherSchema, teacherPresets, 'tiny'), baseline: true, sweepPoints: 2, sweepSteps: 100 };
    const before = tf.memory().numTensors;
    const events: RunEvent[] = [];
    for await (const ev of teacherExperiment(params, { tf, rng: new Rng(1), backend: 'wasm', signal: new AbortController().signal, live: () => params })) events.push(ev);
    expect(tf.memory().numTensors).toBe(before);
    const art = Object.fromEntries(events.filter((e) => e.kind === 'artifact').map((e) => [e.name, e.data]));
    expect((art.scene as SceneDescription).geoms.some((g) => g.name === 'ball')).toBe(true);
    const ep = art.episode as EpisodeRecord;
    expect(ep.envSteps).toBe(params.envSteps);
    expect(ep.xpos.length).toBe(ep.agent.length + 1);
    expect(Object.keys(ep.teachers)).toEqual(['waypoint', 'goal']);
    expect((art.tradeoff as TradeoffPoint[]).map((p) => p.epsilon)).toEqual(sweepValues(params));
    expect(Object.keys(art.weights as NamedWeights)).toContain('policy.0.w');
    const rows = events.flatMap((e) => (e.kind === 'metrics' ? [e] : []));
    expect(rows.filter((r) => 'success' in r.values).map((r) => r.step)).toEqual([0, 50, 100]);
    expect(rows.filter((r) => 'basesuccess' in r.values).map((r) => r.step)).toEqual([0, 50, 100]);
    expect(rows.some((r) => r.values.temp_waypoint > 0 && r.values.kl_goal >= 0)).toBe(true);
    const progress = events.filter((e) => e.kind === 'progress');
    const lastP = progress[progress.length - 1];
    expect(lastP.kind === 'progress' && lastP.done === lastP.total).toBe(true);
  }, 180_000);

  it('rejects a sweep whose lowest ε exceeds its highest', async () => {
    const params = { ...presetParams(teacherSchema, teacherPresets, 'tiny'), sweepPoints: 2, sweepMin: 1, sweepMax: 0.1 };
    const gen = teacherExperiment(params, { tf, rng: new Rng(1), backend: 'wasm', signal: new AbortController().signal, live: () => params });
    await expect(gen.next()).rejects.toThrow(/lowest must not exceed/);
  });
});
