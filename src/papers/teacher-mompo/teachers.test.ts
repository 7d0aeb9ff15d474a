import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../core/backend/nodeBackend';
import { logProbJs } from './rl/diagGaussian';
import { LAYOUTS } from './arena';
import { OBS } from './pointMassEnv';
import { GAINS, makeTeacher } from './teachers';

const tf = await initNodeBackend('wasm');
const opts = { std: 0.2, shortfall: 0, phased: true };

const obsWith = (set: Partial<Record<keyof typeof OBS, number>>) => {
  const o = new Float32Array(10);
  for (const [k, v] of Object.entries(set)) o[OBS[k as keyof typeof OBS]] = v;
  return o;
};

describe('scripted teachers', () => {
  it('act as clipped PD controllers toward their target', () => {
    const goal = makeTeacher('goal', LAYOUTS.reach, { ...opts, phased: false });
    const m = goal.meanJs(obsWith({ goal_dx: 0.1, goal_dy: -0.05, vx: 0.2 }));
    expect(m[0]).toBeCloseTo(GAINS.kp * 0.1 - GAINS.kd * 0.2);
    expect(m[1]).toBeCloseTo(GAINS.kp * -0.05);
    expect(Array.from(goal.meanJs(obsWith({ goal_dx: 5, goal_dy: -5 })))).toEqual([1, -1]);
    const short = makeTeacher('goal', LAYOUTS.reach, { ...opts, phased: false, shortfall: 0.4 });
    // At the goal, the short teacher pushes back toward the start.
    const back = short.meanJs(obsWith({}));
    expect(back[0]).toBeLessThan(0);
    expect(back[1]).toBeLessThan(0);
  });

  it('log π_T in tfjs equals the JS Gaussian log-density over the teacher\'s dims, times its gate', async () => {
    const wp = makeTeacher('waypoint', LAYOUTS.sequence, opts);
    const x = makeTeacher('x', LAYOUTS.reach, opts);
    const states = [obsWith({ wp_dx: 0.2, wp_dy: 0.1, goal_dx: 0.3, visited: 0 }), obsWith({ wp_dx: -0.1, goal_dx: -0.2, goal_dy: 0.4, visited: 1 })];
    const actions = [[[0.3, -0.2], [0.5, 0.5]], [[-1, 1], [0, 0.1]]]; // [N=2, B=2, A=2]
    const obsT = tf.tensor2d(states.map((s) => Array.from(s)));
    const actT = tf.tensor3d(actions);
    const lpWp = (await wp.logProb(obsT, actT).array()) as number[][];
    const lpX = (await x.logProb(obsT, actT).array()) as number[][];
    for (let n = 0; n < 2; n++) {
      for (let b = 0; b < 2; b++) {
        const a = actions[n][b];
        const gate = states[b][OBS.visited] === 0 ? 1 : 0;
        expect(lpWp[n][b]).toBeCloseTo(gate * logProbJs(a, wp.meanJs(states[b]), [0.2, 0.2]), 4);
        expect(lpX[n][b]).toBeCloseTo(logProbJs([a[0]], [x.meanJs(states[b])[0]], [0.2]), 4);
      }
    }
    expect(wp.activeJs(states[0])).toBe(true);
    expect(wp.activeJs(states[1])).toBe(false);
  });

  it('the hold teacher brakes', () => {
    const hold = makeTeacher('hold', LAYOUTS.reach, opts);
    const m = hold.meanJs(obsWith({ vx: 0.25, vy: -0.1, goal_dx: 1 }));
    expect(m[0]).toBeCloseTo(-GAINS.holdKd * 0.25);
    expect(m[1]).toBeCloseTo(GAINS.holdKd * 0.1);
  });
});
