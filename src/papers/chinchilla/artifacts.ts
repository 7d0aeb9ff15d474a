/**
 * The artifacts of a Chinchilla sweep (experiment.ts) as the panel and its
 * plots read them, from a live recording or a recorded run alike.
 */
import type { SweepAnalysis } from './analysis';
import type { SweepRunRecord } from './experiment';
import type { SweepPlan } from './sweepPlan';

export interface SweepArtifacts {
  plan: SweepPlan | null;
  /** Finished runs so far, in training order. */
  runs: SweepRunRecord[];
  analysis: SweepAnalysis | null;
}

export function sweepArtifacts(a: Readonly<Record<string, unknown>>): SweepArtifacts {
  return {
    plan: (a.plan as SweepPlan | undefined) ?? null,
    runs: (a.runs as SweepRunRecord[] | undefined) ?? [],
    analysis: (a.analysis as SweepAnalysis | undefined) ?? null,
  };
}
