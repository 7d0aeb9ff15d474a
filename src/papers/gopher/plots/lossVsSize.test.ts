import { describe, expect, it } from 'vitest';
import { lossVsSizeFigure } from './lossVsSize';
import { TEST_RESULTS } from './testRecording';

describe('lossVsSizeFigure', () => {
  it('adds the power-law fit once there are two models', () => {
    expect(lossVsSizeFigure({ artifacts: { results: TEST_RESULTS.slice(0, 1) } }).data).toHaveLength(1);
    const { data } = lossVsSizeFigure({ artifacts: { results: TEST_RESULTS, lossFit: { exponent: -0.14, coef: 5, r2: 1 } } });
    expect(data).toHaveLength(2);
    expect(data[1]).toMatchObject({ x: [1000, 8000], y: [5 * 1000 ** -0.14, 5 * 8000 ** -0.14] });
  });

  it('says what fills it before a run', () => {
    expect(lossVsSizeFigure({ artifacts: {} }).layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});
