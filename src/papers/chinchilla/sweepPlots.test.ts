import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../../core/runner/RunRecorder';
import { budgetColor, sweepLossTraces } from './sweepPlots';
import { planSweep } from './sweepPlan';
import { chinchillaPresets } from './presets';
import { chinchillaSchema } from './params';
import { presetParams } from '../../core/params/presets';

describe('sweepLossTraces', () => {
  it('draws one line per run on the sweep step axis, coloured by the run\'s budget', () => {
    const plan = planSweep(presetParams(chinchillaSchema, chinchillaPresets, 'tiny'));
    const rows: MetricRow[] = [
      { step: 1, values: { loss: 3.9, run: 0, N: plan.runs[0].N } },
      { step: 2, values: { loss: 3.5, run: 0, N: plan.runs[0].N } },
      { step: 3, values: { loss: 3.8, run: 1, N: plan.runs[1].N } },
      { step: 3, values: { tokensPerSec: 1000 } },
      { step: 4, values: { loss: 3.8, run: plan.runs.length - 1, N: 1 } },
    ];
    const t = sweepLossTraces(rows, plan);
    expect(t).toHaveLength(3);
    expect(t.map((d) => ('x' in d ? d.x : null))).toEqual([[1, 2], [3], [4]]);
    expect(t[2]).toMatchObject({ line: { color: budgetColor(plan.runs[plan.runs.length - 1].budget) } });
    expect(sweepLossTraces(rows, null).map((d) => ('name' in d ? d.name : ''))).toEqual(['run 1', 'run 2', `run ${plan.runs.length}`]);
  });
});
