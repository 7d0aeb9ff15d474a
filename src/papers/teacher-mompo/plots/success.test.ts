import { describe, expect, it } from 'vitest';
import { successFigure } from './success';
import { EMPTY, testRecording } from './testRecording';
import { xy } from './xy';

describe('successFigure', () => {
  it('one point per evaluation that carries the metric, with teachers and without', () => {
    const { data, layout } = successFigure(testRecording());
    expect(data.map((d) => d.name)).toEqual(['with teachers', 'without teachers']);
    expect(data.map(xy)).toEqual([{ x: [0, 500], y: [0, 0.5] }, { x: [500], y: [0.1] }]);
    expect(layout?.annotations).toBeUndefined();
  });

  it('says what fills it before a run', () => {
    expect(successFigure(EMPTY).layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});
