/** RETRO [On] against the number of neighbours k, with the k the reader picked ringed. */
import type { Data } from 'plotly.js-dist-min';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { RetroArtifacts } from '../experiment';
import { ON } from './colours';

/** The ring around the picked k: an outline, not a model's colour. */
const PICKED = '#b3261e';

export function kSweepFigure(artifacts: Partial<Pick<RetroArtifacts, 'kSweep'>>, picked: number): Figure {
  const ks = artifacts.kSweep ?? [];
  const at = ks.find((p) => p.k === picked);
  const data: Data[] = [{ type: 'scatter', mode: 'lines+markers', x: ks.map((p) => p.k), y: ks.map((p) => p.bpcOn), name: 'RETRO [On]', line: { color: ON } }];
  if (at) data.push({ type: 'scatter', mode: 'markers', x: [at.k], y: [at.bpcOn], name: `k = ${at.k}`, marker: { size: 14, color: 'rgba(0,0,0,0)', line: { color: PICKED, width: 2 } } });
  return {
    data,
    layout: {
      title: { text: 'bpc vs neighbours k' }, xaxis: { title: { text: 'neighbours k' }, dtick: 1 }, yaxis: { title: { text: 'held-out bits per character' } }, showlegend: false,
      ...emptyNote(ks.length === 0, 'Scored after training'),
    },
  };
}
