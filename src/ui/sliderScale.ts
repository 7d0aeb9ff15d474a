/**
 * Slider positions for number fields: linear, or logarithmic for fields that
 * span orders of magnitude (learning rates, FLOP budgets). Integers round;
 * log-scale values keep 3 significant digits so links stay short.
 */
import type { IntField, NumberField } from '../core/params/schema';

export const SLIDER_STEPS = 1000;

export function toSlider(f: NumberField | IntField, v: number): number {
  if (!f.log) return v;
  return (SLIDER_STEPS * Math.log(v / f.min)) / Math.log(f.max / f.min);
}

export function fromSlider(f: NumberField | IntField, s: number): number {
  let v = f.log ? f.min * Math.exp((s / SLIDER_STEPS) * Math.log(f.max / f.min)) : s;
  if (f.kind === 'int') v = Math.round(v);
  else if (f.log) v = Number(v.toPrecision(3));
  return Math.min(f.max, Math.max(f.min, v));
}

export function sliderAttrs(f: NumberField | IntField): { min: number; max: number; step: number } {
  if (f.log) return { min: 0, max: SLIDER_STEPS, step: 1 };
  return { min: f.min, max: f.max, step: f.kind === 'int' ? 1 : (f.step ?? (f.max - f.min) / SLIDER_STEPS) };
}
