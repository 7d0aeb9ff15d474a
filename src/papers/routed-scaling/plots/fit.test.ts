import { describe, expect, it } from 'vitest';
import { fitFigure } from './fit';
import { testRecording, xy } from './testRecording';

describe('fitFigure', () => {
  it('marks the measured losses against E and draws the fitted law through them', () => {
    const { data, layout } = fitFigure(testRecording().artifacts);
    expect(data).toHaveLength(2);
    expect(xy(data[0])).toEqual({ x: [1, 2], y: [3.6, 3.4] });
    const line = xy(data[1]);
    expect(Array.isArray(line.x) && line.x.length).toBe(40);
    expect(layout?.xaxis?.type).toBe('log');
    expect(layout?.annotations).toBeUndefined();
  });

  it('says what fills it before any model has finished', () => {
    const { data, layout } = fitFigure({});
    expect(data).toEqual([]);
    expect(layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});
