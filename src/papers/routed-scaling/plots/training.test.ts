import { describe, expect, it } from 'vitest';
import { testRecording, xy } from './testRecording';
import { trainingFigure } from './training';

describe('trainingFigure', () => {
  it('one line per model from its training rows (not its evaluation row), named from the plan', () => {
    const { data, layout } = trainingFigure(testRecording());
    expect(data.map(xy)).toEqual([{ x: [1, 2], y: [3.9, 3.7] }, { x: [1, 2], y: [3.8, 3.5] }]);
    expect(data.map((d) => d.name)).toEqual(['d=8 E=1 dense', 'd=8 E=2 S-BASE']);
    expect(layout?.annotations).toBeUndefined();
  });

  it('names a model by its index before the plan arrives, and says what fills it before a run', () => {
    const rec = testRecording();
    expect(trainingFigure({ rows: rec.rows, artifacts: {} }).data.map((d) => d.name)).toEqual(['model 1', 'model 2']);
    const empty = trainingFigure({ rows: [], artifacts: {} });
    expect(empty.data).toEqual([]);
    expect(empty.layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});
