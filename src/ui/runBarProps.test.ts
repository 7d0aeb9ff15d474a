import { describe, expect, it } from 'vitest';
import { differingParams } from './RunBar';

describe('differingParams', () => {
  it('names the params whose values differ from the recorded run, arrays and strings alike', () => {
    expect(differingParams({ domain: 'humanoidWalk', lr: 0.01, shape: [2, 3] }, { domain: 'pointMass', lr: 0.01, shape: [2, 3] })).toEqual(['domain']);
    expect(differingParams({ lr: 0.01, shape: [2, 4] }, { lr: 0.02, shape: [2, 3] })).toEqual(['lr', 'shape']);
    expect(differingParams({ lr: 0.01 }, { lr: 0.01 })).toEqual([]);
  });
});
