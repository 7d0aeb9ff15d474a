/** The RETRO-fit's held-out bpc by its step, against the frozen baseline it was built on and RETRO trained from scratch. */
import type { Data } from 'plotly.js-dist-min';
import { metric } from '../../../core/runner/RunRecorder';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { RetroRecording } from '../experiment';
import { BASE, FIT, ON } from './colours';

export function retrofitFigure(rec: Pick<RetroRecording, 'rows' | 'artifacts'>): Figure {
  const pts = rec.rows.filter((r) => metric(r, 'bpcRetrofit') !== undefined);
  const x = pts.map((r) => metric(r, 'rfStep') ?? null);
  const data: Data[] = [{ type: 'scatter', mode: 'lines+markers', x, y: pts.map((r) => metric(r, 'bpcRetrofit') ?? null), name: 'RETRO-fit [On]', line: { color: FIT } }];
  const final = rec.artifacts.final;
  const lastStep = x[x.length - 1];
  if (final && lastStep != null) {
    const span = [0, lastStep];
    data.push({ type: 'scatter', mode: 'lines', x: span, y: [final.bpcBase, final.bpcBase], name: 'frozen baseline', line: { color: BASE, dash: 'dash' } });
    data.push({ type: 'scatter', mode: 'lines', x: span, y: [final.bpcOn, final.bpcOn], name: 'RETRO from scratch', line: { color: ON, dash: 'dash' } });
  }
  return {
    data,
    layout: {
      title: { text: 'Frozen baseline + trained encoder and CCA' }, xaxis: { title: { text: 'RETRO-fit step' } }, yaxis: { title: { text: 'bits per character' } },
      ...emptyNote(pts.length === 0, 'Press Run: the RETRO-fit follows training'),
    },
  };
}
