import { describe, expect, it } from 'vitest';
import { segFigure } from './seg';
import { testRecording } from './testRecording';

describe('segFigure', () => {
  it('draws the U-Net loss per step, its batch accuracy and the cells exact at each evaluation (the closing one too) on the right axis', () => {
    const { data, layout } = segFigure(testRecording());
    const [loss, voxel, cell] = data;
    expect(loss).toMatchObject({ x: [3, 4], y: [1, 0.5], mode: 'lines' });
    expect(voxel).toMatchObject({ x: [3, 4], y: [0.5, 0.7], yaxis: 'y2' });
    expect(cell).toMatchObject({ x: [4, 5], y: [0.25, 0.5], yaxis: 'y2', mode: 'lines+markers' });
    expect(layout?.yaxis2?.range).toEqual([0, 1]);
    expect(layout?.annotations).toBeUndefined();
  });

  it('draws a lone point as a marker, and says what fills it before the U-Net trains', () => {
    const one = segFigure({ rows: [{ step: 3, values: { segLoss: 1, voxelAcc: 0.5, segment: 1 } }] });
    expect(one.data[0]).toMatchObject({ x: [3], mode: 'markers' });
    const { layout } = segFigure({ rows: testRecording().rows.slice(0, 3) });
    expect(layout?.annotations?.[0]?.text).toMatch(/after the VAE/);
  });
});
