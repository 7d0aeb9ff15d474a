/**
 * InfoGraph's training: the JSD MI estimate of each batch (left) and the
 * linear-probe accuracy at each refresh, the untrained encoder's at step 0
 * (right). x is the training step.
 */
import { series } from '../../../core/runner/RunRecorder';
import type { Figure } from '../../../ui/figure';
import { noteWhenEmpty } from '../../../ui/plotNote';
import type { InfographRecording } from '../experiment';

export function trainingFigure(rec: Pick<InfographRecording, 'rows'>): Figure {
  const data: Figure['data'] = [
    { type: 'scatter', mode: 'lines', name: 'JSD MI estimate (batch)', ...series(rec.rows, 'mi') },
    { type: 'scatter', mode: 'lines+markers', name: 'linear-probe accuracy', ...series(rec.rows, 'probe'), yaxis: 'y2' },
  ];
  return {
    data,
    layout: noteWhenEmpty(data, {
      title: { text: 'MI estimate and probe accuracy' },
      xaxis: { title: { text: 'training step' } },
      yaxis: { title: { text: 'JSD MI estimate (nats)' } },
      yaxis2: { title: { text: 'probe accuracy (fraction)' }, range: [0, 1] },
    }, 'Press Run to train the encoder.'),
  };
}
