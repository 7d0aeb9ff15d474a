/** Each net's held-out score at each evaluation: accuracy in % (digits) or bits per character (text). */
import type { Figure } from '../../../ui/figure';
import { noteWhenEmpty } from '../../../ui/plotNote';
import type { AlgebraRecording } from '../experiment';
import type { AlgebraParams } from '../params';
import { runCurves } from './runCurves';
import { scoreLabel, taskOf } from './score';

export function heldOutFigure(rec: Pick<AlgebraRecording, 'rows' | 'artifacts'>, params: Pick<AlgebraParams, 'task'>): Figure {
  const task = taskOf(rec, params);
  const data = task === 'chars' ? runCurves(rec.rows, rec.artifacts.runs ?? [], 'evalLoss', 0, 1 / Math.LN2) : runCurves(rec.rows, rec.artifacts.runs ?? [], 'acc', 0, 100);
  const layout = { title: { text: 'Held-out score during training' }, xaxis: { title: { text: 'training step' } }, yaxis: { title: { text: scoreLabel(task) } } };
  return { data, layout: noteWhenEmpty(data, layout, 'Press Run to train the selected algebras side by side.') };
}
