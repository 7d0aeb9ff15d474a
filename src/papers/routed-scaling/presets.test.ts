import { describe, expect, it } from 'vitest';
import { presetProblems } from '../../core/params/presetProblems';
import { presetParams } from '../../core/params/presets';
import { routedSchema } from './params';
import { routedPresets } from './presets';
import { expertCounts, sweepPlan, widths } from './sweepPlan';

describe('routedPresets', () => {
  it('has tiny, default, paper-like and claims, all valid against the schema', () => {
    expect(Object.keys(routedPresets)).toEqual(['tiny', 'default', 'paper-like', 'claims']);
    expect(presetProblems(routedSchema, routedPresets)).toEqual([]);
  });

  it('keeps tiny to 4 models of 4 steps, S-BASE only, and claims to d_model 32 with E = 1, 8 over two seeds', () => {
    const tiny = presetParams(routedSchema, routedPresets, 'tiny');
    expect(sweepPlan(tiny).length * tiny.steps).toBeLessThanOrEqual(16);
    const claims = presetParams(routedSchema, routedPresets, 'claims');
    expect(widths(claims)).toEqual([32]);
    expect(expertCounts(claims)).toEqual([1, 8]);
    expect(sweepPlan(claims).map((r) => `${r.replica}:${r.E}:${r.router}`)).toEqual(['0:1:dense', '0:8:sbase', '0:8:hash', '0:8:top1', '1:1:dense', '1:8:sbase', '1:8:hash', '1:8:top1']);
  });
});

describe('sweepPlan', () => {
  it('rounds widths to whole heads and lists powers of two up to the most experts', () => {
    expect(widths({ sizes: 4, baseWidth: 16, heads: 2 })).toEqual([16, 24, 32, 48]);
    expect(widths({ sizes: 2, baseWidth: 9, heads: 4 })).toEqual([8, 12]);
    expect(expertCounts({ maxExperts: '16', expertGrid: 'powers' })).toEqual([1, 2, 4, 8, 16]);
    expect(expertCounts({ maxExperts: '4', expertGrid: 'ends' })).toEqual([1, 4]);
  });
});
