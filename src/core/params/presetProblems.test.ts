import { describe, expect, it } from 'vitest';
import { presetProblems } from './presetProblems';
import type { Presets } from './presets';
import { choice, defineSchema, int, type ParamsOf } from './schema';

const schema = defineSchema({
  n: int({ key: 'n', label: 'n', default: 4, min: 1, max: 8 }),
  mode: choice({ key: 'm', label: 'mode', default: 'a', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] }),
});
type P = ParamsOf<typeof schema>;

describe('presetProblems', () => {
  it('accepts good presets', () => {
    const ok: Presets<P> = { tiny: { reason: 'fast, for tests', params: { n: 1 } }, default: { reason: 'a first look', params: {} } };
    expect(presetProblems(schema, ok)).toEqual([]);
  });
  it('names every problem', () => {
    const bad = {
      tiny: { reason: 'x', params: { n: 2.5, mode: 'c', extra: 1 } },
      default: { reason: 'a first look', params: { n: 5 } },
      huge: { reason: 'too big\nreally', params: { n: 99 } },
    } as unknown as Presets<P>;
    expect(presetProblems(schema, bad)).toEqual([
      'tiny: the reason should be one informative line',
      'tiny: n = 2.5 is not a whole number',
      "tiny: mode = 'c' is not an option",
      "tiny: 'extra' is not in the schema",
      'huge: the reason should be one informative line',
      'huge: n = 99 outside [1, 8]',
      'default: n = 5 differs from the schema default 4',
    ]);
  });
});
