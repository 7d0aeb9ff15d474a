import { describe, expect, it } from 'vitest';
import { presetParams } from '../../../core/params/presets';
import { teacherSchema } from '../params';
import { teacherPresets } from '../presets';
import { updateEpsilons } from '../setup';
import { availableTeachers, choiceNames, headHeightStat, humanoidEnvOptions, humanoidKit, humanoidObjectives, humanoidTeachers, selectionChoices } from './humanoidSetup';
import { WALK_TEACHER } from './humanoidTeachers';

const base = presetParams(teacherSchema, teacherPresets, 'humanoid');

describe('humanoid setup', () => {
  it('builds the stand task with the stand teacher as a second objective, or no teacher', async () => {
    const kit = await humanoidKit(base, true);
    try {
      expect(kit.env.observationSpec.size).toBe(69);
      expect(kit.env.actionSpec.size).toBe(21);
      expect(kit.env.episodeLength).toBe(base.episodeLength);
      expect(kit.teachers.map((t) => t.name)).toEqual(['stand']);
      expect(kit.objectives.map((o) => [o.name, o.kind, o.epsilon])).toEqual([['task', 'reward', base.epsTask], ['stand', 'qvalue', base.epsStand]]);
      expect(kit.teacherChoices).toBe(0);
      const obs = kit.evalEnv.reset(1);
      expect(kit.evalStats[0].read(obs)).toBeCloseTo(kit.evalEnv.headHeight(), 5);
    } finally {
      kit.dispose();
    }
    const none = await humanoidKit(base, false);
    expect(none.objectives.map((o) => o.name)).toEqual(['task']);
    none.dispose();
  });

  it('with selection on, the head has a choice for the task alone and one per teacher', async () => {
    const p = { ...base, selectTeachers: true };
    const kit = await humanoidKit(p, true);
    try {
      const teachers = humanoidTeachers(p, kit.env.observationSpec.names);
      expect(selectionChoices(p, teachers)).toBe(2);
      expect(choiceNames(teachers)).toEqual(['task only', 'stand teacher']);
      expect(humanoidObjectives(p, teachers).map((o) => o.name)).toEqual(['task', 'stand']);
      expect(selectionChoices(p, [])).toBe(0);
      expect(selectionChoices({ ...p, selectTeachers: false }, teachers)).toBe(0);
    } finally {
      kit.dispose();
    }
  });

  it('live ε changes reach the stand objective', async () => {
    const kit = await humanoidKit(base, true);
    updateEpsilons(kit.objectives, { ...base, epsStand: 0.5, epsTask: 0.2 });
    expect(kit.objectives.map((o) => o.epsilon)).toEqual([0.2, 0.5]);
    kit.dispose();
  });

  it('on walk every agent sees the gait clock; the walk teacher joins the stand teacher and the head chooses among three', async () => {
    const p = presetParams(teacherSchema, teacherPresets, 'humanoid-walk');
    const kit = await humanoidKit(p, true);
    const none = await humanoidKit(p, false);
    try {
      expect(humanoidEnvOptions(p)).toMatchObject({ task: 'walk', clockPeriod: WALK_TEACHER.period });
      expect(kit.env.observationSpec.size).toBe(71);
      expect(none.env.observationSpec.names).toEqual(kit.env.observationSpec.names);
      expect(kit.teachers.map((t) => t.name)).toEqual(['stand', 'walk']);
      expect(kit.teacherChoices).toBe(3);
      expect(kit.objectives.map((o) => [o.name, o.epsilon])).toEqual([['task', p.epsTask], ['stand', p.epsStand], ['walk', p.epsWalk]]);
      expect(kit.evalStats.map((s) => s.name)).toEqual(['headHeight', 'speed']);
      expect(none.objectives.map((o) => o.name)).toEqual(['task']);
      updateEpsilons(kit.objectives, { ...p, epsWalk: 0.03 });
      expect(kit.objectives[2].epsilon).toBe(0.03);
    } finally {
      kit.dispose();
      none.dispose();
    }
    // The stand presets keep the suite's observation (no clock) and no walk teacher.
    expect(humanoidEnvOptions(base).clockPeriod).toBe(0);
    const stand = await humanoidKit(base, false);
    expect(availableTeachers(base, stand.env.observationSpec.names).map((t) => t.name)).toEqual(['stand']);
    stand.dispose();
  });

  it('rejects an observation without head height', () => {
    expect(() => headHeightStat(['a', 'b'])).toThrow(/head_height/);
  });
});
