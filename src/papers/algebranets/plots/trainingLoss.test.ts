import { describe, expect, it } from 'vitest';
import { testRecording } from './testRecording';
import { trainingLossFigure } from './trainingLoss';

describe('trainingLossFigure', () => {
  it('a smoothed training loss per net', () => {
    const { data, layout } = trainingLossFigure(testRecording());
    expect(data.map((t) => t.name)).toEqual(['R', 'M2R']);
    expect(data[0]).toMatchObject({ x: [1, 2] });
    expect(data[0]).toMatchObject({ y: [2, expect.closeTo(0.9 * 2 + 0.1 * 1, 10)] });
    expect(layout?.annotations).toBeUndefined();
  });

  it('says what fills it before a run', () => {
    const { data, layout } = trainingLossFigure(testRecording({}));
    expect(data).toEqual([]);
    expect(layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});
