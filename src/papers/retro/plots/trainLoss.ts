/** Both models' training loss on the same batches, in bits per character (the rows carry nats). */
import { metric } from '../../../core/runner/RunRecorder';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { RetroRecording } from '../experiment';
import { BASE, ON } from './colours';

const bits = (nats: number | undefined): number | null => (nats === undefined ? null : nats / Math.LN2);

export function trainLossFigure(rec: Pick<RetroRecording, 'rows'>): Figure {
  const pts = rec.rows.filter((r) => metric(r, 'baseLoss') !== undefined);
  const x = pts.map((r) => r.step);
  return {
    data: [
      { type: 'scatter', mode: 'lines', x, y: pts.map((r) => bits(metric(r, 'baseLoss'))), name: 'baseline', line: { color: BASE } },
      { type: 'scatter', mode: 'lines', x, y: pts.map((r) => bits(metric(r, 'retroLoss'))), name: 'RETRO', line: { color: ON } },
    ],
    layout: {
      title: { text: 'Training loss on the same batches' }, xaxis: { title: { text: 'training step' } }, yaxis: { title: { text: 'bits per character' } },
      ...emptyNote(rec.rows.length === 0, 'Press Run: one point per step'),
    },
  };
}
