/**
 * Traces of Eq. 1 (law.ts): loss against dense size for several expert
 * counts, loss against experts at one size, and the effective parameter
 * count, for Table 3's coefficients or our fit. The LawSection charts
 * (lawVsSize.ts, lawVsExperts.ts, effectiveSize.ts) are made of them.
 */
import type { Data } from 'plotly.js-dist-min';
import { effectiveParams, LAW_ROUTERS, lawLoss, type LawCoefficients, type LawRouter } from '../law';
import { ROUTER_LABELS } from '../router';
import { ROUTER_COLOURS } from './routerColours';

const DASHES = ['solid', 'dash', 'dot', 'dashdot'] as const;

/** Coefficients of some routers (Table 3's, or one router's). */
export type Laws = Partial<Record<LawRouter, LawCoefficients>>;

/** n points spaced evenly in log between lo and hi. */
export function logSpace(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => lo * (hi / lo) ** (i / (n - 1)));
}

/** The routers a set of laws holds, in the paper's order, with their coefficients. */
function entries(laws: Laws): [LawRouter, LawCoefficients][] {
  const out: [LawRouter, LawCoefficients][] = [];
  for (const r of LAW_ROUTERS) {
    const k = laws[r];
    if (k) out.push([r, k]);
  }
  return out;
}

export function lossVsSize(laws: Laws, experts: readonly number[], range: [number, number]): Data[] {
  const ns = logSpace(range[0], range[1], 60);
  return entries(laws).flatMap(([r, k]) =>
    experts.map((E, i) => ({
      type: 'scatter' as const, mode: 'lines' as const, x: ns, y: ns.map((N) => lawLoss(k, N, E)),
      name: `${ROUTER_LABELS[r]}, E = ${E}`, line: { color: ROUTER_COLOURS[r], dash: DASHES[i % DASHES.length] },
    })),
  );
}

export function lossVsExperts(laws: Laws, N: number, maxE: number): Data[] {
  const es = logSpace(1, maxE, 60);
  return entries(laws).map(([r, k]) => ({
    type: 'scatter' as const, mode: 'lines' as const, x: es, y: es.map((E) => lawLoss(k, N, E)), name: ROUTER_LABELS[r], line: { color: ROUTER_COLOURS[r] },
  }));
}

export function effectiveSizeVsExperts(laws: Laws, N: number, maxE: number): Data[] {
  const es = logSpace(1, maxE, 60);
  return entries(laws).map(([r, k]) => ({
    type: 'scatter' as const, mode: 'lines' as const, x: es, y: es.map((E) => effectiveParams(k, N, E)), name: ROUTER_LABELS[r], line: { color: ROUTER_COLOURS[r] },
  }));
}
