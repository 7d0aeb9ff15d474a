import { describe, expect, it } from 'vitest';
import { loadMujoco } from './rl/loadMujoco';
import { describeScene } from './rl/sceneDescription';
import { LAYOUTS } from './arena';
import { OBS, PointMassEnv, taskReward } from './pointMassEnv';

const mj = await loadMujoco();
const make = (layout: keyof typeof LAYOUTS, reward: 'sparse' | 'shaped' = 'sparse') =>
  new PointMassEnv(mj, { layout: LAYOUTS[layout], reward, episodeLength: 100, timestep: 0.01, substeps: 5 });

describe('PointMassEnv', () => {
  it('resets deterministically per seed, inside the start box', () => {
    const env = make('sequence');
    const a = env.reset(7);
    const steps = [0.5, -0.2].map(() => env.step(Float32Array.of(1, 0.3)).obs);
    const b = env.reset(7);
    const again = [0.5, -0.2].map(() => env.step(Float32Array.of(1, 0.3)).obs);
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(again.map((o) => Array.from(o))).toEqual(steps.map((o) => Array.from(o)));
    expect(Array.from(env.reset(8))).not.toEqual(Array.from(a));
    const { start, startNoise } = LAYOUTS.sequence;
    expect(Math.abs(a[OBS.x] - start[0])).toBeLessThanOrEqual(startNoise);
    expect(a[OBS.visited]).toBe(0);
    expect(a[OBS.wp_dx]).toBeCloseTo(LAYOUTS.sequence.waypoint![0] - a[OBS.x], 5);
    env.dispose();
  });

  it('rewards match hand-computed states', () => {
    expect(taskReward('sparse', true, 0.05, 0.05, 0.12)).toBe(1);
    expect(taskReward('sparse', false, 0.05, 0.05, 0.12)).toBe(0);
    expect(taskReward('sparse', true, 0.3, 0.3, 0.12)).toBe(0);
    expect(taskReward('shaped', false, 1, 1.5, 0.12)).toBeCloseTo(0.25 * (1 - Math.tanh(2)));
    expect(taskReward('shaped', true, 0.05, 0.05, 0.12)).toBeCloseTo(1 + 0.25 * (2 - Math.tanh(0.1)));
  });

  it('a full push accelerates the ball toward gear/damping m/s, and reaching the goal after the waypoint pays the sparse reward', () => {
    const env = make('reach');
    env.reset(1);
    let r = env.step(Float32Array.of(1, 0));
    for (let i = 1; i < 20; i++) r = env.step(Float32Array.of(1, 0));
    // 1 s of full push: v = (gear / damping)(1 − e^{−t d/m}) = 1.5 (1 − e^{−2}) m/s.
    expect(r.obs[OBS.vx]).toBeCloseTo(1.5 * (1 - Math.exp(-2)), 1);
    expect(r.obs[OBS.vy]).toBeCloseTo(0, 5);
    expect(r.obs[OBS.visited]).toBe(1); // no waypoint in `reach`
    // Drive to the goal with a P-controller; once inside the radius the step pays 1.
    let paid = 0;
    for (let i = 0; i < 200 && !paid; i++) {
      const o = r.obs;
      r = env.step(Float32Array.of(3 * o[OBS.goal_dx] - 0.3 * o[OBS.vx], 3 * o[OBS.goal_dy] - 0.3 * o[OBS.vy]));
      if (r.success) paid = r.rewards.task;
      if (r.done) break;
    }
    expect(paid).toBe(1);
    env.dispose();
  });

  it('touching the obstacle ends the episode as a terminal failure', () => {
    const env = make('obstacle', 'shaped');
    let o = env.reset(3);
    let r = env.step(Float32Array.of(0, 0));
    for (let i = 0; i < 100 && !r.done; i++) {
      r = env.step(Float32Array.of(3 * (-0.07 - o[OBS.x]), 3 * (0 - o[OBS.y])));
      o = r.obs;
    }
    expect(r.done).toBe(true);
    expect(r.terminal).toBe(true);
    expect(r.rewards.task).toBe(0);
    env.dispose();
  });

  it('describes its geoms for the view: floor, walls, markers, pillar and ball', () => {
    const env = make('obstacle');
    const s = env.scene();
    expect(s.nbody).toBe(2);
    const byName = Object.fromEntries(s.geoms.map((g) => [g.name, g]));
    expect(byName.floor.kind).toBe('plane');
    expect(byName.ball.kind).toBe('sphere');
    expect(byName.ball.body).toBe(1);
    expect(byName.obstacle.kind).toBe('cylinder');
    expect(byName.obstacle.size[0]).toBeCloseTo(0.15);
    expect(byName.wall_n.kind).toBe('box');
    expect(byName.goal.pos[0]).toBeCloseTo(LAYOUTS.obstacle.goal[0]);
    expect(describeScene({ ngeom: 1, nbody: 1, geom_type: Int32Array.of(7), geom_size: new Float64Array(3), geom_bodyid: Int32Array.of(0), geom_pos: new Float64Array(3), geom_quat: Float64Array.of(1, 0, 0, 0), geom_rgba: new Float32Array(4) }).geoms).toEqual([]);
    env.dispose();
  });
});
