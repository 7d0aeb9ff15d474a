import { describe, expect, it } from 'vitest';
import { fallbackBackends } from './useContinueAfterLoss';

describe('where a run can go on after the runner died', () => {
  it('after a lost GPU device: every backend that passed its self-test but WebGPU, WASM at least', () => {
    expect(fallbackBackends(['webgpu', 'webgl', 'wasm', 'cpu'], true)).toEqual(['webgl', 'wasm', 'cpu']);
    expect(fallbackBackends(['webgpu'], true)).toEqual(['wasm']);
    expect(fallbackBackends(undefined, true)).toEqual(['wasm']);
  });

  it('after a crashed worker: WebGPU too, its device was not the trouble', () => {
    expect(fallbackBackends(['webgpu', 'wasm'], false)).toEqual(['webgpu', 'wasm']);
  });
});
