/**
 * The effective parameter count N̄ against experts at the calculator's dense
 * size N, for every router, with the calculator's own (N, E) marked.
 */
import type { Figure } from '../../../ui/figure';
import { formatParams } from '../formatParams';
import { effectiveParams, TABLE3, type LawRouter } from '../law';
import { effectiveSizeVsExperts } from './lawCurves';

/** The calculator's marker: not a router's colour. */
const CALCULATOR = '#f59e0b';

export function effectiveSizeFigure(router: LawRouter, N: number, experts: number): Figure {
  const nBar = effectiveParams(TABLE3[router], N, experts);
  return {
    data: [
      ...effectiveSizeVsExperts(TABLE3, N, 1024),
      { type: 'scatter', mode: 'text+markers', x: [experts], y: [nBar], text: [`${formatParams(N)} × ${experts} ≈ ${formatParams(nBar)} dense`], textposition: 'top left', name: 'calculator', marker: { size: 11, color: CALCULATOR } },
    ],
    layout: { title: { text: `Effective parameter count N̄ at N = ${formatParams(N)}` }, xaxis: { type: 'log', title: { text: 'experts E' } }, yaxis: { type: 'log', title: { text: 'dense-equivalent parameters N̄' } } },
  };
}
