import { describe, expect, it } from 'vitest';
import { headHeightFigure } from './headHeight';
import { EMPTY, testRecording } from './testRecording';
import { xy } from './xy';

describe('headHeightFigure', () => {
  it('head height with and without teachers, and the stand teacher alone as a flat line across the evaluated steps', () => {
    const { data } = headHeightFigure(testRecording({ teacherHead: { stand: 1.4 } }));
    expect(data.map((d) => d.name)).toEqual(['with teachers', 'without teachers', 'stand teacher alone']);
    expect(data.map(xy)).toEqual([{ x: [0, 500], y: [1.2, 1.3] }, { x: [500], y: [0.9] }, { x: [0, 500], y: [1.4, 1.4] }]);
  });

  it('no teacher line before any evaluation, or without the teacher\'s own height', () => {
    expect(headHeightFigure({ ...EMPTY, artifacts: { teacherHead: { stand: 1.4 } } }).data).toHaveLength(2);
    expect(headHeightFigure(testRecording()).data).toHaveLength(2);
    expect(headHeightFigure(EMPTY).layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});
