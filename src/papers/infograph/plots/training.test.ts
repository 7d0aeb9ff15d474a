import { describe, expect, it } from 'vitest';
import { trainingFigure } from './training';
import { testRecording } from './testRecording';

describe('trainingFigure', () => {
  it('draws the MI estimate per step and the probe accuracy (from step 0) on the right axis, not the supervised rows', () => {
    const { data, layout } = trainingFigure(testRecording());
    const [mi, probe] = data;
    expect(mi).toMatchObject({ x: [1, 2], y: [0.2, 0.4], mode: 'lines' });
    expect(probe).toMatchObject({ x: [0, 2], y: [0.6, 0.7], yaxis: 'y2' });
    expect(layout?.yaxis2).toMatchObject({ title: { text: 'probe accuracy (fraction)' }, range: [0, 1] });
    expect(layout?.annotations).toBeUndefined();
  });

  it('says what fills it before a run', () => {
    const { layout } = trainingFigure({ rows: [] });
    expect(layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});
