import { describe, expect, it } from 'vitest';
import { IDLE_STATUS, type RunStatus } from '../core/runner/protocol';
import { differingParams, runBarProps } from './RunBar';

describe('differingParams', () => {
  it('names the params whose values differ from the recorded run, arrays and strings alike', () => {
    expect(differingParams({ domain: 'humanoidWalk', lr: 0.01, shape: [2, 3] }, { domain: 'pointMass', lr: 0.01, shape: [2, 3] })).toEqual(['domain']);
    expect(differingParams({ lr: 0.01, shape: [2, 4] }, { lr: 0.02, shape: [2, 3] })).toEqual(['lr', 'shape']);
    expect(differingParams({ lr: 0.01 }, { lr: 0.01 })).toEqual([]);
  });
});

describe('runBarProps status', () => {
  const run = (state: RunStatus['state'], origin: 'live' | 'recorded' | 'history') => ({
    status: { ...IDLE_STATUS, state },
    recording: { progress: null },
    stale: false,
    origin: { kind: origin },
    start: async () => undefined,
    pause: () => undefined,
    resume: () => undefined,
    step: () => undefined,
    reset: () => undefined,
  });

  it('is the runner\'s while the page shows its own run, and idle once Reset or a stored run replaced it', () => {
    expect(runBarProps(run('done', 'live')).status.state).toBe('done');
    expect(runBarProps(run('done', 'recorded')).status.state).toBe('idle');
    expect(runBarProps(run('stopped', 'history')).status.state).toBe('idle');
    expect(runBarProps(run('running', 'recorded')).status.state).toBe('running');
  });
});
