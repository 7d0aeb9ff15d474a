import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { claimsOnPresets } from './claims';
import { testClaimContext } from './claimsTesting';
import type { Presets } from './params/presets';
import { defineSchema, int, type ParamsOf } from './params/schema';

const schema = defineSchema({
  steps: int({ key: 's', label: 'Steps', default: 10, min: 1, max: 100 }),
  width: int({ key: 'w', label: 'Width', default: 4, min: 1, max: 64 }),
});
const presets: Presets<ParamsOf<typeof schema>> = {
  tiny: { reason: 'test', params: { steps: 2 } },
  default: { reason: 'test', params: {} },
  claims: { reason: 'test', params: { steps: 50 } },
};
const words = { id: 'x', statement: 'a statement', source: 'a section' };

describe('claimsOnPresets', () => {
  const claim = claimsOnPresets(schema, presets);

  it('names the preset once: the claim declares it and its run gets the name and the preset over the defaults', async () => {
    const c = claim('claims', words, async (_ctx, preset, p) => ({ measured: `${preset} ${p.steps} ${p.width}`, expected: '', pass: true }));
    expect(c.preset).toBe('claims');
    expect((await c.run(testClaimContext(tf))).measured).toBe('claims 50 4');
  });

  it('refuses a preset the paper does not have when the claim is declared, not when it runs', () => {
    expect(() => claim('clams', words, async () => ({ measured: '', expected: '', pass: true }))).toThrow(/claim x has no preset 'clams'\. Its presets: tiny, default, claims/);
    expect(() => claim('toString', words, async () => ({ measured: '', expected: '', pass: true })), 'an inherited key is no preset').toThrow(/no preset 'toString'/);
  });
});
