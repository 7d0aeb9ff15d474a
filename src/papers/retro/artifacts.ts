/**
 * The artifacts of a RETRO run (experiment.ts) as the panel and its plots
 * read them, from a live recording or a recorded run alike.
 */
import type { NamedWeights } from '../../core/weights/namedWeights';
import type { DatabaseInfo, FinalEval, KPoint, LeakagePoint, RetrofitResult, SizePoint } from './experiment';

export interface RetroArtifacts {
  database: DatabaseInfo | null;
  final: FinalEval | null;
  dbSweep: SizePoint[];
  kSweep: KPoint[];
  leakage: LeakagePoint[];
  retrofit: RetrofitResult | null;
  weights: NamedWeights | undefined;
}

export function retroArtifacts(a: Readonly<Record<string, unknown>>): RetroArtifacts {
  return {
    database: (a.database as DatabaseInfo | undefined) ?? null,
    final: (a.final as FinalEval | undefined) ?? null,
    dbSweep: (a.dbSweep as SizePoint[] | undefined) ?? [],
    kSweep: (a.kSweep as KPoint[] | undefined) ?? [],
    leakage: (a.leakage as LeakagePoint[] | undefined) ?? [],
    retrofit: (a.retrofit as RetrofitResult | undefined) ?? null,
    weights: a.weights as NamedWeights | undefined,
  };
}
