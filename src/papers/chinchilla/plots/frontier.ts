/**
 * N_opt against compute, three ways: Approach 1's envelope winners, Approach
 * 2's IsoFLOP minima (inside the sizes trained) and each approach's fitted
 * power law N_opt ∝ C^a across the sweep's budgets.
 */
import type { Data } from 'plotly.js-dist-min';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import { paletteColour } from '../../../ui/plotTheme';
import type { FrontierFit } from '../approaches';
import type { ChinchillaRecording } from '../experiment';

function line(fit: FrontierFit, cs: readonly number[]): number[] {
  return cs.map((C) => Math.exp(fit.logCoefN + fit.a * Math.log(C)));
}

export function frontierFigure(rec: Pick<ChinchillaRecording, 'artifacts'>): Figure {
  const { runs = [], analysis } = rec.artifacts;
  const data: Data[] = [];
  if (analysis && runs.length) {
    const cs = runs.map((r) => r.C);
    const span = [Math.min(...cs) / 1.5, Math.max(...cs) * 1.5];
    const add = (name: string, fit: FrontierFit | null | undefined, colour: string, points?: { C: number; N: number }[]) => {
      if (points?.length) data.push({ type: 'scatter', mode: 'markers', x: points.map((p) => p.C), y: points.map((p) => p.N), name: `${name} points`, marker: { color: colour, size: 7 } });
      if (fit && Number.isFinite(fit.a)) data.push({ type: 'scatter', mode: 'lines', x: span, y: line(fit, span), name: `${name}: a = ${fit.a.toFixed(2)}`, line: { color: colour, width: 2 } });
    };
    const a1 = analysis.approach1.result;
    // At most ~40 envelope points: enough to see the staircase, few enough to hover.
    add('Approach 1', a1, paletteColour(0), a1?.envelope.filter((e) => !e.censored).filter((_, i, all) => i % Math.ceil(all.length / 40) === 0));
    const a2 = analysis.approach2.result;
    add('Approach 2', a2, paletteColour(1), a2?.profiles.filter((p) => Number.isFinite(p.N) && !p.outsideRange));
    add('Approach 3', analysis.approach3.result, paletteColour(2));
  }
  return {
    data,
    layout: {
      title: { text: 'N_opt against compute, three ways' },
      xaxis: { type: 'log', title: { text: 'compute C (FLOPs)' } }, yaxis: { type: 'log', title: { text: 'compute-optimal parameters N_opt' } },
      ...emptyNote(data.length === 0, 'The three estimates appear when the sweep is analysed'),
    },
  };
}
