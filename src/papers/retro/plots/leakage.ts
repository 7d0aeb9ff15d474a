/**
 * bpc(α) of the baseline and RETRO [On] over the chunks whose longest run
 * shared with their neighbours is at most α of a chunk, and the share of
 * chunks each α keeps (bars, right axis).
 */
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { RetroArtifacts } from '../experiment';
import { BASE, ON } from './colours';

export function leakageFigure(artifacts: Partial<Pick<RetroArtifacts, 'leakage'>>): Figure {
  const leakage = artifacts.leakage ?? [];
  const alpha = leakage.map((p) => p.alpha);
  return {
    data: [
      { type: 'scatter', mode: 'lines+markers', x: alpha, y: leakage.map((p) => p.base), name: 'baseline', line: { color: BASE } },
      { type: 'scatter', mode: 'lines+markers', x: alpha, y: leakage.map((p) => p.on), name: 'RETRO [On]', line: { color: ON } },
      { type: 'bar', x: alpha, y: leakage.map((p) => p.share), name: 'share of chunks kept', yaxis: 'y2', marker: { color: 'rgba(120,120,120,0.25)' } },
    ],
    layout: {
      title: { text: 'bpc(α): only chunks whose overlap with their neighbours is ≤ α' },
      xaxis: { title: { text: 'α (longest shared run / m)' } },
      yaxis: { title: { text: 'held-out bits per character' } },
      yaxis2: { range: [0, 1], title: { text: 'share of chunks' } },
      ...emptyNote(leakage.length === 0, 'Scored after training'),
    },
  };
}
