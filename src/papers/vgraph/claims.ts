/**
 * vGraph's claims, checked at browser scale (Sun et al. 2019, arXiv
 * 1906.07159). Each trains the real experiment on a preset through
 * presetRun, which shares a run between claims that ask for the same one
 * (preset, overrides, seed, backend), so the karate run serves two claims.
 * Every verdict is measured:
 *   a. karate club, K = 2: NMI against the two factions ≥ 0.6;
 *   b. planted partition with p_in / p_out = 10: NMI ≥ 0.9;
 *   c. overlapping planted partition: vGraph's overlapping F1 beats Louvain's;
 *   d. vGraph+ (λ > 0) leaves fewer edges across communities than λ = 0.
 */
import type { Claim, ClaimContext, ClaimResult } from '../../core/claims';
import { presetRun, type PresetRunOptions } from '../../core/runner/presetRun';
import { vgraphExperiment, type AssignmentArtifact, type BaselineArtifact } from './experiment';
import type { VGraphParams } from './params';

export const KARATE_MIN_NMI = 0.6;
export const PLANTED_MIN_NMI = 0.9;

/** What a claim reads of a finished run: its last assignment and Louvain's baseline. */
export interface VGraphOutcome {
  params: VGraphParams;
  seed: number;
  final: AssignmentArtifact;
  louvain: BaselineArtifact;
  seconds: number;
}

/** The experiment on a preset (with overrides) for ctx's seed, shared between claims. */
export async function claimRun(ctx: ClaimContext, preset: string, overrides: Partial<VGraphParams> = {}, onProgress?: PresetRunOptions['onProgress']): Promise<VGraphOutcome> {
  const run = await presetRun(vgraphExperiment, preset, overrides, { tf: ctx.tf, backend: ctx.backend, seed: ctx.rng.seed, signal: ctx.signal, onProgress });
  const { assignment, louvain } = run.recording.artifacts;
  // A finished run always evaluates at its last epoch.
  if (!assignment || !louvain) throw new Error(`the vGraph ${preset} run ended without an assignment`);
  return { params: run.params, seed: run.seed, final: assignment, louvain, seconds: run.seconds };
}

const f3 = (x: number | undefined): string => (x === undefined ? '–' : x.toFixed(3));
const footer = (o: VGraphOutcome): string =>
  ` K = ${o.params.k}, D = ${o.params.dim}, ${o.params.epochs} epochs, λ = ${o.params.lambda} (${o.params.reg}), seed ${o.seed}, ${o.seconds.toFixed(0)} s.`;

/** A claim that vGraph's NMI on a preset's graph reaches a floor. */
function nmiClaim(id: string, statement: string, source: string, preset: string, min: number, context: (o: VGraphOutcome) => string): Claim {
  return {
    id, statement, source, preset,
    async run(ctx): Promise<ClaimResult> {
      const o = await claimRun(ctx, preset, {}, ctx.onProgress);
      const s = o.final.scores, l = o.louvain.scores;
      return {
        measured: `NMI ${f3(s.nmi)}, modularity ${f3(s.modularity)} (Louvain: NMI ${f3(l.nmi)}, Q ${f3(l.modularity)}, ${o.louvain.count} communities)`,
        expected: `NMI ≥ ${min}`,
        pass: (s.nmi ?? 0) >= min,
        detail: `${context(o)}${footer(o)}`,
      };
    },
  };
}

export const karateNmi = nmiClaim(
  'vgraph-karate-nmi',
  'On Zachary\'s karate club with two communities, vGraph recovers the two factions: NMI of at least 0.6 (the best classic splits reach about 0.73).',
  'Sec. 5 (non-overlapping detection, Table 3 setting) on the karate substitute',
  'claims', KARATE_MIN_NMI,
  () => 'Faction split: Q = 0.358; Girvan–Newman\'s first split: NMI 0.732.',
);

export const plantedNmi = nmiClaim(
  'vgraph-planted-nmi',
  'On a planted partition with a clear signal (p_in / p_out = 10), vGraph recovers the blocks: NMI of at least 0.9.',
  'Sec. 5 (non-overlapping detection), on a synthetic substitute',
  'planted', PLANTED_MIN_NMI,
  (o) => `${o.params.blocks} blocks of ${o.params.blockSize}, p_in ${o.params.pIn}, p_out ${o.params.pOut}.`,
);

export const overlapBeatsLouvain: Claim = {
  id: 'vgraph-overlap-f1',
  statement: 'On a planted graph whose communities overlap, vGraph\'s overlapping communities score a higher F1 than Louvain\'s partition, which cannot express overlap.',
  source: 'Table 2 (overlapping detection, F1 / Jaccard), on a synthetic substitute',
  preset: 'overlapping',
  async run(ctx): Promise<ClaimResult> {
    const o = await claimRun(ctx, 'overlapping', {}, ctx.onProgress);
    const s = o.final.scores, l = o.louvain.scores;
    return {
      measured: `vGraph F1 ${f3(s.f1)} (Jaccard ${f3(s.jaccard)}) vs Louvain F1 ${f3(l.f1)} (Jaccard ${f3(l.jaccard)}, ${o.louvain.count} communities)`,
      expected: 'vGraph F1 > Louvain F1',
      pass: (s.f1 ?? 0) > (l.f1 ?? 0),
      detail: `${o.params.blocks} blocks of ${o.params.blockSize}, ${o.params.overlap} nodes per block in two; p_in ${o.params.pIn}, p_out ${o.params.pOut}.${footer(o)}`,
    };
  },
};

export const smootherWithLambda: Claim = {
  id: 'vgraph-plus-smoother',
  statement: 'With the smoothness regulariser (vGraph+, λ > 0) fewer edges cross communities than with λ = 0 from the same seed.',
  source: 'Sec. 4.2 (Eqs. 9-11), vGraph vs vGraph+ in Table 2',
  preset: 'claims',
  async run(ctx): Promise<ClaimResult> {
    const half = (f: number) => (l?: string) => ctx.onProgress?.(f, l);
    const plus = await claimRun(ctx, 'claims', {}, (f, l) => half(f / 2)(l));
    const plain = await claimRun(ctx, 'claims', { lambda: 0 }, (f, l) => half(0.5 + f / 2)(l));
    const a = plus.final.scores.crossing, b = plain.final.scores.crossing;
    return {
      measured: `edges across communities: ${(100 * a).toFixed(1)}% with λ = ${plus.params.lambda}, ${(100 * b).toFixed(1)}% with λ = 0`,
      expected: 'fewer with λ > 0',
      pass: plus.params.lambda > 0 && a < b,
      detail: `Modularity ${f3(plus.final.scores.modularity)} vs ${f3(plain.final.scores.modularity)}; NMI ${f3(plus.final.scores.nmi)} vs ${f3(plain.final.scores.nmi)}.${footer(plus)}`,
    };
  },
};

export const vgraphClaims: Claim[] = [karateNmi, plantedNmi, overlapBeatsLouvain, smootherWithLambda];
