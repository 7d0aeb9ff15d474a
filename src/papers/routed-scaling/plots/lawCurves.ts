/**
 * Plot traces of Eq. 1 (law.ts): loss against dense size for several expert
 * counts, loss against experts at one size, and the effective parameter count.
 * Pure data for the panel's charts; Table 3's coefficients or our fit.
 */
import type { Data } from 'plotly.js-dist-min';
import { effectiveParams, lawLoss, type LawCoefficients, type LawRouter } from './law';
import { ROUTER_LABELS } from './router';

export const ROUTER_COLORS: Record<LawRouter | 'top1' | 'dense', string> = { sbase: '#1f5fbf', rlr: '#b45309', hash: '#047857', top1: '#b3261e', dense: '#555555' };
const DASHES = ['solid', 'dash', 'dot', 'dashdot'] as const;

/** n points spaced evenly in log between lo and hi. */
export function logSpace(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => lo * (hi / lo) ** (i / (n - 1)));
}

export function lossVsSize(laws: Partial<Record<LawRouter, LawCoefficients>>, experts: readonly number[], range: [number, number]): Data[] {
  const ns = logSpace(range[0], range[1], 60);
  return Object.entries(laws).flatMap(([r, k]) =>
    experts.map((E, i) => ({
      type: 'scatter' as const, mode: 'lines' as const, x: ns, y: ns.map((N) => lawLoss(k, N, E)),
      name: `${ROUTER_LABELS[r as LawRouter]}, E = ${E}`, line: { color: ROUTER_COLORS[r as LawRouter], dash: DASHES[i % DASHES.length] },
    })),
  );
}

export function lossVsExperts(laws: Partial<Record<LawRouter, LawCoefficients>>, N: number, maxE: number): Data[] {
  const es = logSpace(1, maxE, 60);
  return Object.entries(laws).map(([r, k]) => ({
    type: 'scatter' as const, mode: 'lines' as const, x: es, y: es.map((E) => lawLoss(k, N, E)), name: ROUTER_LABELS[r as LawRouter], line: { color: ROUTER_COLORS[r as LawRouter] },
  }));
}

export function effectiveSizeVsExperts(laws: Partial<Record<LawRouter, LawCoefficients>>, N: number, maxE: number): Data[] {
  const es = logSpace(1, maxE, 60);
  return Object.entries(laws).map(([r, k]) => ({
    type: 'scatter' as const, mode: 'lines' as const, x: es, y: es.map((E) => effectiveParams(k, N, E)), name: ROUTER_LABELS[r as LawRouter], line: { color: ROUTER_COLORS[r as LawRouter] },
  }));
}
