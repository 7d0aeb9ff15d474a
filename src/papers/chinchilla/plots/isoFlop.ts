/**
 * Approach 2 (Hoffmann et al. 2022, Figure 3): final loss against size at
 * each budget, Approach 2's parabola in log N through each profile with its
 * minimum (hollow where it lies outside the sizes trained), and Approach 3's
 * fitted law along the same budgets.
 */
import type { Data } from 'plotly.js-dist-min';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import { paletteColour } from '../../../ui/plotTheme';
import type { ChinchillaRecording } from '../experiment';

export function isoFlopFigure(rec: Pick<ChinchillaRecording, 'artifacts'>): Figure {
  const runs = rec.artifacts.runs ?? [];
  const analysis = rec.artifacts.analysis;
  const budgetIndices = [...new Set(runs.map((r) => r.budget))].sort((a, b) => a - b);
  const data: Data[] = budgetIndices.map((b) => {
    const atBudget = runs.filter((r) => r.budget === b).sort((p, q) => p.N - q.N);
    return {
      type: 'scatter', mode: 'markers', x: atBudget.map((r) => r.N), y: atBudget.map((r) => r.finalLoss),
      name: `C = ${atBudget[0].C.toExponential(1)}`, marker: { color: paletteColour(b), size: 9 },
    };
  });
  for (const [i, curve] of (analysis?.isoFlops ?? []).entries()) {
    if (curve.parabola.length) {
      data.push({ type: 'scatter', mode: 'lines', x: curve.parabola.map((p) => p.N), y: curve.parabola.map((p) => p.loss), name: 'parabola fit', line: { color: paletteColour(i) }, showlegend: i === 0 });
    }
    if (curve.law.length) {
      data.push({ type: 'scatter', mode: 'lines', x: curve.law.map((p) => p.N), y: curve.law.map((p) => p.loss), name: 'Approach 3 law', line: { color: paletteColour(i), dash: 'dot' }, showlegend: i === 0 });
    }
  }
  const minima = analysis?.approach2.result?.profiles.filter((p) => Number.isFinite(p.N)) ?? [];
  if (minima.length) {
    data.push({
      type: 'scatter', mode: 'markers', x: minima.map((p) => p.N), y: minima.map((p) => p.loss), name: 'minimum',
      marker: { symbol: 'star', size: 14, color: minima.map((p) => (p.outsideRange ? 'white' : 'black')), line: { color: 'black', width: 1 } },
    });
  }
  return {
    data,
    layout: {
      title: { text: 'IsoFLOP profiles: final loss vs size at each budget' },
      xaxis: { type: 'log', dtick: 'D2', title: { text: 'parameters N' } }, yaxis: { title: { text: 'final eval loss (nats/char)' } },
      ...emptyNote(runs.length === 0, 'Press Run: each point is one model trained on exactly its budget'),
    },
  };
}
