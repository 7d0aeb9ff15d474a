import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from './codec';
import type { Presets } from './presets';
import { choice, defineSchema, defaultsOf, int, num, type ParamsOf } from './schema';
import { applyTweaks, decodeTweaks, describeTweaks, encodeTweaks, mergeTweaks, type Tweak } from './tweaks';

const schema = defineSchema({
  lr: num({ key: 'lr', label: 'Learning rate', default: 0.01, min: 1e-5, max: 1, log: true, live: true }),
  act: choice({ key: 'act', label: 'Activation', default: 'relu_6', live: true, options: [
    { value: 'relu_6', label: 'ReLU6' }, { value: 'gelu', label: 'GELU' }] }),
  width: int({ key: 'w', label: 'Width', default: 64, min: 4, max: 1024 }),
  view: int({ key: 'v', label: 'Shown', default: 0, min: 0, max: 9, live: true, viewOnly: true }),
});
type P = ParamsOf<typeof schema>;
const presets: Presets<P> = { tiny: { reason: 'tests', params: { width: 8 } }, default: { reason: 'first look', params: {} } };
const defaults = defaultsOf(schema);

describe('tweaks', () => {
  const list: Tweak[] = [
    { after: 3, step: 30, name: 'lr', value: 0.003 },
    { after: 7, step: 70, name: 'act', value: 'gelu' },
  ];

  it('round-trips through a link, with values holding the separator', () => {
    const q = encodeLink(schema, presets, { params: defaults, seed: 1, preset: 'default', run: true, backend: 'cpu', tweaks: list });
    expect(q).toContain('tweaks=3_30_lr_0.003%7E7_70_act_gelu');
    const back = decodeLink(schema, presets, q);
    expect(back.notices).toEqual([]);
    expect(back.state.tweaks).toEqual(list);
    expect(decodeTweaks(schema, encodeTweaks(schema, [{ after: 1, step: 1, name: 'act', value: 'relu_6' }]), defaults).tweaks[0].value).toBe('relu_6');
  });

  it('drops unreadable entries and restart or view-only fields with a notice, clamps values, sorts', () => {
    const d = decodeTweaks(schema, '9_9_lr_5~x_1_lr_1~2_2_w_8~1_1_v_3~3_3_nope_1~4_4_lr~5_5_lr_abc', defaults);
    expect(d.tweaks).toEqual([
      { after: 5, step: 5, name: 'lr', value: 0.01 },
      { after: 9, step: 9, name: 'lr', value: 1 },
    ]);
    const text = d.notices.map((n) => n.message).join('\n');
    expect(text).toMatch(/Width cannot change during a run/);
    expect(text).toMatch(/Shown cannot change during a run/);
    expect(text).toMatch(/above the maximum/);
    expect(text).toMatch(/3 live changes in the link could not be read/);
    expect(decodeTweaks(schema, Array.from({ length: 300 }, (_, i) => `${i}_${i}_lr_0.1`).join('~'), defaults).tweaks).toHaveLength(200);
  });

  it('applies up to a point, merges a reader\'s edits over a schedule, and describes each change', () => {
    expect(applyTweaks(defaults, list, 5)).toEqual({ ...defaults, lr: 0.003 });
    expect(applyTweaks(defaults, list)).toEqual({ ...defaults, lr: 0.003, act: 'gelu' });
    const applied: Tweak[] = [list[0], { after: 5, step: 50, name: 'act', value: 'relu_6' }];
    expect(mergeTweaks(list, applied, new Set(['act']), 5)).toEqual(applied);
    expect(mergeTweaks(list, [list[0]], new Set(), 4)).toEqual(list);
    expect(describeTweaks(schema, defaults, list)).toEqual(['Learning rate 0.01 → 0.003 at step 30', 'Activation relu_6 → gelu at step 70']);
  });
});
