import { describe, expect, it } from 'vitest';
import { presetParams } from '../../core/params/presets';
import { chinchillaSchema } from './params';
import { chinchillaPresets } from './presets';

describe('chinchillaPresets', () => {
  it('has tiny, default, paper-like and claims, each with a one-line reason', () => {
    expect(Object.keys(chinchillaPresets)).toEqual(['tiny', 'default', 'paper-like', 'claims']);
    for (const p of Object.values(chinchillaPresets)) {
      expect(p.reason.length).toBeGreaterThan(20);
      expect(p.reason).not.toMatch(/\n/);
    }
  });

  it.each(Object.keys(chinchillaPresets))('%s sets only schema params, inside their ranges', (name) => {
    const preset = chinchillaPresets[name];
    for (const key of Object.keys(preset.params)) expect(Object.keys(chinchillaSchema)).toContain(key);
    const params = presetParams(chinchillaSchema, chinchillaPresets, name) as Record<string, unknown>;
    for (const [key, f] of Object.entries(chinchillaSchema)) {
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
    const base = presetParams(chinchillaSchema, chinchillaPresets, 'default') as Record<string, unknown>;
    for (const [key, f] of Object.entries(chinchillaSchema)) expect([key, base[key]]).toEqual([key, f.default]);
  });
});
