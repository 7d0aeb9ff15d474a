import { describe, expect, it } from 'vitest';
import { balanceTraces, type StepRow } from './sweepPlots';

describe('balanceTraces', () => {
  it('plots routed steps over the run\'s steps, dense steps as gaps, a break between models', () => {
    const rows: StepRow[] = [
      { step: 1, values: { loss: 3, run: 0, E: 1, balance: 1, dropped: 0 } },
      { step: 1, values: { run: 0, evalLoss: 3 } },
      { step: 2, values: { loss: 3, run: 1, E: 2, balance: 1.5, dropped: 0.25 } },
      { step: 3, values: { loss: 3, run: 1, E: 2, balance: 1.25, dropped: 0 } },
      { step: 4, values: { loss: 3, run: 2, E: 4, balance: 2, dropped: 0.5 } },
    ];
    const [balance, dropped] = balanceTraces(rows);
    expect('x' in balance ? balance.x : null).toEqual([1, null, 2, 3, null, 4]);
    expect('y' in balance ? balance.y : null).toEqual([null, null, 1.5, 1.25, null, 2]);
    expect('y' in dropped ? dropped.y : null).toEqual([null, null, 25, 0, null, 50]);
  });
});
