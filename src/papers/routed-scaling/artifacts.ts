/**
 * The artifacts of a routed sweep (experiment.ts) as the panel and its plots
 * read them, from a live recording or a recorded run alike.
 */
import type { RoutingSnapshot, TokenRoutes } from './experiment';
import type { PlannedRun } from './sweepPlan';
import type { RouterFit, RunResult } from './sweepResults';

export interface RoutedArtifacts {
  plan: PlannedRun[];
  results: RunResult[];
  fits: RouterFit[];
  routing: RoutingSnapshot | null;
  routes: TokenRoutes | null;
}

export function routedArtifacts(a: Readonly<Record<string, unknown>>): RoutedArtifacts {
  return {
    plan: (a.plan as PlannedRun[] | undefined) ?? [],
    results: (a.results as RunResult[] | undefined) ?? [],
    fits: (a.fits as RouterFit[] | undefined) ?? [],
    routing: (a.routing as RoutingSnapshot | undefined) ?? null,
    routes: (a.tokenRoutes as TokenRoutes | undefined) ?? null,
  };
}
