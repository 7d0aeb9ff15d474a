import { describe, expect, it } from 'vitest';
import { balanceFigure } from './balance';
import { testRecording, xy } from './testRecording';

describe('balanceFigure', () => {
  it('plots routed steps over the run\'s steps, dense steps as gaps, a break between models', () => {
    const { data, layout } = balanceFigure(testRecording());
    expect(data.map(xy)).toEqual([
      { x: [1, 2, null, 3, 4], y: [null, null, null, 1.5, 1.25] },
      { x: [1, 2, null, 3, 4], y: [null, null, null, 25, 0] },
    ]);
    expect(layout?.yaxis2?.title).toEqual({ text: 'overflow %' });
  });
});
