/** Each model's training loss per step (models without rows are left out): cross-entropy, or squared error on adding. */
import type { Data } from 'plotly.js-dist-min';
import { series } from '../../../core/runner/RunRecorder';
import type { Figure } from '../../../ui/figure';
import { noteWhenEmpty } from '../../../ui/plotNote';
import { modelMetric, type RimsRecording } from '../experiment';
import type { RimsParams } from '../params';
import { MODEL_COLOUR, MODEL_NAME, MODELS } from './models';

export const lossUnit = (task: RimsParams['task']): string => (task === 'adding' ? 'squared error' : 'cross-entropy (nats)');

export function trainingLossFigure(rec: Pick<RimsRecording, 'rows'>, params: Pick<RimsParams, 'task'>): Figure {
  const data = MODELS.flatMap((m): Data[] => {
    const { x, y } = series(rec.rows, modelMetric(m, 'Loss'));
    return x.length ? [{ type: 'scatter', mode: 'lines', name: MODEL_NAME[m], x, y, line: { color: MODEL_COLOUR[m] } }] : [];
  });
  const layout = { title: { text: 'Training loss' }, xaxis: { title: { text: 'training step' } }, yaxis: { title: { text: lossUnit(params.task) } } };
  return { data, layout: noteWhenEmpty(data, layout, 'Press Run to train RIMs and the LSTM.') };
}
