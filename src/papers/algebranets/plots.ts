/** Plot traces for the panel, from the run's rows and results: pure functions, no React. */
import type { Data } from 'plotly.js-dist-min';
import type { RunResult, RunSpec } from './experiment';

export interface Row {
  step: number;
  values: Record<string, number>;
}

/** Task A scores accuracy in %, task B bits per character. */
export function score(r: RunResult): number {
  return r.task === 'chars' ? r.bpc : 100 * r.accuracy;
}

export function scoreLabel(task: RunSpec['task']): string {
  return task === 'chars' ? 'held-out bits per character (lower is better)' : 'held-out accuracy (%)';
}

/** One line per run of `prefix:<key>` against step, exponentially smoothed with weight `smooth` on the past. */
export function curves(rows: readonly Row[], specs: readonly RunSpec[], prefix: string, smooth = 0, scale = 1): Data[] {
  return specs.map((s) => {
    const x: number[] = [], y: number[] = [];
    let ema: number | null = null;
    for (const r of rows) {
      const v = r.values[`${prefix}:${s.key}`];
      if (v === undefined) continue;
      ema = ema === null ? v : smooth * ema + (1 - smooth) * v;
      x.push(r.step);
      y.push(scale * ema);
    }
    return { type: 'scatter', mode: 'lines', x, y, name: s.key };
  });
}

/** The training-loss and held-out-score curves of a recording, for its task (bits per character or accuracy in %). */
export function trainingFigures(rows: readonly Row[], specs: readonly RunSpec[], task: RunSpec['task']): { loss: Data[]; score: Data[] } {
  return {
    loss: curves(rows, specs, 'loss', 0.9),
    score: curves(rows, specs, task === 'chars' ? 'evalLoss' : 'acc', 0, task === 'chars' ? 1 / Math.LN2 : 100),
  };
}

/** One labelled point per run: score against real parameters left (or multiplies per example). */
export function scoreVs(results: readonly RunResult[], by: 'params' | 'multiplies'): Data[] {
  return [{
    type: 'scatter', mode: 'text+markers',
    x: results.map((r) => (by === 'params' ? r.nonzeroParams : r.multiplies)),
    y: results.map(score),
    text: results.map((r) => r.key), textposition: 'top center', marker: { size: 10 }, name: 'runs',
  }];
}

/** One line per algebra: score against sparsity; empty unless some run was pruned. */
export function scoreVsSparsity(results: readonly RunResult[]): Data[] {
  if (!results.some((r) => r.sparsity > 0)) return [];
  const algebras = [...new Set(results.map((r) => r.algebra))];
  return algebras.map((a) => {
    const rs = results.filter((r) => r.algebra === a).sort((p, q) => p.sparsity - q.sparsity);
    return { type: 'scatter', mode: 'lines+markers', x: rs.map((r) => 100 * r.sparsity), y: rs.map(score), name: rs[0].name };
  });
}

/** Training steps per second of each net on this backend, one bar each. */
export function speedBars(results: readonly RunResult[]): Data[] {
  return results.length ? [{ type: 'bar', x: results.map((r) => r.key), y: results.map((r) => r.stepsPerSec), name: 'steps/s' }] : [];
}
