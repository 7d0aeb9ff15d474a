import { describe, expect, it } from 'vitest';
import { presetParams } from '../../core/params/presets';
import { gopherSchema } from './params';
import { gopherPresets } from './presets';

describe('gopherPresets', () => {
  it('has tiny, default, paper-like and claims, each with a one-line reason', () => {
    expect(Object.keys(gopherPresets)).toEqual(['tiny', 'default', 'paper-like', 'claims']);
    for (const p of Object.values(gopherPresets)) {
      expect(p.reason.length).toBeGreaterThan(20);
      expect(p.reason).not.toMatch(/\n/);
    }
  });

  it.each(Object.keys(gopherPresets))('%s sets only schema params, inside their ranges', (name) => {
    const preset = gopherPresets[name];
    for (const key of Object.keys(preset.params)) expect(Object.keys(gopherSchema)).toContain(key);
    const params = presetParams(gopherSchema, gopherPresets, name) as Record<string, unknown>;
    for (const [key, f] of Object.entries(gopherSchema)) {
      const v = params[key];
      if (f.kind === 'number' || f.kind === 'int') {
        expect(v).toBeGreaterThanOrEqual(f.min);
        expect(v).toBeLessThanOrEqual(f.max);
        if (f.kind === 'int') expect(Number.isInteger(v)).toBe(true);
      }
      if (f.kind === 'choice') expect(f.options.map((o) => o.value)).toContain(v);
    }
  });

  it('keeps the schema defaults equal to the default preset', () => {
    const base = presetParams(gopherSchema, gopherPresets, 'default') as Record<string, unknown>;
    for (const [key, f] of Object.entries(gopherSchema)) expect([key, base[key]]).toEqual([key, f.default]);
  });
});

describe('gopherPresets budgets', () => {
  it('trains every model of a preset on one token budget of at least 10 steps', () => {
    for (const name of Object.keys(gopherPresets)) {
      const p = presetParams(gopherSchema, gopherPresets, name);
      expect(Math.floor(p.tokens / (p.batchSize * p.seqLen))).toBeGreaterThanOrEqual(10);
    }
  });
});
