import { describe, expect, it } from 'vitest';
import { int, num } from '../core/params/schema';
import { fromSlider, SLIDER_STEPS, sliderAttrs, toSlider } from './sliderScale';

const lr = num({ key: 'lr', label: 'lr', default: 1e-3, min: 1e-5, max: 1, log: true });
const width = int({ key: 'w', label: 'w', default: 64, min: 8, max: 1024, log: true });
const depth = int({ key: 'd', label: 'd', default: 2, min: 1, max: 6 });

describe('slider scale', () => {
  it('maps log fields to even slider positions per decade', () => {
    expect(toSlider(lr, 1e-5)).toBe(0);
    expect(toSlider(lr, 1)).toBeCloseTo(SLIDER_STEPS, 9);
    expect(toSlider(lr, 1e-3)).toBeCloseTo(SLIDER_STEPS * 0.4, 9);
  });
  it('round-trips to 3 significant digits, rounds ints, and clamps', () => {
    expect(fromSlider(lr, toSlider(lr, 0.003))).toBe(0.003);
    expect(fromSlider(width, toSlider(width, 100))).toBe(100);
    expect(fromSlider(depth, 3.6)).toBe(4);
    expect(fromSlider(depth, 99)).toBe(6);
  });
  it('gives linear sliders their own range', () => {
    expect(sliderAttrs(depth)).toEqual({ min: 1, max: 6, step: 1 });
    expect(sliderAttrs(lr)).toEqual({ min: 0, max: SLIDER_STEPS, step: 1 });
  });
});
