/**
 * The artifacts of a Gopher run (experiment.ts) as the panel and its plots
 * read them, from a live recording or a recorded run alike.
 */
import type { Samples, ModelResult, LossFit } from './experiment';
import type { FamilyMember } from './family';

export interface GopherArtifacts {
  family: FamilyMember[] | null;
  results: ModelResult[];
  fit: LossFit | null;
  samples: Samples | null;
}

export function gopherArtifacts(a: Readonly<Record<string, unknown>>): GopherArtifacts {
  return {
    family: (a.family as FamilyMember[] | undefined) ?? null,
    results: (a.results as ModelResult[] | undefined) ?? [],
    fit: (a.lossFit as LossFit | undefined) ?? null,
    samples: (a.samples as Samples | undefined) ?? null,
  };
}
