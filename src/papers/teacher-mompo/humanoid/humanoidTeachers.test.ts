import { describe, expect, it } from 'vitest';
import { ACTUATOR_GROUPS, standTeacher } from './humanoidTeachers';
import { HumanoidEnv } from './humanoidEnv';

describe('humanoid teachers', () => {
  it('split the 21 actuators into legs (12) and upper body (9)', () => {
    expect(ACTUATOR_GROUPS.all.length).toBe(21);
    expect(ACTUATOR_GROUPS.legs.length).toBe(12);
    expect(ACTUATOR_GROUPS.upper.length).toBe(9);
    expect([...ACTUATOR_GROUPS.legs, ...ACTUATOR_GROUPS.upper].sort((a, b) => a - b)).toEqual([...ACTUATOR_GROUPS.all]);
  });

  it('builds stand teachers on the env observation, with or without the gait clock', async () => {
    for (const clockPeriod of [0, 0.8]) {
      const env = await HumanoidEnv.create({ clockPeriod });
      const obs = env.reset(1);
      const whole = standTeacher(env.observationSpec.names);
      const legs = standTeacher(env.observationSpec.names, 'legs', 0.2);
      expect(whole.name).toBe('stand');
      expect(legs.name).toBe('stand-legs');
      expect(Array.from(legs.meanJs(obs))).toEqual(Array.from(whole.meanJs(obs)));
      expect(Array.from(legs.mask).reduce((s, x) => s + x, 0)).toBe(12);
      expect(whole.act(obs).std[0]).toBeCloseTo(0.1, 6);
      env.dispose();
    }
  });
});
