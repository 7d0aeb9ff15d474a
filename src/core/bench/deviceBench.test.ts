import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../backend/nodeBackend';
import { presetParams } from '../params/presets';
import { driveExperiment } from '../runner/driveExperiment';
import { RunControl } from '../runner/RunControl';
import { deviceBench, devicePresets, deviceSchema, type DeviceSummary } from './deviceBench';

describe('deviceBench', () => {
  it.each(['cpu', 'wasm'] as const)('measures matmul throughput and an MLP step on %s without leaking', async (backend) => {
    const tf = await initNodeBackend(backend);
    const before = tf.memory().numTensors;
    const params = presetParams(deviceSchema, devicePresets, 'tiny');
    let summary: DeviceSummary | undefined;
    const losses: number[] = [];
    const final = await driveExperiment({
      experiment: deviceBench, params, seed: 1, tf, backend, control: new RunControl(), flushMs: 0,
      onBatch: (b) => {
        summary ??= b.artifacts.summary as DeviceSummary | undefined;
        losses.push(...b.metrics.map((m) => m.values.loss));
      },
    });
    expect(final.state).toBe('done');
    expect(summary!.backend).toBe(backend);
    expect(summary!.matmulGflops).toBeGreaterThan(0);
    expect(summary!.mlpStepMs).toBeGreaterThan(0);
    expect(losses[losses.length - 1]).toBeLessThan(losses[0]);
    expect(final.tensorsAtLastStep).toBe(final.tensorsAtFirstStep);
    expect(tf.memory().numTensors).toBe(before);
  });
});
