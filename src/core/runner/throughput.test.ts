import { describe, expect, it } from 'vitest';
import { isThroughputMetric, withoutThroughput } from './throughput';

describe('throughput metrics', () => {
  it('are the per-second, millisecond and second measures, with or without a :variant suffix', () => {
    for (const k of ['tokensPerSec', 'stepsPerSec:R', 'evalMs', 'fitSeconds', 'physicsStepsPerSec']) expect(isThroughputMetric(k)).toBe(true);
    for (const k of ['loss', 'acc:R', 'secondsLeft', 'msgCount', 'tau']) expect(isThroughputMetric(k)).toBe(false);
  });

  it('are left out of rows compared across machines', () => {
    expect(withoutThroughput([{ step: 3, values: { loss: 1.5, 'stepsPerSec:C': 9 } }])).toEqual([{ step: 3, values: { loss: 1.5 } }]);
  });
});
