import { describe, expect, it } from 'vitest';
import { EMPTY, testRecording } from './testRecording';
import { tradeoffFigure } from './tradeoff';
import { xy } from './xy';

describe('tradeoffFigure', () => {
  it('the final task return of each sweep run against its ε_T, on a log axis', () => {
    const { data, layout } = tradeoffFigure(testRecording({ tradeoff: [{ epsilon: 0.01, taskReturn: 5, success: 0.2 }, { epsilon: 1, taskReturn: 3, success: 0.1 }] }));
    expect(data.map(xy)).toEqual([{ x: [0.01, 1], y: [5, 3] }]);
    expect(layout?.xaxis?.type).toBe('log');
    expect(layout?.annotations).toBeUndefined();
  });

  it('one empty trace and a note on how to fill it without a sweep', () => {
    const { data, layout } = tradeoffFigure(EMPTY);
    expect(data.map(xy)).toEqual([{ x: [], y: [] }]);
    expect(layout?.annotations?.[0]?.text).toMatch(/sweep/);
  });
});
