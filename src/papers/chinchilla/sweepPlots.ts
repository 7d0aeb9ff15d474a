/**
 * Plotly traces for the live sweep: training curves with Approach 1's
 * envelope, IsoFLOP profiles with Approach 2's parabolas (and Approach 3's law
 * along them), and N_opt against C for all three approaches. Pure data.
 */
import type { Data } from 'plotly.js-dist-min';
import type { MetricRow } from '../../core/runner/RunRecorder';
import type { SweepAnalysis } from './analysis';
import type { FrontierFit } from './approaches';
import type { SweepRunRecord } from './experiment';
import type { SweepPlan } from './sweepPlan';

const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf'];
export const budgetColor = (i: number) => PALETTE[i % PALETTE.length];

/** Training loss by sweep step, one line per run, coloured by its budget (legend-free: hover names the run). */
export function sweepLossTraces(rows: readonly MetricRow[], plan: SweepPlan | null): Data[] {
  const byRun = new Map<number, { x: number[]; y: number[] }>();
  for (const r of rows) {
    const { loss, run } = r.values;
    if (loss === undefined || run === undefined) continue;
    const s = byRun.get(run) ?? { x: [], y: [] };
    s.x.push(r.step);
    s.y.push(loss);
    byRun.set(run, s);
  }
  return [...byRun.entries()].map(([i, s]) => {
    const p = plan?.runs[i];
    return {
      type: 'scatter', mode: 'lines', x: s.x, y: s.y, name: p ? `N=${p.N}, C=${p.C.toExponential(1)}` : `run ${i + 1}`,
      line: { color: p ? budgetColor(p.budget) : undefined, width: 1.2 },
    };
  });
}

export function curveTraces(runs: readonly SweepRunRecord[], analysis: SweepAnalysis | null): Data[] {
  const traces: Data[] = runs.map((r) => ({
    type: 'scatter', mode: 'lines', x: r.curve.map((p) => p.flops), y: r.curve.map((p) => p.loss),
    name: `N=${r.N}, C=${r.C.toExponential(1)}`, line: { color: budgetColor(r.budget), width: 1.5 }, opacity: 0.8,
  }));
  const env = analysis?.approach1.result?.envelope;
  if (env?.length) {
    traces.push({
      type: 'scatter', mode: 'markers', x: env.map((e) => e.C), y: env.map((e) => e.loss), name: 'envelope (Approach 1)',
      marker: { color: 'black', size: 3 },
    });
  }
  return traces;
}

export function isoFlopTraces(runs: readonly SweepRunRecord[], analysis: SweepAnalysis | null): Data[] {
  const budgets = [...new Set(runs.map((r) => r.budget))].sort((a, b) => a - b);
  const traces: Data[] = budgets.map((b) => {
    const rs = runs.filter((r) => r.budget === b).sort((p, q) => p.N - q.N);
    return {
      type: 'scatter', mode: 'markers', x: rs.map((r) => r.N), y: rs.map((r) => r.finalLoss),
      name: `C = ${rs[0].C.toExponential(1)}`, marker: { color: budgetColor(b), size: 9 },
    };
  });
  for (const [i, curve] of (analysis?.isoFlops ?? []).entries()) {
    if (curve.parabola.length) {
      traces.push({ type: 'scatter', mode: 'lines', x: curve.parabola.map((p) => p.N), y: curve.parabola.map((p) => p.loss), name: 'parabola fit', line: { color: budgetColor(i) }, showlegend: i === 0 });
    }
    if (curve.law.length) {
      traces.push({ type: 'scatter', mode: 'lines', x: curve.law.map((p) => p.N), y: curve.law.map((p) => p.loss), name: 'Approach 3 law', line: { color: budgetColor(i), dash: 'dot' }, showlegend: i === 0 });
    }
  }
  const minima = analysis?.approach2.result?.profiles.filter((p) => Number.isFinite(p.N)) ?? [];
  if (minima.length) {
    traces.push({
      type: 'scatter', mode: 'markers', x: minima.map((p) => p.N), y: minima.map((p) => p.loss), name: 'minimum',
      marker: { symbol: 'star', size: 14, color: minima.map((p) => (p.outsideRange ? 'white' : 'black')), line: { color: 'black', width: 1 } },
    });
  }
  return traces;
}

function line(fit: FrontierFit, cs: number[]): number[] {
  return cs.map((C) => Math.exp(fit.logCoefN + fit.a * Math.log(C)));
}

export function frontierTraces(runs: readonly SweepRunRecord[], analysis: SweepAnalysis | null): Data[] {
  if (!analysis || runs.length === 0) return [];
  const cs = runs.map((r) => r.C);
  const span = [Math.min(...cs) / 1.5, Math.max(...cs) * 1.5];
  const traces: Data[] = [];
  const add = (name: string, fit: FrontierFit | null | undefined, color: string, pts?: { C: number; N: number }[]) => {
    if (pts?.length) traces.push({ type: 'scatter', mode: 'markers', x: pts.map((p) => p.C), y: pts.map((p) => p.N), name: `${name} points`, marker: { color, size: 7 } });
    if (fit && Number.isFinite(fit.a)) {
      traces.push({ type: 'scatter', mode: 'lines', x: span, y: line(fit, span), name: `${name}: a = ${fit.a.toFixed(2)}`, line: { color, width: 2 } });
    }
  };
  const a1 = analysis.approach1.result;
  add('Approach 1', a1, '#1f77b4', a1?.envelope.filter((e) => !e.censored).filter((_, i, all) => i % Math.ceil(all.length / 40) === 0));
  const a2 = analysis.approach2.result;
  add('Approach 2', a2, '#ff7f0e', a2?.profiles.filter((p) => Number.isFinite(p.N) && !p.outsideRange));
  add('Approach 3', analysis.approach3.result, '#2ca02c');
  return traces;
}
