/**
 * The learning rate each step of the run trained at, over the run's steps (the
 * metrics rows' step), one line per model: the recipe's warm-up and cosine
 * decay by 10×, restarted for every model, as the run used it.
 */
import type { Data } from 'plotly.js-dist-min';
import type { MetricRow } from '../../../core/runner/RunRecorder';
import type { FamilyMember } from '../family';

export function scheduleTraces(rows: readonly MetricRow[], family: readonly FamilyMember[] | null): Data[] {
  const byModel = new Map<number, { x: number[]; y: number[] }>();
  for (const r of rows) {
    const { lr, model } = r.values;
    if (lr === undefined || model === undefined) continue;
    const s = byModel.get(model) ?? { x: [], y: [] };
    s.x.push(r.step);
    s.y.push(lr);
    byModel.set(model, s);
  }
  return [...byModel.entries()].map(([m, s]) => ({ type: 'scatter', mode: 'lines', x: s.x, y: s.y, name: family?.[m]?.name ?? `model ${m + 1}` }));
}
