import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink, formatNumber, queryFromValues } from './codec';
import type { Presets } from './presets';
import { bool, choice, defineSchema, defaultsOf, int, num, seedField, type ParamsOf } from './schema';

const schema = defineSchema({
  lr: num({ key: 'lr', label: 'Learning rate', default: 0.01, min: 1e-5, max: 1, log: true }),
  width: int({ key: 'w', label: 'Width', default: 64, min: 4, max: 1024 }),
  norm: choice({ key: 'norm', label: 'Norm', default: 'layernorm', options: [
    { value: 'layernorm', label: 'LayerNorm' }, { value: 'rmsnorm', label: 'RMSNorm' }] }),
  bias: bool({ key: 'bias', label: 'Bias', default: true }),
  dataSeed: seedField({ key: 'ds', label: 'Data seed', default: 7 }),
});
type P = ParamsOf<typeof schema>;
const presets: Presets<P> = {
  tiny: { reason: 'tests', params: { width: 8 }, seed: 3 },
  default: { reason: 'first look', params: {} },
};

describe('param codec', () => {
  it('says when a reserved key appears twice or embed is not a flag (found by the link fuzz)', () => {
    const d = decodeLink(schema, presets, 'seed=2&seed=3&run=1&run=0&embed=yes');
    expect(d.state.seed).toBe(2);
    expect(d.state.run).toBe(true);
    expect(d.notices.map((n) => n.key).sort()).toEqual(['embed', 'run', 'seed']);
  });

  it('writes only non-default values, always the seed', () => {
    const params = { ...defaultsOf(schema), lr: 0.003 };
    const q = encodeLink(schema, presets, { params, seed: 5, preset: 'default', run: false, backend: null, tweaks: [] });
    expect(q).toBe('lr=0.003&seed=5');
  });

  it('round-trips every field kind, preset, run and backend', () => {
    const params: P = { lr: 1e-4, width: 200, norm: 'rmsnorm', bias: false, dataSeed: 123456789 };
    const state = { params, seed: 42, preset: 'tiny', run: true, backend: 'webgpu' as const, tweaks: [] };
    const decoded = decodeLink(schema, presets, encodeLink(schema, presets, state));
    expect(decoded.notices).toEqual([]);
    expect(decoded.state).toEqual(state);
  });

  it('encodes relative to the preset, so a preset value is not repeated', () => {
    const params = { ...defaultsOf(schema), width: 8 };
    expect(encodeLink(schema, presets, { params, seed: 3, preset: 'tiny', run: false, backend: null, tweaks: [] }))
      .toBe('seed=3&preset=tiny');
  });

  it('turns a malformed link into defaults plus notices, never a throw', () => {
    const { state, notices } = decodeLink(schema, presets, '?lr=banana&seed=-1&nope=1');
    expect(state.params).toEqual(defaultsOf(schema));
    expect(state.seed).toBe(0);
    expect(notices.map((n) => n.key).sort()).toEqual(['lr', 'nope', 'seed']);
    expect(notices.find((n) => n.key === 'lr')!.message).toMatch(/'banana' is not a number; using 0.01/);
  });

  it('clamps out-of-range values and rounds non-integers, with a notice each', () => {
    const { state, notices } = decodeLink(schema, presets, 'lr=5&w=3.7&ds=1e20');
    expect(state.params.lr).toBe(1);
    expect(state.params.width).toBe(4);
    expect(state.params.dataSeed).toBe(2 ** 32 - 1);
    expect(notices).toHaveLength(3);
  });

  it('rejects unknown choices, booleans, presets and backends with notices', () => {
    const { state, notices } = decodeLink(schema, presets, 'norm=batch&bias=maybe&preset=huge&backend=cuda&run=yes');
    expect(state).toMatchObject({ preset: 'default', backend: null, run: false });
    expect(state.params.norm).toBe('layernorm');
    expect(notices).toHaveLength(5);
  });

  it('survives junk: percent-garbage, empty values, repeated keys', () => {
    for (const junk of ['%E0%A4%A', '&&&', 'lr=&w=', 'lr=0.1&lr=0.2', '=1', '?']) {
      const { state } = decodeLink(schema, presets, junk);
      expect(Number.isFinite(state.params.lr)).toBe(true);
    }
    expect(decodeLink(schema, presets, 'lr=0.1&lr=0.2').state.params.lr).toBe(0.1);
  });

  it('formats numbers compactly and exactly', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1e-7)).toBe('1e-7');
    expect(formatNumber(256)).toBe('256');
    expect(formatNumber(5e8)).toBe('5e8');
    expect(formatNumber(5.76e23)).toBe('5.76e23');
    expect(Number(formatNumber(123456789))).toBe(123456789);
  });
});

describe('queryFromValues', () => {
  it('turns stored values into a query that decodes back to them', () => {
    const params: P = { lr: 1e-4, width: 200, norm: 'rmsnorm', bias: false, dataSeed: 9 };
    const decoded = decodeLink(schema, presets, queryFromValues(schema, params, 4, 'tiny'));
    expect(decoded.notices).toEqual([]);
    expect(decoded.state).toMatchObject({ params, seed: 4, preset: 'tiny' });
  });

  it('checks loose values like a typed link: wrong types and ranges become notices, missing ones the preset', () => {
    const decoded = decodeLink(schema, presets, queryFromValues(schema, { lr: 'fast', width: 1e9, extra: 1 }, 1, 'default'));
    expect(decoded.state.params).toEqual({ ...defaultsOf(schema), width: 1024 });
    expect(decoded.notices.map((n) => n.key)).toEqual(['lr', 'w']);
  });
});

describe('defineSchema', () => {
  it('refuses reserved or duplicate URL keys and bad defaults', () => {
    expect(() => defineSchema({ s: int({ key: 'seed', label: 's', default: 1, min: 0, max: 2 }) })).toThrow(/reserved/);
    expect(() => defineSchema({
      a: int({ key: 'k', label: 'a', default: 1, min: 0, max: 2 }),
      b: int({ key: 'k', label: 'b', default: 1, min: 0, max: 2 }),
    })).toThrow(/twice/);
    expect(() => defineSchema({ a: num({ key: 'a', label: 'a', default: 5, min: 0, max: 2 }) })).toThrow(/outside/);
  });
});
