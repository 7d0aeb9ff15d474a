/** RETRO [On] against database size (smaller databases are prefixes of the full one), beside the baseline's level. */
import type { Data } from 'plotly.js-dist-min';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { RetroArtifacts } from '../experiment';
import { BASE, ON } from './colours';

export function dbSizeFigure(artifacts: Partial<Pick<RetroArtifacts, 'dbSweep' | 'final'>>): Figure {
  const sizes = artifacts.dbSweep ?? [];
  const final = artifacts.final;
  const data: Data[] = [{ type: 'scatter', mode: 'lines+markers', x: sizes.map((s) => s.tokens), y: sizes.map((s) => s.bpcOn), name: 'RETRO [On]', line: { color: ON } }];
  if (final && sizes.length) data.push({ type: 'scatter', mode: 'lines', x: [sizes[0].tokens, sizes[sizes.length - 1].tokens], y: [final.bpcBase, final.bpcBase], name: 'baseline', line: { color: BASE, dash: 'dash' } });
  return {
    data,
    layout: {
      title: { text: 'bpc vs database size' }, xaxis: { type: 'log', title: { text: 'database size (tokens)' } }, yaxis: { title: { text: 'held-out bits per character' } },
      ...emptyNote(sizes.length === 0, 'Scored after training'),
    },
  };
}
