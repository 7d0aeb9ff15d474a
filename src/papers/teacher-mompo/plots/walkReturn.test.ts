import { describe, expect, it } from 'vitest';
import { EMPTY, testRecording } from './testRecording';
import { walkReturnFigure } from './walkReturn';
import { xy } from './xy';

describe('walkReturnFigure', () => {
  it('walk return with and without teachers, and the walk teacher alone across the evaluated steps', () => {
    const { data, layout } = walkReturnFigure(testRecording({ teacherReturn: { walk: 9, stand: 2 } }));
    expect(data.map((d) => d.name)).toEqual(['with teachers', 'without teachers', 'walk teacher alone']);
    expect(data.map(xy)).toEqual([{ x: [0, 500], y: [1, 4] }, { x: [500], y: [2] }, { x: [0, 500], y: [9, 9] }]);
    expect(layout?.annotations).toBeUndefined();
  });

  it('before a run: no teacher line, a note', () => {
    const { data, layout } = walkReturnFigure({ ...EMPTY, artifacts: { teacherReturn: { walk: 9 } } });
    expect(data).toHaveLength(2);
    expect(layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});
