import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../../../core/runner/RunRecorder';
import type { Activity, EvalPoint } from '../experiment';
import { activityLayout, activityTraces } from './activityFigure';
import { byLengthTraces, testCurveTraces, trainingTraces } from './traces';

const rows: MetricRow[] = [
  { step: 1, values: { rimsLoss: 2, lstmLoss: 2.1 } },
  { step: 1, values: { rimsTestAcc: 0.2 } },
  { step: 2, values: { rimsLoss: 1.5, lstmLoss: 1.9 } },
];
const evals: EvalPoint[] = [
  { step: 1, model: 'rims', set: 0, loss: 1, accuracy: 0.5 },
  { step: 1, model: 'rims', set: 1, loss: 2, accuracy: 0.3 },
  { step: 2, model: 'rims', set: 0, loss: 0.5, accuracy: 0.8 },
  { step: 2, model: 'rims', set: 1, loss: 1.5, accuracy: 0.4 },
];

describe('RIMs traces', () => {
  it('draws the training loss of each model that has rows', () => {
    const t = trainingTraces(rows);
    expect(t.map((d) => d.name)).toEqual(['RIMs', 'LSTM']);
    expect(t[0]).toMatchObject({ x: [1, 2], y: [2, 1.5] });
    expect(trainingTraces([])).toEqual([]);
  });

  it('draws a test curve per length and the latest scores by length', () => {
    const c = testCurveTraces(evals, ['T = 2', 'T = 8']);
    expect(c.map((d) => d.name)).toEqual(['RIMs T = 2', 'RIMs T = 8']);
    expect(c[1]).toMatchObject({ x: [1, 2], y: [2, 1.5] });
    const b = byLengthTraces(evals, ['T = 2', 'T = 8'], true);
    expect(b).toHaveLength(1);
    expect(b[0]).toMatchObject({ x: ['T = 2', 'T = 8'], y: [0.8, 0.4] });
    expect(byLengthTraces(evals, ['T = 2', 'T = 8'], false)[0]).toMatchObject({ y: [0.5, 1.5] });
  });

  it('draws the module mask over the input, or the input alone before an evaluation', () => {
    const activity: Activity = { step: 5, label: 'T = 8', modules: 2, active: 1, mask: [[1, 0], [0, 1], [1, 0]], input: [3, 0, 9], share: [] };
    const withMask = activityTraces(activity, null, 'copying');
    expect(withMask[0]).toMatchObject({ z: [[1, 0, 1], [0, 1, 0]] });
    expect(withMask[1]).toMatchObject({ z: [[3, 0, 9]] });
    const preview = { label: 'T = 8', input: [4, 0, 9] };
    const before = activityTraces(null, preview, 'copying');
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ z: [[4, 0, 9]] });
    expect(activityLayout(null, preview).annotations).toHaveLength(1);
    expect(activityLayout(activity, preview).annotations).toHaveLength(0);
    expect(activityTraces(null, null, 'copying')).toEqual([]);
  });
});
