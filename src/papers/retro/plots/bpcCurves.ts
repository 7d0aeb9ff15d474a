/** Held-out bits per character of the baseline, RETRO [Off] and RETRO [On] at each curve point of the joint training. */
import { metric } from '../../../core/runner/RunRecorder';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { RetroRecording } from '../experiment';
import { BASE, OFF, ON } from './colours';

export function bpcCurvesFigure(rec: Pick<RetroRecording, 'rows'>): Figure {
  const pts = rec.rows.filter((r) => metric(r, 'bpcOn') !== undefined);
  const x = pts.map((r) => r.step);
  return {
    data: [
      { type: 'scatter', mode: 'lines+markers', x, y: pts.map((r) => metric(r, 'bpcBase') ?? null), name: 'baseline', line: { color: BASE } },
      { type: 'scatter', mode: 'lines+markers', x, y: pts.map((r) => metric(r, 'bpcOff') ?? null), name: 'RETRO [Off]', line: { color: OFF, dash: 'dot' } },
      { type: 'scatter', mode: 'lines+markers', x, y: pts.map((r) => metric(r, 'bpcOn') ?? null), name: 'RETRO [On]', line: { color: ON } },
    ],
    layout: {
      title: { text: 'Held-out bits per character during training' }, xaxis: { title: { text: 'training step' } }, yaxis: { title: { text: 'bits per character' } },
      ...emptyNote(rec.rows.length === 0, 'Press Run: a point every few steps'),
    },
  };
}
