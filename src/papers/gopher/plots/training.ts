/** Training loss by step of each model, one line per model of the family (the experiment's training rows, tagged by `model`). */
import type { Data } from 'plotly.js-dist-min';
import { metric } from '../../../core/runner/RunRecorder';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { GopherRecording } from '../experiment';

export function trainingFigure(rec: Pick<GopherRecording, 'rows' | 'artifacts'>): Figure {
  const byModel = new Map<number, { x: number[]; y: number[] }>();
  for (const r of rec.rows) {
    const loss = metric(r, 'loss'), model = metric(r, 'model');
    if (loss === undefined || model === undefined) continue;
    const s = byModel.get(model) ?? { x: [], y: [] };
    s.x.push(s.x.length + 1);
    s.y.push(loss);
    byModel.set(model, s);
  }
  const family = rec.artifacts.family;
  const data: Data[] = [...byModel.entries()].map(([m, s]) => ({ type: 'scatter', mode: 'lines', x: s.x, y: s.y, name: family?.[m]?.name ?? `model ${m + 1}` }));
  return {
    data,
    layout: {
      title: { text: 'Training loss, one line per model' }, xaxis: { title: { text: 'step of that model' } }, yaxis: { title: { text: 'loss (nats/char)' } },
      ...emptyNote(data.length === 0, 'Press Run: one line per model as it trains'),
    },
  };
}
