/** Training loss by step, one line per model of the family (the experiment's `loss` rows, tagged by `model`). */
import type { Data } from 'plotly.js-dist-min';
import type { MetricRow } from '../../../core/runner/RunRecorder';
import type { FamilyMember } from '../family';

export function trainingTraces(rows: readonly MetricRow[], family: readonly FamilyMember[] | null): Data[] {
  const byModel = new Map<number, { x: number[]; y: number[] }>();
  for (const r of rows) {
    const { loss, model } = r.values;
    if (loss === undefined || model === undefined) continue;
    const s = byModel.get(model) ?? { x: [], y: [] };
    s.x.push(s.x.length + 1);
    s.y.push(loss);
    byModel.set(model, s);
  }
  return [...byModel.entries()].map(([m, s]) => ({ type: 'scatter', mode: 'lines', x: s.x, y: s.y, name: family?.[m]?.name ?? `model ${m + 1}` }));
}
