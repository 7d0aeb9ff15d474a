/** Training loss by step of each model, one line per model of the family (the experiment's training rows, tagged by `model`). */
import type { Data } from 'plotly.js-dist-min';
import { seriesBy } from '../../../core/runner/RunRecorder';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { GopherRecording } from '../experiment';

export function trainingFigure(rec: Pick<GopherRecording, 'rows' | 'artifacts'>): Figure {
  const byModel = seriesBy(rec.rows, 'loss', 'model');
  const family = rec.artifacts.family;
  const data: Data[] = [...byModel.entries()].map(([m, s]) => ({ type: 'scatter', mode: 'lines', x: s.y.map((_, k) => k + 1), y: s.y, name: family?.[m]?.name ?? `model ${m + 1}` }));
  return {
    data,
    layout: {
      title: { text: 'Training loss, one line per model' }, xaxis: { title: { text: 'step of that model' } }, yaxis: { title: { text: 'loss (nats/char)' } },
      ...emptyNote(data.length === 0, 'Press Run: one line per model as it trains'),
    },
  };
}
