import { describe, expect, it } from 'vitest';
import { vaeFigure } from './vae';
import { testRecording } from './testRecording';

describe('vaeFigure', () => {
  it('draws the training error per VAE step and the held-out errors at the evaluations, leaving out the closing row', () => {
    const { data, layout } = vaeFigure(testRecording());
    const [train, test, mean] = data;
    expect(train).toMatchObject({ x: [1, 2], y: [10, 8], mode: 'lines' });
    // The closing evaluation (step 5, after the U-Net) is not on the VAE-step axis.
    expect(test).toMatchObject({ x: [2], y: [0.1], yaxis: 'y2', mode: 'lines+markers' });
    expect(mean).toMatchObject({ x: [2], y: [0.2], yaxis: 'y2', line: { dash: 'dash' } });
    expect(layout?.yaxis2).toMatchObject({ title: { text: 'MSE per voxel' }, type: 'log' });
    expect(layout?.annotations).toBeUndefined();
  });

  it('says what fills it before a run', () => {
    const { data, layout } = vaeFigure({ rows: [] });
    expect(data.every((d) => 'x' in d && Array.isArray(d.x) && d.x.length === 0)).toBe(true);
    expect(layout?.annotations?.[0]?.text).toMatch(/Press Run/);
  });
});
