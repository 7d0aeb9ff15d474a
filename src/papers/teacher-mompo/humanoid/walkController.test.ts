import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { affineForm } from './controllerOps';
import { HumanoidEnv } from './humanoidEnv';
import { WALK_TEACHER, walkTeacher } from './humanoidTeachers';
import { walkController, walkGainsFromVector, walkGainsToVector, WALK_INIT, WALK_PARAMS } from './walkController';
import { walkRollout } from './walkRollout';
import { parseWalkSpec, SEARCH_SIZE, specAt, WALK_START } from './walkSearch';

let env: HumanoidEnv;
beforeAll(async () => {
  env = await HumanoidEnv.create({ task: 'walk', episodeLength: 400, initNoise: 0.05, clockPeriod: WALK_TEACHER.period });
});
afterAll(() => env.dispose());

describe('walk controller gains', () => {
  it('round-trip through the search vector, clipped to their ranges', () => {
    expect(walkGainsFromVector(walkGainsToVector(WALK_INIT))).toEqual(WALK_INIT);
    const wild = walkGainsFromVector(WALK_PARAMS.map((p) => p.hi + 100));
    for (const p of WALK_PARAMS) expect(wild[p.name]).toBe(p.hi);
    expect(() => walkGainsFromVector([1, 2])).toThrow(/walk gains need/);
    expect(specAt(WALK_START, new Array(SEARCH_SIZE).fill(0))).toEqual({ period: WALK_START.period, gains: WALK_INIT });
    expect(specAt(WALK_START, [-100, ...new Array(SEARCH_SIZE - 1).fill(0)]).period).toBe(0.4);
  });

  it('reads a saved spec, filling missing gains and refusing malformed files', () => {
    const s = parseWalkSpec({ period: 0.9, gains: { lean: 0.2, sharp: 'x' } });
    expect(s.period).toBe(0.9);
    expect(s.gains.lean).toBe(0.2);
    expect(s.gains.sharp).toBe(WALK_INIT.sharp);
    expect(() => parseWalkSpec({ gains: {} })).toThrow(/period/);
    expect(() => parseWalkSpec(null)).toThrow(/period/);
  });

  it('is not affine (phase weights multiply observation terms), and its teacher needs the gait clock', async () => {
    expect(affineForm(walkController(), env.observationSpec.names)).toBeNull();
    const still = await HumanoidEnv.create({ clockPeriod: 0 });
    expect(() => walkTeacher(still.observationSpec.names)).toThrow(/gait clock/);
    still.dispose();
  });
});

describe('walk teacher (shipped gains)', () => {
  it('walks: over 400 control steps (10 s) it goes forward > 2 m, the head stays above 1 m, and the feet take turns in the air', () => {
    const ctrl = walkController(WALK_TEACHER.gains);
    for (const seed of [1, 2, 3]) {
      const r = walkRollout(env, ctrl, seed, { steps: 400, fallHeight: 0 });
      expect(r.steps, `seed ${seed}`).toBe(400);
      expect(r.distance, `seed ${seed}`).toBeGreaterThan(2);
      expect(r.minHead, `seed ${seed}`).toBeGreaterThan(1);
      // Both feet spend a real share of the time lifted, and the lifted foot switches many times (steps, not a hop or a shuffle).
      expect(Math.min(...r.airSteps), `seed ${seed}`).toBeGreaterThan(40);
      expect(r.alternations, `seed ${seed}`).toBeGreaterThan(8);
      expect(r.ret, `seed ${seed}`).toBeGreaterThan(100);
    }
  });
});
