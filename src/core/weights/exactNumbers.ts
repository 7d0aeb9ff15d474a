/**
 * A run's own numbers (a temperature, a counter) carried exactly inside named
 * weights, whose data is float32: each float64 is split into four 16-bit
 * pieces, each a float32 integer. For checkpoints (RunContext.resumeAfter),
 * where a resumed run must stand exactly where the stopped one stood.
 */
import type { WeightTensor } from './namedWeights';

const PIECES = 4;

export function numbersToWeight(values: readonly number[]): WeightTensor {
  const bits = new Uint16Array(Float64Array.from(values).buffer);
  return { shape: [values.length, PIECES], data: Float32Array.from(bits) };
}

/** The numbers numbersToWeight stored; null when `w` is not such a tensor (of `count` numbers, when given). */
export function numbersFromWeight(w: WeightTensor | undefined, count = w ? w.data.length / PIECES : 0): number[] | null {
  if (!w || !Number.isInteger(count) || w.data.length !== count * PIECES || !w.data.every((x) => Number.isInteger(x) && x >= 0 && x < 0x1_0000)) return null;
  return Array.from(new Float64Array(Uint16Array.from(w.data).buffer));
}
