import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { presetParams } from '../../core/params/presets';
import { metric } from '../../core/runner/RunRecorder';
import { drive } from '../../core/runner/testing';
import { Rng } from '../../core/rng';
import { teacherExperiment } from './experiment';
import { teacherSchema } from './params';
import { sweepValues } from './pointMassRun';
import { teacherPresets } from './presets';

const tf = await initNodeBackend('wasm');
const RUN = { tf, backend: 'wasm' as const, seed: 1 };

describe('teacher experiment', () => {
  it('runs tiny with a baseline and a 2-point sweep: curves with and without teachers, an episode, the sweep, weights, no leaked tensors', async () => {
    const params = { ...presetParams(teacherSchema, teacherPresets, 'tiny'), baseline: true, sweepPoints: 2, sweepSteps: 100 };
    const { status, recording, leaked } = await drive(teacherExperiment.run, params, RUN);
    expect(status.state).toBe('done');
    expect(leaked).toBe(0);
    const { scene, episode, tradeoff, weights } = recording.artifacts;
    expect(scene?.geoms.some((g) => g.name === 'ball')).toBe(true);
    expect(episode?.envSteps).toBe(params.envSteps);
    expect(episode?.xpos.length).toBe((episode?.agent.length ?? NaN) + 1);
    expect(Object.keys(episode?.teachers ?? {})).toEqual(['waypoint', 'goal']);
    expect(tradeoff?.map((p) => p.epsilon)).toEqual(sweepValues(params));
    expect(Object.keys(weights ?? {})).toContain('policy.0.w');
    const { rows } = recording;
    const stepsWith = (key: 'success' | 'basesuccess' | 'sweep1_success') => rows.filter((r) => metric(r, key) !== undefined).map((r) => r.step);
    expect(stepsWith('success')).toEqual([0, 50, 100]);
    expect(stepsWith('basesuccess')).toEqual([0, 50, 100]);
    expect(stepsWith('sweep1_success')).toEqual([0, 50, 100]);
    expect(rows.some((r) => (metric(r, 'temp_waypoint') ?? 0) > 0 && (metric(r, 'kl_goal') ?? -1) >= 0)).toBe(true);
    // Each agent's rows carry its number: with teachers, without, then the sweep's two runs.
    expect([...new Set(rows.map((r) => metric(r, 'segment')))]).toEqual([0, 1, 2, 3]);
    expect(recording.progress?.done).toBe(recording.progress?.total);
  }, 180_000);

  it('starts each agent with a segment event before its first row', async () => {
    const params = { ...presetParams(teacherSchema, teacherPresets, 'tiny'), baseline: true, sweepPoints: 1, sweepSteps: 100 };
    const events: string[] = [];
    const ctx = { tf, rng: new Rng(1), backend: 'wasm' as const, signal: new AbortController().signal, live: () => params };
    let seen = '';
    for await (const ev of teacherExperiment.run(params, ctx)) {
      if (ev.kind === 'segment') events.push(`segment ${ev.label ?? ''}`);
      else if (ev.kind === 'metrics') {
        const first = `rows of ${metric(ev, 'segment')}`;
        if (first !== seen) events.push((seen = first));
      }
    }
    expect(events).toEqual(['segment with teachers', 'rows of 0', 'segment no teachers', 'rows of 1', 'segment sweep ε_T 0.0010', 'rows of 2']);
  }, 180_000);

  it('rejects a sweep whose lowest ε exceeds its highest', async () => {
    const params = { ...presetParams(teacherSchema, teacherPresets, 'tiny'), sweepPoints: 2, sweepMin: 1, sweepMax: 0.1 };
    const { status } = await drive(teacherExperiment.run, params, RUN);
    expect(status.state).toBe('error');
    expect(status.message).toMatch(/lowest must not exceed/);
  });
});
