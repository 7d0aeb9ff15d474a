/**
 * The runs of a routed sweep, in order: for each seed and dense size, the
 * dense model (E = 1, which every router shares: one expert means no routing)
 * and then each expert count above 1 under each chosen router.
 */
import type { LMConfig } from '../../core/lm';
import { VOCAB_SIZE } from '../../core/corpus';
import type { RouterKind } from './router';
import type { RoutedParams } from './params';

export const WIDTH_RATIOS = [1, 1.5, 2, 3] as const;

export interface PlannedRun {
  index: number;
  /** 0-based seed replica. */
  replica: number;
  sizeIndex: number;
  width: number;
  E: number;
  /** 'dense' for E = 1. */
  router: RouterKind | 'dense';
}

export function chosenRouters(p: Pick<RoutedParams, 'sbase' | 'rlr' | 'hash' | 'top1'>): RouterKind[] {
  return (['sbase', 'rlr', 'hash', 'top1'] as const).filter((r) => p[r]);
}

export function expertCounts(p: Pick<RoutedParams, 'maxExperts' | 'expertGrid'>): number[] {
  const max = Number(p.maxExperts);
  if (p.expertGrid === 'ends') return [1, max];
  const out: number[] = [];
  for (let e = 1; e <= max; e *= 2) out.push(e);
  return out;
}

/** d_model of each dense size: base × ratio, rounded to a whole number of heads. */
export function widths(p: Pick<RoutedParams, 'sizes' | 'baseWidth' | 'heads'>): number[] {
  return WIDTH_RATIOS.slice(0, p.sizes).map((r) => Math.max(p.heads, Math.round((p.baseWidth * r) / p.heads) * p.heads));
}

/** vocabSize: the corpus's (VOCAB_SIZE for characters, the byte-pair vocabulary for subwords). */
export function lmConfig(p: Pick<RoutedParams, 'layers' | 'heads' | 'seqLen'>, width: number, vocabSize = VOCAB_SIZE): LMConfig {
  return { vocabSize, seqLen: p.seqLen, dModel: width, nLayers: p.layers, nHeads: p.heads, ffnRatio: 4, norm: 'layernorm', positions: 'learned' };
}

export function sweepPlan(p: RoutedParams): PlannedRun[] {
  const routers = chosenRouters(p);
  const runs: PlannedRun[] = [];
  for (let replica = 0; replica < p.replicas; replica++) {
    for (const [sizeIndex, width] of widths(p).entries()) {
      for (const E of expertCounts(p)) {
        for (const router of E === 1 ? (['dense'] as const) : routers) runs.push({ index: runs.length, replica, sizeIndex, width, E, router });
      }
    }
  }
  return runs;
}
