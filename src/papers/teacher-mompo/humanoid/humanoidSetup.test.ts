import { describe, expect, it } from 'vitest';
import { presetParams } from '../../../core/params/presets';
import { teacherSchema } from '../params';
import { teacherPresets } from '../presets';
import { updateEpsilons } from '../setup';
import { choiceNames, headHeightStat, humanoidKit, humanoidObjectives, humanoidTeachers, selectionChoices } from './humanoidSetup';

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

  it('rejects an observation without head height', () => {
    expect(() => headHeightStat(['a', 'b'])).toThrow(/head_height/);
  });
});
