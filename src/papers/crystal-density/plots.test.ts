import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../../core/runner/RunRecorder';
import { latentTraces, segTraces, vaeTraces } from './plots';

describe('crystal-density plots', () => {
  it('draws VAE and U-Net curves from the rows that carry each metric', () => {
    const rows: MetricRow[] = [
      { step: 1, values: { recon: 10 } },
      { step: 2, values: { recon: 8, testMse: 0.1, meanMse: 0.2 } },
      { step: 3, values: { segLoss: 1, voxelAcc: 0.5 } },
      { step: 4, values: { segLoss: 0.5, voxelAcc: 0.7, cellAcc: 0.25 } },
    ];
    const [train, test, mean] = vaeTraces(rows);
    expect(train).toMatchObject({ x: [1, 2], y: [10, 8], mode: 'lines' });
    expect(test).toMatchObject({ x: [2], y: [0.1], yaxis: 'y2' });
    expect(mean).toMatchObject({ y: [0.2] });
    const [loss, voxel, cell] = segTraces(rows);
    expect(loss).toMatchObject({ x: [3, 4], y: [1, 0.5] });
    expect(voxel).toMatchObject({ y: [0.5, 0.7], yaxis: 'y2' });
    expect(cell).toMatchObject({ x: [4], y: [0.25] });
  });

  it('draws one latent trace per prototype', () => {
    expect(latentTraces(null)).toEqual([]);
    const t = latentTraces({ x: [0, 1, 2], y: [3, 4, 5], proto: [0, 1, 0], heldOut: [false, true, false], names: ['fcc', 'bcc'], formulas: ['Cu', 'Fe', 'Al'] });
    expect(t.map((d) => d.name)).toEqual(['fcc', 'bcc']);
    expect(t[0]).toMatchObject({ x: [0, 2], y: [3, 5] });
  });
});
