import { describe, expect, it } from 'vitest';
import { approxBytes, differingLabels, keepSmallArtifacts, keyMetric, MAX_ARTIFACT_BYTES } from './runRecord';

describe('run records', () => {
  it('keeps small artifacts and drops ones over the per-artifact limit', () => {
    const big = new Float32Array(MAX_ARTIFACT_BYTES / 4 + 1);
    const { kept, dropped } = keepSmallArtifacts({ curve: [1, 2, 3], grid: big, label: 'x' });
    expect(Object.keys(kept).sort()).toEqual(['curve', 'label']);
    expect(dropped).toEqual(['grid']);
    expect(approxBytes(big)).toBe(big.byteLength);
  });

  it('names the key metric: the last value of the first metric, skipping segment markers', () => {
    expect(keyMetric([{ step: 1, values: { segment: 0, loss: 3 } }, { step: 2, values: { acc: 0.5 } }, { step: 3, values: { loss: 2 } }])).toEqual({ name: 'loss', value: 2 });
    expect(keyMetric([])).toBeNull();
  });

  it('labels runs by what differs between them', () => {
    const base = { name: 'a', params: { lr: 0.01, width: 16 }, seed: 1, preset: 'tiny', backend: 'webgpu' };
    expect(differingLabels([base, { ...base, name: 'b', params: { lr: 0.003, width: 16 } }])).toEqual(['lr=0.01', 'lr=0.003']);
    expect(differingLabels([base, { ...base, name: 'b', seed: 2 }])).toEqual(['seed=1', 'seed=2']);
    expect(differingLabels([base, { ...base, name: 'b' }])).toEqual(['a', 'b']);
  });
});
