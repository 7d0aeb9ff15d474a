/**
 * The verdicts of the RIMs claims as pure functions of a run's evaluation
 * points and activity (claims.ts runs the models). Thresholds are named here.
 */
import type { ClaimResult } from '../../core/claims';
import { COPY_SYMBOLS } from './copyingTask';
import type { EvalPoint, ModelName } from './experiment';

/** Claim b: RIMs must have learned something at the training gap: recall CE below this share of chance (ln 8). */
export const LEARNED_SHARE = 0.9;
/** Claim c: chance on ten digit classes. */
export const DIGIT_CHANCE = 0.1;
/** Claim c: both models must beat chance by this much at the training resolution. */
export const MIN_TRAIN_ACC = 0.2;
/** Claim c's old measure: an accuracy up to this counts as at chance in its note (half a chance's width above it). */
const NEAR_CHANCE = 1.5 * DIGIT_CHANCE;
/** Claim d: least distance between phase patterns, and how many times the within-gap distance it must be. */
export const MIN_PHASE_DISTANCE = 0.1;
export const PHASE_RATIO = 2;

const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function at(points: readonly EvalPoint[], step: number, model: ModelName, set: number): EvalPoint {
  const p = points.find((q) => q.step === step && q.model === model && q.set === set);
  if (!p) throw new Error(`no evaluation of ${model} on set ${set} at step ${step}`);
  return p;
}

export function checkRecallLoss(points: readonly EvalPoint[], step: number, labels: readonly string[]): ClaimResult {
  const rTrain = at(points, step, 'rims', 0), rTest = at(points, step, 'rims', 1);
  const lTrain = at(points, step, 'lstm', 0), lTest = at(points, step, 'lstm', 1);
  const chance = Math.log(8);
  const learned = rTrain.loss < LEARNED_SHARE * chance;
  return {
    measured: `recall CE at ${labels[1]}: RIMs ${f3(rTest.loss)} vs LSTM ${f3(lTest.loss)}; at ${labels[0]}: RIMs ${f3(rTrain.loss)}, LSTM ${f3(lTrain.loss)}`,
    expected: `RIMs < LSTM at ${labels[1]}, and RIMs < ${f3(LEARNED_SHARE * chance)} at ${labels[0]}`,
    pass: learned && rTest.loss < lTest.loss,
    detail:
      `Cross-entropy (nats) on the ${COPY_SYMBOLS} recall steps; chance is ln 8 = ${f3(chance)}. Symbols recalled at ${labels[1]}: ` +
      `RIMs ${pct(rTest.accuracy)}, LSTM ${pct(lTest.accuracy)}; at ${labels[0]}: RIMs ${pct(rTrain.accuracy)}, LSTM ${pct(lTrain.accuracy)}. ` +
      'The paper: both reach 0.00 at T = 50; at T = 200 RIMs 0.00, LSTM (600 units) 3.56.',
  };
}

/**
 * Claim c, as the paper's Table 2 measures it: accuracy at 19/14 of the training resolution
 * (set 2), RIMs above the LSTM by more than twice the binomial standard error of the difference
 * on `n` test digits each. The accuracy drop from the training resolution, our earlier measure
 * (the paper reports no training-resolution accuracy), is printed beside: when the LSTM falls to
 * chance, its drop is capped by how little it learned, so the drop compared the floor, not generalisation.
 */
export function checkLargerResolution(points: readonly EvalPoint[], step: number, labels: readonly string[], n: number): ClaimResult {
  // Sets: 0 = training resolution, then the 16/14, 19/14 and 24/14 resolutions.
  const acc = (m: ModelName, s: number) => at(points, step, m, s).accuracy;
  const r = acc('rims', 2), l = acc('lstm', 2);
  const se = Math.sqrt((r * (1 - r) + l * (1 - l)) / n);
  const rDrop = acc('rims', 0) - r, lDrop = acc('lstm', 0) - l;
  const trained = acc('rims', 0) >= DIGIT_CHANCE + MIN_TRAIN_ACC && acc('lstm', 0) >= DIGIT_CHANCE + MIN_TRAIN_ACC;
  const row = (m: ModelName) => labels.map((lab, i) => `${lab} ${pct(acc(m, i))}`).join(', ');
  return {
    measured: `at ${labels[2]}: RIMs ${pct(r)}, LSTM ${pct(l)} (2σ ${pct(2 * se)}); old measure, drop ${labels[0]} → ${labels[2]}: RIMs ${pct(rDrop)}, LSTM ${pct(lDrop)}`,
    expected: `RIMs − LSTM > 2σ at ${labels[2]}; both ≥ ${pct(DIGIT_CHANCE + MIN_TRAIN_ACC)} at ${labels[0]}; old: RIMs drop < LSTM drop`,
    pass: trained && r - l > 2 * se,
    detail:
      `Accuracy RIMs: ${row('rims')}; LSTM: ${row('lstm')}; chance ${100 * DIGIT_CHANCE}%. σ is the binomial standard error of the difference on ${n} test digits each. ` +
      `Old measure (ours, not the paper's): RIMs drop ${rDrop < lDrop ? 'smaller' : 'not smaller'} than the LSTM's${l <= NEAR_CHANCE ? ', with the LSTM at chance at the larger resolution, so its drop is bounded by what it learned' : ''}. ` +
      'Paper, Table 2 (trained 14×14, tested 19×19): RIMs 73.4%, LSTM 42.3%.',
  };
}

/** Distance between two activity patterns, each the mean share of steps a module is active: ½Σ|a−b| / k_A, in [0, 1]. */
export function patternDistance(share: readonly number[][], a: [number, number], b: [number, number], kA: number): number {
  const mean = ([from, to]: [number, number]) => {
    const K = share[0]?.length ?? 0;
    const m = new Array<number>(K).fill(0);
    for (let t = from; t < to; t++) for (let k = 0; k < K; k++) m[k] += share[t][k] / (to - from);
    return m;
  };
  const ma = mean(a), mb = mean(b);
  return ma.reduce((s, x, k) => s + Math.abs(x - mb[k]), 0) / (2 * kA);
}

/** Copying phases at gap T: symbols [0, 10), gap [10, T+9), marker T+9, recall [T+10, T+20). */
export function checkPhases(share: readonly number[][], gap: number, kA: number): ClaimResult {
  const g0 = COPY_SYMBOLS, g1 = gap + COPY_SYMBOLS - 1, mid = Math.floor((g0 + g1) / 2);
  const recall: [number, number] = [gap + COPY_SYMBOLS, gap + 2 * COPY_SYMBOLS];
  const between = patternDistance(share, [g0, g1], recall, kA);
  const within = patternDistance(share, [g0, mid], [mid, g1], kA);
  return {
    measured: `distance gap↔recall ${f3(between)}, gap first half↔second half ${f3(within)}`,
    expected: `gap↔recall ≥ ${MIN_PHASE_DISTANCE} and ≥ ${PHASE_RATIO}× the within-gap distance`,
    pass: between >= MIN_PHASE_DISTANCE && between >= PHASE_RATIO * within,
    detail: 'Distance = ½ Σ_k |share active in phase A − in phase B| / k_A: 0 for the same modules, 1 for disjoint ones.',
  };
}
