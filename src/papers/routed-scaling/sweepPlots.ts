/**
 * Plot traces for the live sweep: training loss per model, measured
 * held-out loss against E with our Eq. 1 fit through it, and the paper's
 * Table 3 law over the same expert counts at the paper's sizes.
 */
import type { Data } from 'plotly.js-dist-min';
import { lawLoss, TABLE3, type LawRouter } from './law';
import { logSpace, ROUTER_COLORS } from './lawCurves';
import { formatParams } from './formatParams';
import { ROUTER_LABELS } from './router';
import type { PlannedRun } from './sweepPlan';
import type { RouterFit, RunResult } from './sweepResults';
import { lawPoints } from './sweepResults';

const routerName = (r: PlannedRun['router']): string => (r === 'dense' ? 'dense' : ROUTER_LABELS[r]);

export function trainingTraces(rows: readonly { values: Record<string, number> }[], plan: readonly PlannedRun[]): Data[] {
  const byRun = new Map<number, number[]>();
  for (const r of rows) {
    if (r.values.loss === undefined) continue;
    const list = byRun.get(r.values.run) ?? [];
    list.push(r.values.loss);
    byRun.set(r.values.run, list);
  }
  return [...byRun.entries()].map(([i, ys]) => {
    const p = plan[i];
    return {
      type: 'scatter' as const, mode: 'lines' as const, x: ys.map((_, s) => s + 1), y: ys,
      name: p ? `d=${p.width} E=${p.E} ${routerName(p.router)}` : `model ${i + 1}`,
      line: { color: p ? ROUTER_COLORS[p.router] : undefined, width: 1 }, opacity: p && p.E > 1 ? 0.4 + (0.6 * Math.log2(p.E)) / 4 : 1,
    };
  });
}

/** Measured seed-mean losses (markers) and each router's fitted Eq. 1 (lines), against E, per dense size. */
export function fitTraces(results: readonly RunResult[], fits: readonly RouterFit[]): Data[] {
  const traces: Data[] = [];
  const maxE = Math.max(1, ...results.map((r) => r.E));
  for (const { router, fit } of fits) {
    const pts = lawPoints(results, router);
    const sizes = [...new Set(pts.map((p) => p.N))];
    for (const N of sizes) {
      const mine = pts.filter((p) => p.N === N);
      traces.push({ type: 'scatter', mode: 'markers', x: mine.map((p) => p.E), y: mine.map((p) => p.loss), name: `${ROUTER_LABELS[router]} N=${formatParams(N)}`, marker: { color: ROUTER_COLORS[router], size: 8, symbol: (['circle', 'square', 'diamond', 'triangle-up'] as const)[sizes.indexOf(N) % 4] } });
      if (fit && maxE > 1) {
        const es = logSpace(1, maxE, 40);
        traces.push({ type: 'scatter', mode: 'lines', x: es, y: es.map((E) => lawLoss(fit, N, E)), name: `fit ${ROUTER_LABELS[router]} N=${formatParams(N)}`, line: { color: ROUTER_COLORS[router], dash: 'dot' }, showlegend: false });
      }
    }
  }
  return traces;
}

/** Table 3's law over 1..maxE experts at the paper's 15M, 130M and 1.3B dense sizes. */
export function paperTraces(routers: readonly LawRouter[], maxE: number): Data[] {
  const es = logSpace(1, Math.max(2, maxE), 40);
  return routers.flatMap((r) =>
    [15e6, 130e6, 1.3e9].map((N, i) => ({
      type: 'scatter' as const, mode: 'lines' as const, x: es, y: es.map((E) => lawLoss(TABLE3[r], N, E)),
      name: `${ROUTER_LABELS[r]} N=${formatParams(N)}`, line: { color: ROUTER_COLORS[r], dash: (['solid', 'dash', 'dot'] as const)[i] },
    })),
  );
}

/** A metrics row: the run's step and its values. */
export interface StepRow {
  step: number;
  values: Record<string, number>;
}

/**
 * Load balance and overflow of the routed models' training steps over the
 * run's steps (the metrics rows' step, so live changes line up with them).
 * Dense models' steps are kept as gaps (no value), so the axis spans the
 * whole sweep from its first step; a break separates consecutive models.
 */
export function balanceTraces(rows: readonly StepRow[]): Data[] {
  const x: (number | null)[] = [], balance: (number | null)[] = [], dropped: (number | null)[] = [];
  let lastRun: number | undefined;
  for (const r of rows) {
    if (r.values.balance === undefined) continue;
    if (lastRun !== undefined && r.values.run !== lastRun) {
      x.push(null);
      balance.push(null);
      dropped.push(null);
    }
    lastRun = r.values.run;
    const routed = r.values.E > 1;
    x.push(r.step);
    balance.push(routed ? r.values.balance : null);
    dropped.push(routed ? 100 * r.values.dropped : null);
  }
  return [
    { type: 'scatter', mode: 'lines', x, y: balance, name: 'max / mean load' },
    { type: 'scatter', mode: 'lines', x, y: dropped, name: 'overflow %', yaxis: 'y2' },
  ];
}
