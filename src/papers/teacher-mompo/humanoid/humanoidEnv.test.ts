import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HumanoidEnv } from './humanoidEnv';
import { STAND_ROOT_HEIGHT } from './humanoidModel';
import { rewardTerms } from './humanoidTasks';

let env: HumanoidEnv;

beforeAll(async () => {
  env = await HumanoidEnv.create({ task: 'walk', episodeLength: 20, initNoise: 0.05, clockPeriod: 0.8 });
});
afterAll(() => env.dispose());

describe('HumanoidEnv', () => {
  it('has the suite timing and 21 actions in [-1, 1]', () => {
    expect(env.timestep).toBe(0.005);
    expect(env.substeps).toBe(5);
    expect(env.objectives).toEqual(['task']);
    expect(env.actionSpec.size).toBe(21);
    expect(Array.from(env.actionSpec.low)).toEqual(new Array(21).fill(-1));
    expect(Array.from(env.actionSpec.high)).toEqual(new Array(21).fill(1));
    expect(env.observationSpec.size).toBe(env.observationSpec.names.length);
    expect(env.observationSpec.size).toBe(21 + 1 + 12 + 3 + 3 + 27 + 2 + 2);
  });

  it('resets deterministically per seed, perturbed from the stand pose, feet on the floor', () => {
    const a = env.reset(7);
    const b = env.reset(7);
    const c = env.reset(8);
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(Array.from(c)).not.toEqual(Array.from(a));
    const joints = a.slice(0, 21);
    expect(Math.max(...joints.map(Math.abs))).toBeLessThanOrEqual(0.05 + 1e-6);
    expect(Math.max(...joints.map(Math.abs))).toBeGreaterThan(0.01);
    expect(env.headHeight()).toBeGreaterThan(STAND_ROOT_HEIGHT + 0.15);
    // Lifted so that the lower foot touches the floor: the foot bodies sit about a capsule radius up.
    const p = env.poses();
    const names = ['right_foot', 'left_foot'].map((n) => env.handles.mj.mj_name2id(env.mjModel, env.handles.mj.mjtObj.mjOBJ_BODY.value, n));
    expect(Math.min(...names.map((id) => p.xpos[3 * id + 2]))).toBeGreaterThan(0.01);
    expect(Math.min(...names.map((id) => p.xpos[3 * id + 2]))).toBeLessThan(0.08);
  });

  it('clips actions to the control range and pays the suite reward of the new state', () => {
    env.reset(1);
    const action = new Float32Array(21).fill(0);
    action[0] = 5;
    action[1] = -3;
    action[2] = Number.NaN;
    const r = env.step(action);
    const ctrl = env.handles.data.ctrl;
    expect([ctrl[0], ctrl[1], ctrl[2]]).toEqual([1, -1, 0]);
    const names = env.observationSpec.names;
    const at = (n: string): number => r.obs[names.indexOf(n)];
    const t = rewardTerms('walk', env.headHeight(), at('torso_vertical:z'), ctrl, at('com_vel:x'), at('com_vel:y'));
    expect(r.rewards.task).toBeCloseTo(t.reward, 5);
    expect(env.lastTerms.reward).toBeCloseTo(t.reward, 5);
    expect(at('head_height')).toBeCloseTo(env.headHeight(), 5);
    expect(r.success).toBe(false); // standing still is not walking
  });

  it('ends at the time limit, and early on a fall when asked', async () => {
    env.reset(2);
    const zero = new Float32Array(21);
    let steps = 0;
    for (let done = false; !done; steps++) done = env.step(zero).done;
    expect(steps).toBe(20);
    const falling = await HumanoidEnv.create({ task: 'stand', episodeLength: 1000, fallHeight: 1.0 });
    falling.reset(2);
    let n = 0;
    for (let done = false; !done; n++) done = falling.step(zero).done;
    expect(n).toBeLessThan(400);
    expect(falling.headHeight()).toBeLessThan(1.0);
    falling.dispose();
  });

  it('returns body poses for the renderer', () => {
    env.reset(3);
    const p = env.poses();
    expect(p.xpos.length).toBe(3 * env.mjModel.nbody);
    expect(p.xquat.length).toBe(4 * env.mjModel.nbody);
    // a copy, not a view into the simulation
    env.step(new Float32Array(21).fill(0.5));
    expect(env.poses().xpos[5]).not.toBe(p.xpos[5]);
  });

  it('rejects bad options with clear messages', async () => {
    await expect(HumanoidEnv.create({ episodeLength: 0 })).rejects.toThrow(/episodeLength/);
    await expect(HumanoidEnv.create({ initNoise: -1 })).rejects.toThrow(/initNoise/);
    await expect(HumanoidEnv.create({ fallHeight: 2 })).rejects.toThrow(/fallHeight/);
    expect(() => env.step(new Float32Array(3))).toThrow(/21/);
  });
});
