/** Each net's training loss per step, smoothed (an exponential moving average, 0.9 on the past): one batch is noisy. */
import type { Figure } from '../../../ui/figure';
import { noteWhenEmpty } from '../../../ui/plotNote';
import type { AlgebraRecording } from '../experiment';
import { runCurves } from './runCurves';

export function trainingLossFigure(rec: Pick<AlgebraRecording, 'rows' | 'artifacts'>): Figure {
  const data = runCurves(rec.rows, rec.artifacts.runs ?? [], 'loss', 0.9);
  const layout = { title: { text: 'Training loss (smoothed)' }, xaxis: { title: { text: 'training step' } }, yaxis: { title: { text: 'cross-entropy (nats)' } } };
  return { data, layout: noteWhenEmpty(data, layout, 'Press Run to train the selected algebras side by side.') };
}
