import { describe, expect, it } from 'vitest';
import { initNodeBackend } from '../backend/nodeBackend';
import { presetParams } from '../params/presets';
import { drive } from '../runner/testing';
import { deviceBench, devicePresets, deviceSchema } from './deviceBench';

describe('deviceBench', () => {
  it.each(['cpu', 'wasm'] as const)('measures matmul throughput and an MLP step on %s without leaking', async (backend) => {
    const tf = await initNodeBackend(backend);
    const params = presetParams(deviceSchema, devicePresets, 'tiny');
    const { status, recording, leaked } = await drive(deviceBench.run, params, { tf, backend, seed: 1 });
    expect(status.state).toBe('done');
    const { summary } = recording.artifacts;
    expect(summary?.backend).toBe(backend);
    expect(summary?.matmulGflops).toBeGreaterThan(0);
    expect(summary?.mlpStepMs).toBeGreaterThan(0);
    const losses = recording.rows.map((r) => r.values.loss);
    expect(losses.at(-1)).toBeLessThan(losses[0] ?? 0);
    expect(status.tensorsAtLastStep).toBe(status.tensorsAtFirstStep);
    expect(leaked).toBe(0);
  });
});
