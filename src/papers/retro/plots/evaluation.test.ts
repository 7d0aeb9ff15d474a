import { describe, expect, it } from 'vitest';
import { dbSizeFigure } from './dbSize';
import { kSweepFigure } from './kSweep';
import { leakageFigure } from './leakage';
import { retrofitFigure } from './retrofit';
import { testRecording, xy } from './testRecording';

const { artifacts } = testRecording();

describe('the charts after training', () => {
  it('database size: RETRO [On] by size and the baseline across it', () => {
    const { data, layout } = dbSizeFigure(artifacts);
    expect(data.map(xy)).toEqual([{ x: [80, 800], y: [2.1, 1.9] }, { x: [80, 800], y: [2.2, 2.2] }]);
    expect(layout?.xaxis?.type).toBe('log');
    expect(dbSizeFigure({}).layout?.annotations?.[0]?.text).toMatch(/after training/);
  });

  it('k sweep: rings the picked k only when it was scored', () => {
    expect(kSweepFigure(artifacts, 2).data).toHaveLength(2);
    expect(xy(kSweepFigure(artifacts, 2).data[1])).toEqual({ x: [2], y: [1.9] });
    expect(kSweepFigure(artifacts, 3).data).toHaveLength(1);
  });

  it('leakage: bpc(α) of both models (gaps where no chunk qualifies) and the share kept on the right axis', () => {
    const { data, layout } = leakageFigure(artifacts);
    expect(data.map(xy)).toEqual([{ x: [0, 0.5, 1], y: [null, 2.4, 2.2] }, { x: [0, 0.5, 1], y: [null, 2.3, 1.9] }, { x: [0, 0.5, 1], y: [0, 0.5, 1] }]);
    expect(layout?.yaxis2).toMatchObject({ range: [0, 1], title: { text: 'share of chunks' } });
  });

  it('RETRO-fit: its curve by RETRO-fit step, with the two references once there is a final evaluation', () => {
    const rec = testRecording();
    const { data } = retrofitFigure(rec);
    expect(data.map(xy)).toEqual([{ x: [1], y: [2.1] }, { x: [0, 1], y: [2.2, 2.2] }, { x: [0, 1], y: [1.9, 1.9] }]);
    expect(retrofitFigure({ rows: rec.rows, artifacts: {} }).data).toHaveLength(1);
  });
});
