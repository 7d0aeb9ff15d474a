/**
 * The crystal-density claims at browser scale (Hoffmann et al. 2019, arXiv
 * 1909.00949), all measured on one run of the `claims` preset (presetRun
 * shares it between the four):
 *   a. VAE reconstructions of held-out cells have at most half the error of
 *      predicting the mean training density;
 *   b. U-Net segmentation + peak finding recovers the exact atom count and
 *      element multiset of at least 80% of held-out cells;
 *   c. a k-NN classifier on the latent codes predicts the prototype of
 *      held-out cells at more than 3x chance;
 *   d. densities decoded along a latent interpolation are non-negative and
 *      their total mass stays within 20% of the range of the two ends.
 */
import { claimRunOptions, claimsOn, type Claim, type ClaimContext } from '../../core/claims';
import { presetRun } from '../../core/runner/presetRun';
import { crystalExperiment, type DatasetInfo, type Interpolation, type Results } from './experiment';

export const CLAIMS_PRESET = 'claims';
export const MAX_RECON_RATIO = 0.5;
export const MIN_CELL_ACC = 0.8;
export const MIN_KNN_OVER_CHANCE = 3;
export const MAX_MASS_EXCESS = 0.2;

/** What the claims read of the finished run: its results, data set and interpolation. */
interface RunOutcome {
  results: Results;
  info: DatasetInfo;
  interp: Interpolation;
  seconds: number;
}

/** The claims preset for ctx's seed, run once through presetRun and shared by the four claims. */
export async function claimsRun(ctx: ClaimContext): Promise<RunOutcome> {
  const run = await presetRun(crystalExperiment, CLAIMS_PRESET, {}, claimRunOptions(ctx));
  const { results, dataset, interp } = run.recording.artifacts;
  if (!results || !dataset || !interp) throw new Error('the claims run ended before its evaluation');
  return { results, info: dataset, interp, seconds: run.seconds };
}

const claim = claimsOn(claimsRun, CLAIMS_PRESET);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const footer = (o: RunOutcome) => ` ${o.info.train} training and ${o.info.test} held-out cells on a ${o.info.n}³ grid over ${o.info.box} Å; shared run ${o.seconds.toFixed(0)} s.`;

export const reconBeatsMean = claim(
  {
    id: 'crystal-recon-vs-mean',
    statement: 'The VAE reconstructs held-out unit cells with at most half the squared error of predicting the mean training density.',
    source: 'Abstract and Section 3 (unit-cell reconstructions are accurate)',
  },
  (o) => {
    const r = o.results, ratio = r.reconMse / r.meanMse;
    return {
      measured: `VAE MSE ${r.reconMse.toExponential(2)}, mean-density MSE ${r.meanMse.toExponential(2)}, ratio ${ratio.toFixed(3)}`,
      expected: `ratio ≤ ${MAX_RECON_RATIO}`,
      pass: ratio <= MAX_RECON_RATIO,
      detail: 'Per-voxel squared error of the decoded posterior mean μ against the input density, over every held-out cell.' + footer(o),
    };
  },
);

export const segmentationRecoversAtoms = claim(
  {
    id: 'crystal-segmentation-atoms',
    statement: 'Segmenting a held-out density with the U-Net and finding peaks recovers the exact atom count and species of at least 80% of unit cells.',
    source: 'Section 3 (segmentation network turns densities into atoms)',
  },
  (o) => {
    const r = o.results;
    return {
      measured: `${pct(r.cellAcc)} of ${r.cellCount} cells exact`,
      expected: `≥ ${pct(MIN_CELL_ACC)}`,
      pass: r.cellAcc >= MIN_CELL_ACC,
      detail: 'A cell counts when the extracted atoms have the same number and the same multiset of elements as the generated cell (positions are not scored).' + footer(o),
    };
  },
);

export const latentsClusterByPrototype = claim(
  {
    id: 'crystal-latent-knn',
    statement: 'Latent codes cluster by prototype: k-NN on the codes predicts the prototype of held-out cells at more than 3x chance.',
    source: 'Section 3 (latent space structure)',
  },
  (o) => {
    const r = o.results;
    return {
      measured: `k-NN (k = ${r.k}) ${pct(r.knnAcc)}, chance ${pct(r.chance)}, ${(r.knnAcc / r.chance).toFixed(2)}x`,
      expected: `> ${MIN_KNN_OVER_CHANCE}x chance`,
      pass: r.knnAcc > MIN_KNN_OVER_CHANCE * r.chance,
      detail: 'Chance is the share of the commonest prototype among the held-out cells; codes are the posterior means μ, Euclidean distance.' + footer(o),
    };
  },
);

export const interpolationIsValid = claim(
  {
    id: 'crystal-interpolation-valid',
    statement: 'Densities decoded along a straight line between two crystals\' codes are valid: non-negative, with total mass within 20% of the range spanned by the two ends.',
    source: 'Section 3 (interpolation between crystals)',
  },
  (o) => {
    const r = o.results;
    const pass = r.minValue >= 0 && r.massExcess <= MAX_MASS_EXCESS;
    return {
      measured: `min density ${r.minValue.toExponential(2)}, masses ${r.endMasses.map((m) => m.toFixed(2)).join(' → ')}, largest excess ${pct(r.massExcess)}`,
      expected: `min ≥ 0, excess ≤ ${pct(MAX_MASS_EXCESS)}`,
      pass,
      detail: `${o.interp.from} → ${o.interp.to} in ${o.interp.frames.length} frames. Non-negativity is built in (softplus output); the mass bound is the real test. ${o.interp.note}` + footer(o),
    };
  },
);

export const crystalClaims: Claim[] = [reconBeatsMean, segmentationRecoversAtoms, latentsClusterByPrototype, interpolationIsValid];
