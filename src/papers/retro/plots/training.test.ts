import { describe, expect, it } from 'vitest';
import { bpcCurvesFigure } from './bpcCurves';
import { testRecording, xy } from './testRecording';
import { trainLossFigure } from './trainLoss';

describe('the training charts', () => {
  it('bpc curves: baseline, [Off] and [On] from the curve points only', () => {
    const { data, layout } = bpcCurvesFigure(testRecording());
    expect(data.map(xy)).toEqual([{ x: [2], y: [2.2] }, { x: [2], y: [2.3] }, { x: [2], y: [1.9] }]);
    expect(layout?.annotations).toBeUndefined();
  });

  it('training loss: both models per joint step, in bits (not the RETRO-fit rows)', () => {
    const { data } = trainLossFigure(testRecording());
    expect(data.map(xy)).toEqual([{ x: [1, 2], y: [3, 2] }, { x: [1, 2], y: [2.5, 1.5] }]);
  });

  it('say what fills them before a run', () => {
    for (const f of [bpcCurvesFigure({ rows: [] }), trainLossFigure({ rows: [] })]) expect(f.layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});
