/**
 * The unified scaling law for routed LMs (Clark et al. 2022, arXiv 2202.01169,
 * Eq. 1 and Table 3), with base-10 logarithms and the loss in nats (the only
 * reading under which E = 1 reproduces the paper's dense fit):
 *   log L(N, E) = a log N + b log Ê + c log N log Ê + d
 *   1/Ê = 1 / (E − 1 + (1/E_start − 1/E_max)^(−1)) + 1/E_max
 * N is the dense model's parameter count, E the number of experts; Ê saturates
 * the benefit of very many experts (Ê(1) = E_start, Ê → E_max as E → ∞).
 * Effective parameter count: N̄ with L(N̄, 1) = L(N, E), from Eq. 1:
 *   log N̄ = [(a + c log Ê) log N + b (log Ê − log E_start)] / (a + c log E_start)
 * Routing stops helping where ∂ log L / ∂ log Ê = b + c log N = 0: N_cutoff = 10^(−b/c).
 */
import type { RouterKind } from './router';

export interface LawCoefficients {
  a: number;
  b: number;
  c: number;
  d: number;
  eStart: number;
  eMax: number;
}

export type LawRouter = Exclude<RouterKind, 'top1'>;

/** Table 3 of the paper, with the N_cutoff it prints (parameters). */
export const TABLE3: Record<LawRouter, LawCoefficients & { cutoffPrinted: number }> = {
  sbase: { a: -0.082, b: -0.108, c: 0.009, d: 1.104, eStart: 1.847, eMax: 314.478, cutoffPrinted: 937e9 },
  rlr: { a: -0.083, b: -0.126, c: 0.012, d: 1.111, eStart: 1.88, eMax: 469.982, cutoffPrinted: 85e9 },
  hash: { a: -0.087, b: -0.136, c: 0.012, d: 1.157, eStart: 4.175, eMax: 477.741, cutoffPrinted: 83e9 },
};

export const LAW_ROUTERS: readonly LawRouter[] = ['sbase', 'rlr', 'hash'];

/** The saturating expert count Ê(E). */
export function eHat(E: number, eStart: number, eMax: number): number {
  return 1 / (1 / (E - 1 + 1 / (1 / eStart - 1 / eMax)) + 1 / eMax);
}

/** log10 L(N, E). */
export function logLoss(k: LawCoefficients, N: number, E: number): number {
  const x = Math.log10(N), z = Math.log10(eHat(E, k.eStart, k.eMax));
  return k.a * x + k.b * z + k.c * x * z + k.d;
}

/** L(N, E) in nats per token. */
export function lawLoss(k: LawCoefficients, N: number, E: number): number {
  return 10 ** logLoss(k, N, E);
}

/** N̄: the dense size with the loss of N parameters routed over E experts. */
export function effectiveParams(k: LawCoefficients, N: number, E: number): number {
  const z = Math.log10(eHat(E, k.eStart, k.eMax)), z1 = Math.log10(k.eStart);
  return 10 ** (((k.a + k.c * z) * Math.log10(N) + k.b * (z - z1)) / (k.a + k.c * z1));
}

/** Dense size beyond which more experts stop lowering the loss: 10^(−b/c). */
export function cutoffSize(k: Pick<LawCoefficients, 'b' | 'c'>): number {
  return 10 ** (-k.b / k.c);
}

/** −∂ log L / ∂ log N = −(a + c log Ê): how fast loss falls with dense size at E experts. */
export function sizeSlope(k: LawCoefficients, E: number): number {
  return -(k.a + k.c * Math.log10(eHat(E, k.eStart, k.eMax)));
}

/** −∂ log L / ∂ log Ê = −(b + c log N): how fast loss falls with (saturated) experts at size N. */
export function expertSlope(k: LawCoefficients, N: number): number {
  return -(k.b + k.c * Math.log10(N));
}
