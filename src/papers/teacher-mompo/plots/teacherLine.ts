/** A teacher's own value (acting alone) as a flat dashed line beside the agents' curves. */
import type { Data } from 'plotly.js-dist-min';
import { TEACHER } from './colours';

/** Across the steps the agents' curves span; nothing before they have points, or without a value. */
export function teacherLine(xs: readonly number[], value: number | undefined, name: string): Data[] {
  if (value === undefined || !xs.length) return [];
  return [{ type: 'scatter', mode: 'lines', name, x: [Math.min(...xs), Math.max(...xs)], y: [value, value], line: { color: TEACHER, dash: 'dash' } }];
}
