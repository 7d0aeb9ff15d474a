/** Held-out loss of each trained model against its parameters, with the power-law fit L ∝ N^exponent. */
import type { Data } from 'plotly.js-dist-min';
import type { LossFit, ModelResult } from '../experiment';

export function lossVsSizeTraces(results: readonly ModelResult[], fit: LossFit | null): Data[] {
  const traces: Data[] = [{ type: 'scatter', mode: 'markers+text', x: results.map((r) => r.N), y: results.map((r) => r.evalLoss), text: results.map((r) => r.name), textposition: 'top center', name: 'eval loss', marker: { size: 10 } }];
  if (fit && results.length >= 2) {
    const ns = [Math.min(...results.map((r) => r.N)), Math.max(...results.map((r) => r.N))];
    traces.push({ type: 'scatter', mode: 'lines', x: ns, y: ns.map((n) => fit.coef * n ** fit.exponent), name: `fit: L ∝ N^${fit.exponent.toFixed(3)} (R² ${fit.r2.toFixed(2)})`, line: { dash: 'dot' } });
  }
  return traces;
}

