/** Measured seed-mean held-out losses (markers) and each router's fitted Eq. 1 (lines), against E, per dense size. */
import type { Data } from 'plotly.js-dist-min';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { RoutedArtifacts } from '../experiment';
import { formatParams } from '../formatParams';
import { lawLoss } from '../law';
import { ROUTER_LABELS } from '../router';
import { lawPoints } from '../sweepResults';
import { logSpace } from './lawCurves';
import { ROUTER_COLOURS } from './routerColours';

const SYMBOLS = ['circle', 'square', 'diamond', 'triangle-up'] as const;

export function fitFigure(artifacts: Partial<Pick<RoutedArtifacts, 'results' | 'fits'>>): Figure {
  const results = artifacts.results ?? [];
  const data: Data[] = [];
  const maxE = Math.max(1, ...results.map((r) => r.E));
  for (const { router, fit } of artifacts.fits ?? []) {
    const pts = lawPoints(results, router);
    const sizes = [...new Set(pts.map((p) => p.N))];
    for (const N of sizes) {
      const mine = pts.filter((p) => p.N === N);
      data.push({ type: 'scatter', mode: 'markers', x: mine.map((p) => p.E), y: mine.map((p) => p.loss), name: `${ROUTER_LABELS[router]} N=${formatParams(N)}`, marker: { color: ROUTER_COLOURS[router], size: 8, symbol: SYMBOLS[sizes.indexOf(N) % SYMBOLS.length] } });
      if (fit && maxE > 1) {
        const es = logSpace(1, maxE, 40);
        data.push({ type: 'scatter', mode: 'lines', x: es, y: es.map((E) => lawLoss(fit, N, E)), name: `fit ${ROUTER_LABELS[router]} N=${formatParams(N)}`, line: { color: ROUTER_COLOURS[router], dash: 'dot' }, showlegend: false });
      }
    }
  }
  return {
    data,
    layout: {
      title: { text: 'Held-out loss vs experts, with our Eq. 1 fit' }, xaxis: { type: 'log', title: { text: 'experts E' } }, yaxis: { title: { text: 'held-out loss (nats/char)' } },
      ...emptyNote(results.length === 0, 'Press Run: a point per trained model'),
    },
  };
}
