import { describe, expect, it } from 'vitest';
import { choiceFigure, choiceTraces } from './choice';
import { EMPTY, testEpisode, testRecording } from './testRecording';
import { xy } from './xy';

const setup = { domain: 'humanoidStand' as const, composition: 'sequence' as const, teachers: ['stand'], reward: 'sparse' as const, choices: ['task only', 'stand teacher'] };

describe('choiceFigure', () => {
  it('one stacked trace per choice over the latest episode\'s time', () => {
    const episode = testEpisode(3, 0.5, () => [0, 0, 1], { choice: [[0.2, 0.8], [0.6, 0.4]] });
    const { data, layout } = choiceFigure(testRecording({ setup, episode }), { selectTeachers: true });
    expect(data.map((d) => d.name)).toEqual(['p(task only)', 'p(stand teacher)']);
    expect(data.map(xy)).toEqual([{ x: [0, 0.5], y: [0.2, 0.6] }, { x: [0, 0.5], y: [0.8, 0.4] }]);
    expect(data.every((d) => 'stackgroup' in d && d.stackgroup === 'choice')).toBe(true);
    expect(layout?.annotations).toBeUndefined();
  });

  it('empty axes say how to fill them: run, or first switch the head on', () => {
    expect(choiceFigure(testRecording({ setup }), { selectTeachers: true }).layout?.annotations?.[0]?.text).toMatch(/Press Run/);
    const off = choiceFigure(EMPTY, { selectTeachers: false });
    expect(off.data).toEqual([]);
    expect(off.layout?.annotations?.[0]?.text).toMatch(/Teacher selection head/);
  });

  it('choiceTraces: per choice, its probability at each step ([K][T])', () => {
    expect(choiceTraces(testEpisode(1, 1, () => [0, 0, 0], { choice: [[0.3, 0.7]] }), 2)).toEqual([[0.3], [0.7]]);
    expect(choiceTraces(null, 2)).toEqual([[], []]);
  });
});
