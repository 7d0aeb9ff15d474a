import { describe, expect, it } from 'vitest';
import { initNodeBackend } from './nodeBackend';
import { candidates, selectBackend, type BackendHealth } from './selectBackend';

describe('selectBackend', () => {
  it('orders candidates: the preferred first, then the default order, within what is allowed', () => {
    expect(candidates({ preferred: null })).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
    expect(candidates({ preferred: 'wasm' })).toEqual(['wasm', 'webgpu', 'webgl', 'cpu']);
    expect(candidates({ preferred: 'webgpu', allowed: ['cpu', 'wasm'] })).toEqual(['wasm', 'cpu']);
  });

  it('falls back past backends that are missing in Node, saying why', async () => {
    const tf = await initNodeBackend('cpu');
    const health: BackendHealth = new Map();
    const sel = await selectBackend(tf, { preferred: 'webgpu', allowed: ['webgpu', 'cpu'] }, health);
    expect(sel.active).toBe('cpu');
    expect(sel.notices[0]).toMatch(/WebGPU is not available/);
    expect(health.get('cpu')).toBeNull();
  });

  it('skips a backend that lacks a kernel the experiment needs', async () => {
    const tf = await initNodeBackend('wasm');
    const sel = await selectBackend(tf, { preferred: 'wasm', allowed: ['wasm', 'cpu'], kernels: ['FFT'] }, new Map());
    expect(sel.active).toBe('cpu');
    expect(sel.notices[0]).toMatch(/WASM lacks the kernel FFT/);
  });
});
