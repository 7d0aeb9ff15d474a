/**
 * vGraph+ against vGraph from the same seeds, the way Table 2 compares them
 * (Sun et al. 2019; results averaged over 5 runs, Sec. 5.4): each score's mean
 * and range over the seeds for either arm, and per seed whether vGraph+ scored
 * higher, the same or lower.
 */
import type { Scores } from './scores';

export type PairedKey = 'f1' | 'jaccard' | 'nmi' | 'crossing' | 'modularity';

export interface Spread {
  mean: number;
  min: number;
  max: number;
}

export interface PairedScores {
  seeds: number;
  plus: Record<PairedKey, Spread>;
  plain: Record<PairedKey, Spread>;
  /** Seeds on which vGraph+'s F1 is higher, equal, lower. */
  f1: { higher: number; equal: number; lower: number };
}

function value(s: Scores, key: PairedKey): number {
  const v = s[key];
  if (v === undefined) throw new Error(`pairedScores: a run has no ${key} (a graph without ground truth cannot be compared)`);
  return v;
}

/** Summed in ascending order, so the same outcomes from other seeds give the very same mean (a tie stays a tie). */
function spread(xs: readonly number[]): Spread {
  const sorted = [...xs].sort((a, b) => a - b);
  return { mean: sorted.reduce((a, b) => a + b, 0) / sorted.length, min: sorted[0], max: sorted[sorted.length - 1] };
}

function summary(runs: readonly Scores[]): Record<PairedKey, Spread> {
  const of = (key: PairedKey) => spread(runs.map((s) => value(s, key)));
  return { f1: of('f1'), jaccard: of('jaccard'), nmi: of('nmi'), crossing: of('crossing'), modularity: of('modularity') };
}

/** `plus[i]` and `plain[i]` come from the same seed. */
export function pairedScores(plus: readonly Scores[], plain: readonly Scores[]): PairedScores {
  if (plus.length === 0 || plus.length !== plain.length) throw new Error(`pairedScores needs the same seeds for both arms, got ${plus.length} and ${plain.length} runs`);
  const f1 = { higher: 0, equal: 0, lower: 0 };
  plus.forEach((s, i) => {
    const d = value(s, 'f1') - value(plain[i], 'f1');
    if (d > 0) f1.higher++;
    else if (d < 0) f1.lower++;
    else f1.equal++;
  });
  return { seeds: plus.length, plus: summary(plus), plain: summary(plain), f1 };
}
