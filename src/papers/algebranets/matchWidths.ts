/**
 * Widths that give each algebra the real network's parameter count, or its
 * multiplies per example (the paper compares at matched parameters and at
 * matched FLOPs, Section 4). The counts come from built layer objects, not
 * from a formula: bisection on one scale factor of the base widths, each
 * candidate built, counted and disposed.
 */
import { Rng } from '../../core/rng';
import { algebra, type Algebra } from './algebras';
import type { ModelFactory } from './AlgebraModel';

export type MatchBy = 'params' | 'flops';

export interface WidthMatch {
  widths: number[];
  params: number;
  multiplies: number;
}

export function scaledWidths(base: readonly number[], f: number): number[] {
  return base.map((b) => Math.max(1, Math.round(b * f)));
}

/** Builds a model, reads its counters and frees it. */
export function measure(build: ModelFactory, alg: Algebra, widths: readonly number[]): WidthMatch {
  const model = build(alg, widths, new Rng(0));
  try {
    return { widths: [...widths], params: model.paramCount(), multiplies: model.multipliesPerExample() };
  } finally {
    model.dispose();
  }
}

/** The real network at the base widths: the target every algebra matches. */
export function realReference(build: ModelFactory, base: readonly number[]): WidthMatch {
  return measure(build, algebra('R'), base);
}

/** Widths for `alg` whose count (params or multiplies) is closest to the target, in ratio. */
export function matchWidths(build: ModelFactory, alg: Algebra, base: readonly number[], target: number, by: MatchBy): WidthMatch {
  const cache = new Map<string, WidthMatch>();
  const at = (f: number): WidthMatch => {
    const w = scaledWidths(base, f);
    const key = w.join(',');
    let m = cache.get(key);
    if (!m) cache.set(key, (m = measure(build, alg, w)));
    return m;
  };
  const count = (m: WidthMatch): number => (by === 'params' ? m.params : m.multiplies);
  // Denser algebras need narrower layers, so start from the base widths and grow only if short.
  let lo = 1e-3, hi = 1;
  for (let i = 0; i < 20 && count(at(hi)) < target; i++) hi *= 2;
  for (let i = 0; i < 24; i++) {
    const mid = Math.sqrt(lo * hi);
    if (count(at(mid)) < target) lo = mid;
    else hi = mid;
  }
  const [a, b] = [at(lo), at(hi)];
  return Math.abs(Math.log(count(a) / target)) <= Math.abs(Math.log(count(b) / target)) ? a : b;
}
