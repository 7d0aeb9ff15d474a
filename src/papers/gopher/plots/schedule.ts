/**
 * The learning rate each step of the run trained at, over the run's steps (the
 * metrics rows' step, so live changes are marked on it), one line per model:
 * the recipe's warm-up and cosine decay by 10×, restarted for every model, as
 * the run used it.
 */
import type { Data } from 'plotly.js-dist-min';
import { seriesBy } from '../../../core/runner/RunRecorder';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { GopherRecording } from '../experiment';

export function scheduleFigure(rec: Pick<GopherRecording, 'rows' | 'artifacts'>): Figure {
  const byModel = seriesBy(rec.rows, 'lr', 'model');
  const family = rec.artifacts.family;
  const data: Data[] = [...byModel.entries()].map(([m, s]) => ({ type: 'scatter', mode: 'lines', x: s.x, y: s.y, name: family?.[m]?.name ?? `model ${m + 1}` }));
  return {
    data,
    layout: {
      title: { text: 'Learning rate each step trained at: warm-up, then cosine decay by 10×, per model' },
      xaxis: { title: { text: 'step of the run' } }, yaxis: { title: { text: 'learning rate' }, rangemode: 'tozero' },
      ...emptyNote(data.length === 0, 'Press Run: the schedule each model trains with'),
    },
  };
}
