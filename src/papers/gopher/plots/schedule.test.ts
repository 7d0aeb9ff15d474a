import { describe, expect, it } from 'vitest';
import { scheduleFigure } from './schedule';
import { testRecording } from './testRecording';

describe('scheduleFigure', () => {
  it('draws the learning rate of each model over the run\'s steps', () => {
    const { data, layout } = scheduleFigure(testRecording());
    expect(data.map((d) => ('x' in d ? d.x : []))).toEqual([[1, 2], [3, 4]]);
    expect(data.map((d) => ('y' in d ? d.y : []))).toEqual([[0.01, 0.001], [0.01, 0.001]]);
    expect(layout?.yaxis?.rangemode).toBe('tozero');
  });

  it('says what fills it before a run', () => {
    const { data, layout } = scheduleFigure({ rows: [], artifacts: {} });
    expect(data).toEqual([]);
    expect(layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});
