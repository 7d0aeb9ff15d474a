import { describe, expect, it } from 'vitest';
import { roundFloats } from './roundFloats';

describe('roundFloats', () => {
  it('rounds every non-integer number to the given significant digits, in arrays, typed arrays and objects', () => {
    const out = roundFloats({ grid: [0.123456789, 1e-7 * 1.23456, 3], f: Float32Array.of(0.3333333, 2), nested: { x: -12.3456 } }, 3);
    expect(out.grid).toEqual([0.123, 1.23e-7, 3]);
    expect(Array.from(out.f)).toEqual([Math.fround(0.333), 2]);
    expect(out.f).toBeInstanceOf(Float32Array);
    expect(out.nested.x).toBe(-12.3);
  });

  it('keeps integers, integer typed arrays, strings, booleans and non-finite numbers as they are', () => {
    const labels = Int32Array.of(1, 2, 3);
    const out = roundFloats({ labels, n: 16, name: 'NaCl', ok: true, inf: Infinity, nan: NaN }, 2);
    expect(out.labels).toBe(labels);
    expect(out).toMatchObject({ n: 16, name: 'NaCl', ok: true, inf: Infinity });
    expect(out.nan).toBeNaN();
  });
});
