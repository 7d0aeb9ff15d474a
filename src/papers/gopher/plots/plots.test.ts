import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../../../core/runner/RunRecorder';
import type { ModelResult } from '../experiment';
import { CHANCE, TASK_FAMILIES } from '../tasks';
import { familyTraces } from './families';
import { familyGains, gainTraces } from './gains';
import { lossVsSizeTraces } from './lossVsSize';
import { scheduleTraces } from './schedule';
import { trainingTraces } from './training';

const scores = ([knowledge, reading, maths, logic, grammar]: number[]): ModelResult['scores'] => ({ knowledge, reading, maths, logic, grammar });
const results: ModelResult[] = [
  { name: 'a', N: 1000, evalLoss: 2, bpc: 2.9, scores: scores([0.3, 0.3, 0.25, 0.25, 0.5]), exact: scores([0, 0, 0, 0, 0]) },
  { name: 'b', N: 8000, evalLoss: 1.5, bpc: 2.2, scores: scores([0.5, 0.7, 0.2, 0.3, 0.6]), exact: scores([0, 0, 0, 0, 0]) },
];

describe('gopher plots', () => {
  it('draws one training line per model, steps counted within each model', () => {
    const rows: MetricRow[] = [
      { step: 0, values: { model: 0 } },
      { step: 1, values: { loss: 3, model: 0 } },
      { step: 2, values: { loss: 2.5, model: 0 } },
      { step: 3, values: { loss: 3.1, model: 1 } },
      { step: 3, values: { evalLoss: 2, model: 1 } },
    ];
    const t = trainingTraces(rows, null);
    expect(t.map((d) => ('name' in d ? d.name : ''))).toEqual(['model 1', 'model 2']);
    expect(t.map((d) => ('x' in d ? d.x : []))).toEqual([[1, 2], [1]]);
  });

  it('draws the learning rate of each model over the run\'s steps', () => {
    const rows: MetricRow[] = [
      { step: 1, values: { loss: 3, lr: 0.01, model: 0 } },
      { step: 2, values: { loss: 2.5, lr: 0.001, model: 0 } },
      { step: 2, values: { evalLoss: 2, model: 0 } },
      { step: 3, values: { loss: 3.1, lr: 0.01, model: 1 } },
    ];
    const t = scheduleTraces(rows, null);
    expect(t.map((d) => ('x' in d ? d.x : []))).toEqual([[1, 2], [3]]);
    expect(t.map((d) => ('y' in d ? d.y : []))).toEqual([[0.01, 0.001], [0.01]]);
  });

  it('shows every family\'s chance level before any run, and the accuracies after', () => {
    const empty = familyTraces([]);
    const chance = empty.filter((d) => 'name' in d && d.name?.endsWith('chance'));
    expect(chance.map((d) => ('y' in d ? d.y : []))).toEqual(TASK_FAMILIES.map((f) => [CHANCE[f], CHANCE[f]]));
    const full = familyTraces(results);
    expect('y' in full[1] ? full[1].y : []).toEqual([0.3, 0.7]);
  });

  it('orders the gains, largest first, in accuracy points', () => {
    expect(familyGains(results.slice(0, 1))).toBeNull();
    expect(familyGains(results)?.map((g) => g.family)).toEqual(['reading', 'knowledge', 'grammar', 'logic', 'maths']);
    const [bar] = gainTraces(results);
    expect('y' in bar ? bar.y?.[0] : 0).toBeCloseTo(40);
  });

  it('adds the power-law fit once there are two models', () => {
    expect(lossVsSizeTraces(results.slice(0, 1), null)).toHaveLength(1);
    expect(lossVsSizeTraces(results, { exponent: -0.14, coef: 5, r2: 1 })).toHaveLength(2);
  });
});
