/**
 * The crystal-density run (Hoffmann et al. 2019, arXiv 1909.00949):
 * generate crystals and their density and label grids; train the VAE
 * (density → z → density), then the U-Net (density → species per voxel);
 * then embed every crystal, probe the latents with k-NN, decode an
 * interpolation between two held-out crystals and samples from the prior,
 * and extract atoms from each decoded density with the U-Net and peak finding.
 *
 * The data set and the shown crystal come first; then a row per VAE step and,
 * at each evaluation, a row of held-out errors (at the same step) with the
 * shown crystal's reconstruction; then the U-Net (a new segment), a row per
 * step and, at each evaluation, a row of cell accuracy with the shown crystal's
 * segmentation; at the end one row of the closing evaluation and the latent
 * map, interpolation, prior samples, results and weights. The `segment` column
 * (0 while the VAE trains, 1 from the U-Net on) stays as data: the VAE chart
 * leaves out the closing row by it.
 */
import * as tf from '@tensorflow/tfjs-core';
import { defineExperiment, ExperimentError, type ArtifactEvent } from '../../core/experiment';
import { AdamW } from '../../core/nn/adamw';
import type { Weight } from '../../core/nn/weight';
import { gradientStep } from '../../core/train/gradientStep';
import type { Recording } from '../../core/runner/RunRecorder';
import { readWeights, startFrom, type WeightsArtifacts } from '../../core/weights/namedWeights';
import type { Rng } from '../../core/rng';
import { densityBatch, labelBatch, makeDataset } from './dataset';
import { gridMass, type GridSpec, type Sample } from './density';
import { NUM_CLASSES } from './elements';
import { decodeAll, encodeAll, reconErrors, segmentAll } from './evaluate';
import { knnAccuracy, pca2 } from './latentTools';
import { crystalSchema } from './params';
import { crystalPresets } from './presets';
import { atomResidual, crystalLikeBounds, judgePrior, summarisePrior, type PriorSummary } from './priorCheck';
import { sameComposition } from './peaks';
import { PROTOTYPES, type Vec3 } from './prototypes';
import { toView, type GridView } from './gridView';
import { crystalLabel } from './shownCrystal';
import { SegUNet } from './unet';
import { CrystalVae } from './vae';
import type { Mat3 } from './mat3';

export interface DatasetInfo {
  train: number;
  test: number;
  n: number;
  box: number;
  perPrototype: number[];
  names: string[];
  meanAtoms: number;
}

export interface ReconView { step: number; input: GridView; output: GridView; mse: number }
export interface SegView { step: number; view: GridView; correct: boolean; truth: number }
export interface LatentMap { x: number[]; y: number[]; proto: number[]; heldOut: boolean[]; names: string[]; formulas: string[] }
export interface InterpFrame { t: number; view: GridView; mass: number; minValue: number }
export interface Interpolation { from: string; to: string; note: string; frames: InterpFrame[] }

export interface Results {
  reconMse: number;
  meanMse: number;
  cellAcc: number;
  cellCount: number;
  knnAcc: number;
  chance: number;
  k: number;
  /** Largest relative departure of an interior frame's mass from the range of the two ends. */
  massExcess: number;
  minValue: number;
  endMasses: [number, number];
  /** The decoded prior samples judged against the training set's bounds (see priorCheck); absent in runs recorded before it. */
  prior?: PriorSummary;
}

export interface CrystalArtifacts extends WeightsArtifacts {
  dataset: DatasetInfo;
  /** The shown held-out crystal (param `show`), redrawn when it changes. */
  view: GridView;
  /** The VAE's reconstruction of the shown crystal at its latest evaluation. */
  recon: ReconView;
  /** The U-Net's labels of the shown crystal, and the atoms found, at its latest evaluation. */
  seg: SegView;
  latent: LatentMap;
  interp: Interpolation;
  /** Decoded samples from the prior N(0, I). */
  prior: GridView[];
  results: Results;
}

/** A VAE step's row: the loss, its two terms (Σ squared error and KL, per crystal of the batch), throughput. */
export type CrystalVaeMetric = 'vaeLoss' | 'recon' | 'kl';
/** An evaluation's held-out numbers: the VAE's and the mean density's MSE per voxel, the share of cells segmented exactly, k-NN accuracy. */
export type CrystalEvalMetric = 'testMse' | 'meanMse' | 'cellAcc' | 'knnAcc' | 'prototypesHeldOut';
/** A U-Net step's row: the weighted cross-entropy and the atom-voxel accuracy of the batch. */
export type CrystalSegMetric = 'segLoss' | 'voxelAcc';
/** `segment`: 0 for the VAE's rows, 1 from the U-Net's on (data the VAE chart reads). */
export type CrystalMetric = CrystalVaeMetric | CrystalSegMetric | CrystalEvalMetric | 'stepsPerSec' | 'segment';

/** A crystal-density run as the panel, its plots, claims and tests read it. */
export type CrystalRecording = Recording<CrystalArtifacts, CrystalMetric>;
type CrystalArtifact = ArtifactEvent<CrystalArtifacts>;


function normals(rng: Rng, count: number): Float32Array {
  return Float32Array.from({ length: count }, () => rng.normal());
}

/** Gradients are clipped to this global norm before each Adam step. */
export const CLIP_NORM = 5;

/**
 * One Adam step on `loss`, its gradients clipped before the update (as the
 * claims were measured); returns [loss, ...scalars], valued before the update.
 */
function step(opt: AdamW, weights: readonly Weight[], lr: number, objective: () => { loss: tf.Scalar; scalars: tf.Scalar[] }): tf.Tensor {
  return gradientStep(opt, weights.map((p) => p.variable), lr, () => {
    const { loss, scalars } = objective();
    return { loss, report: tf.stack([loss, ...scalars]) };
  }, { clipNorm: CLIP_NORM, clipBeforeUpdate: true });
}

/** Learning rate at step s of `total` (1-based): `lr`, or with `decay` half a cosine from `lr` down to 0. */
export function scheduledLr(lr: number, s: number, total: number, decay: boolean): number {
  return decay ? 0.5 * lr * (1 + Math.cos((Math.PI * (s - 1)) / Math.max(1, total))) : lr;
}

/** Fraction of samples whose segmented atoms have the right count and element multiset. */
async function cellAccuracy(unet: SegUNet, samples: readonly Sample[], grid: GridSpec, batch: number, minPeak: number): Promise<number> {
  const seg = await segmentAll(unet, samples.map((s) => s.density), grid, batch, minPeak);
  return seg.filter((r, i) => sameComposition(r.atoms, samples[i].atoms)).length / Math.max(1, samples.length);
}

export const crystalExperiment = defineExperiment<CrystalArtifacts, CrystalMetric>()({
  schema: crystalSchema,
  presets: crystalPresets,
  run: async function* (p, ctx) {
    const n = Number(p.grid);
    if (n % 4 !== 0) throw new ExperimentError(`The grid must be a multiple of 4 voxels per side, not ${n}.`);
    const data = (() => {
      try {
        return makeDataset(p, ctx.rng.fork('data'));
      } catch (e) {
        throw new ExperimentError(e instanceof Error ? e.message : String(e));
      }
    })();
    const { grid, train, test } = data;
    const perPrototype = PROTOTYPES.map((_, i) => train.filter((s) => s.crystal.proto === i).length);
    yield {
      kind: 'artifact', name: 'dataset',
      data: { train: train.length, test: test.length, n, box: p.box, perPrototype, names: PROTOTYPES.map((q) => q.name), meanAtoms: train.reduce((a, s) => a + s.atoms.length, 0) / train.length } satisfies DatasetInfo,
    };
    // The shown crystal (live: a change draws the new one, and its reconstruction and segmentation once the networks have them).
    let shownIndex = Math.min(p.show, test.length - 1);
    let shown = test[shownIndex];
    const viewOf = (c: Sample): CrystalArtifact => ({ kind: 'artifact', name: 'view', data: toView(c, grid, crystalLabel(c.crystal), undefined, undefined, c.labels) });
    yield viewOf(shown);

    const batch = Math.min(p.batch, train.length);
    const total = p.vaeSteps + p.segSteps + 2;
    let done = 0;
    const vae = new CrystalVae({ n, latent: p.latent, width: p.vaeWidth }, ctx.rng.fork('vae'));
    const unet = new SegUNet({ width: p.segWidth, classes: NUM_CLASSES }, ctx.rng.fork('unet'));
    const vaeOpt = new AdamW(vae.weights, { weightDecay: 0, beta2: 0.999 });
    const segOpt = new AdamW(unet.weights, { weightDecay: 0, beta2: 0.999 });
    const shape: [number, number, number, number, number] = [batch, n, n, n, 1];
    /** The VAE's reconstruction of the shown crystal after VAE step `s`. */
    const reconOf = async (s: number): Promise<CrystalArtifact> => {
      const [r] = await decodeAll(vae, await encodeAll(vae, [shown], grid, 1), grid, 1);
      let mse = 0;
      r.forEach((v, i) => (mse += (v - shown.density[i]) ** 2 / r.length));
      return { kind: 'artifact', name: 'recon', data: { step: s, input: toView(shown, grid, 'input'), output: toView(shown, grid, 'reconstruction', r, []), mse } satisfies ReconView };
    };
    /** The U-Net's labels of the shown crystal and the atoms peak finding extracts, after U-Net step `s`. */
    const segOf = async (s: number, minPeak: number): Promise<CrystalArtifact> => {
      const [seg] = await segmentAll(unet, [shown.density], grid, 1, minPeak);
      return {
        kind: 'artifact', name: 'seg',
        data: { step: s, view: toView(shown, grid, 'segmentation', shown.density, seg.atoms, seg.labels), correct: sameComposition(seg.atoms, shown.atoms), truth: shown.atoms.length } satisfies SegView,
      };
    };
    // The latest VAE and U-Net steps drawn for the shown crystal (0: not yet).
    let reconStep = 0;
    let segStep = 0;
    /**
     * After a change of the shown crystal: its view, and its reconstruction and segmentation where the
     * networks have been drawn (except `redrawn`, which the caller draws next).
     */
    async function* showChanged(redrawn?: 'recon' | 'seg'): AsyncGenerator<CrystalArtifact, void, void> {
      const i = Math.min(ctx.live().show, test.length - 1);
      if (i === shownIndex) return;
      shownIndex = i;
      shown = test[i];
      yield viewOf(shown);
      if (reconStep && redrawn !== 'recon') yield await reconOf(reconStep);
      if (segStep && redrawn !== 'seg') yield await segOf(segStep, ctx.live().minPeak);
    }
    try {
      for (const line of [startFrom(tf, ctx.weights, vae.weights, 'vae.', 'VAE'), startFrom(tf, ctx.weights, unet.weights, 'unet.', 'U-Net')]) {
        if (line) yield { kind: 'artifact', name: 'weightsLoaded', data: line };
      }
      // Each network draws its batches from its own stream, so changing one's steps leaves the other's batches alone.
      const vaeOrder = ctx.rng.fork('order');
      const segOrder = ctx.rng.fork('segOrder');
      const noise = ctx.rng.fork('noise');
      const pick = (order: Rng) => Array.from({ length: batch }, () => train[order.int(train.length)]);

      // 1. The VAE.
      for (let s = 1; s <= p.vaeSteps; s++) {
        if (ctx.signal.aborted) return;
        yield* showChanged();
        const t0 = performance.now();
        const live = ctx.live();
        const x = tf.tensor(densityBatch(pick(vaeOrder)), shape) as tf.Tensor5D;
        const eps = tf.tensor2d(normals(noise, batch * p.latent), [batch, p.latent]);
        const out = step(vaeOpt, vae.weights, scheduledLr(live.lr, s, p.vaeSteps, live.decay), () => {
          const l = vae.loss(x, eps, live.beta);
          return { loss: l.loss, scalars: [l.recon, l.kl] };
        });
        tf.dispose([x, eps]);
        const [loss, recon, kl] = await out.data();
        out.dispose();
        if (!Number.isFinite(loss)) throw new ExperimentError(`The VAE loss became ${loss} at step ${s}; try a lower learning rate or β.`);
        done++;
        yield { kind: 'metrics', step: done, values: { vaeLoss: loss, recon, kl, stepsPerSec: 1000 / Math.max(1e-3, performance.now() - t0), segment: 0 } };
        if (s % ctx.live().evalEvery === 0 || s === p.vaeSteps) {
          const e = await reconErrors(vae, train, test, grid, batch);
          yield { kind: 'metrics', step: done, values: { testMse: e.vae, meanMse: e.mean, segment: 0 } };
          yield* showChanged('recon');
          reconStep = s;
          yield await reconOf(s);
        }
        yield { kind: 'progress', done, total, label: `VAE step ${s} of ${p.vaeSteps}` };
      }

      // 2. The U-Net: a new model, so the driver's leak check counts tensors from its first row.
      yield { kind: 'segment', label: 'U-Net' };
      for (let s = 1; s <= p.segSteps; s++) {
        if (ctx.signal.aborted) return;
        yield* showChanged();
        const t0 = performance.now();
        const live = ctx.live();
        const xb = pick(segOrder);
        const lb = labelBatch(xb, live.fgWeight);
        const x = tf.tensor(densityBatch(xb), shape) as tf.Tensor5D;
        const onehot = tf.tensor(lb.onehot, [batch, n, n, n, NUM_CLASSES]) as tf.Tensor5D;
        const weight = tf.tensor(lb.weight, shape) as tf.Tensor5D;
        const out = step(segOpt, unet.weights, scheduledLr(live.segLr, s, p.segSteps, live.decay), () => {
          const l = unet.loss(x, onehot, weight);
          return { loss: l.loss, scalars: [l.acc] };
        });
        tf.dispose([x, onehot, weight]);
        const [loss, acc] = await out.data();
        out.dispose();
        if (!Number.isFinite(loss)) throw new ExperimentError(`The U-Net loss became ${loss} at step ${s}; try a lower learning rate.`);
        done++;
        yield { kind: 'metrics', step: done, values: { segLoss: loss, voxelAcc: acc, stepsPerSec: 1000 / Math.max(1e-3, performance.now() - t0), segment: 1 } };
        if (s % ctx.live().evalEvery === 0 || s === p.segSteps) {
          const { minPeak } = ctx.live();
          yield { kind: 'metrics', step: done, values: { cellAcc: await cellAccuracy(unet, test, grid, batch, minPeak), segment: 1 } };
          yield* showChanged('seg');
          segStep = s;
          yield await segOf(s, ctx.live().minPeak);
        }
        yield { kind: 'progress', done, total, label: `U-Net step ${s} of ${p.segSteps}` };
      }

      // 3. The latent space, with the evaluation and view settings as they are now.
      yield* showChanged();
      const end = ctx.live();
      yield { kind: 'progress', done, total, label: 'latent space: embedding, k-NN, interpolation' };
      const zTrain = await encodeAll(vae, train, grid, batch);
      const zTest = await encodeAll(vae, test, grid, batch);
      const all = [...train, ...test];
      const proj = pca2([...zTrain, ...zTest]);
      yield {
        kind: 'artifact', name: 'latent',
        data: { ...proj, proto: all.map((s) => s.crystal.proto), heldOut: all.map((_, i) => i >= train.length), names: PROTOTYPES.map((q) => q.name), formulas: all.map((s) => s.crystal.formula) } satisfies LatentMap,
      };
      const knnAcc = knnAccuracy(zTrain, train.map((s) => s.crystal.proto), zTest, test.map((s) => s.crystal.proto), end.knn);
      const present = new Set(test.map((s) => s.crystal.proto)).size;
      const counts = PROTOTYPES.map((_, i) => test.filter((s) => s.crystal.proto === i).length);
      const chance = Math.max(...counts) / Math.max(1, test.length);
      done++;

      const iFrom = PROTOTYPES.findIndex((q) => q.name === end.from), iTo = PROTOTYPES.findIndex((q) => q.name === end.to);
      let a = test.findIndex((s) => s.crystal.proto === iFrom);
      let b = test.findIndex((s, i) => s.crystal.proto === iTo && i !== a);
      const note = a < 0 || b < 0 ? `No held-out ${a < 0 ? end.from : end.to} crystal; using the first two held-out crystals instead.` : '';
      if (a < 0 || b < 0) [a, b] = [0, Math.min(1, test.length - 1)];
      const ts = Array.from({ length: end.frames }, (_, i) => i / (end.frames - 1));
      const codes = ts.map((t) => zTest[a].map((za, j) => (1 - t) * za + t * zTest[b][j]));
      const decoded = await decodeAll(vae, codes, grid, batch);
      const segs = await segmentAll(unet, decoded, grid, batch, end.minPeak);
      // The drawn cell outline moves linearly from the first crystal's cell to the second's.
      const lerp = (x: number, y: number, t: number) => (1 - t) * x + t * y;
      const frames: InterpFrame[] = decoded.map((d, i) => {
        const t = ts[i], ca = test[a].crystal, cb = test[b].crystal;
        const view = toView(test[a], grid, `t = ${t.toFixed(2)}`, d, segs[i].atoms, segs[i].labels);
        view.lattice = ca.lattice.map((r, j) => r.map((x, k) => lerp(x, cb.lattice[j][k], t))) as Mat3;
        view.origin = ca.origin.map((x, k) => lerp(x, cb.origin[k], t)) as Vec3;
        return { t, view, mass: gridMass(d, grid), minValue: d.reduce((m, v) => Math.min(m, v), Infinity) };
      });
      yield { kind: 'artifact', name: 'interp', data: { from: test[a].crystal.formula, to: test[b].crystal.formula, note, frames } satisfies Interpolation };

      const priorCodes = Array.from({ length: end.priorSamples }, () => Array.from(normals(noise, p.latent)));
      const priorDecoded = priorCodes.length ? await decodeAll(vae, priorCodes, grid, batch) : [];
      const priorSegs = await segmentAll(unet, priorDecoded, grid, batch, end.minPeak);
      yield { kind: 'artifact', name: 'prior', data: priorDecoded.map((d, i) => toView(test[0], grid, `prior sample ${i + 1}`, d, priorSegs[i].atoms)) };
      // How well extracted atoms explain the VAE's reconstructions of held-out cells sets the bar for the prior samples.
      const reconDecoded = await decodeAll(vae, zTest, grid, batch);
      const reconSegs = await segmentAll(unet, reconDecoded, grid, batch, end.minPeak);
      const bounds = crystalLikeBounds(train, grid, reconDecoded.map((d, i) => atomResidual(d, reconSegs[i].atoms, grid)));
      const prior = summarisePrior(priorDecoded.map((d, i) => judgePrior(d, priorSegs[i].atoms, grid, bounds)), bounds);

      const e = await reconErrors(vae, train, test, grid, batch);
      const cellAcc = await cellAccuracy(unet, test, grid, batch, end.minPeak);
      const m0 = frames[0].mass, m1 = frames[frames.length - 1].mass;
      const lo = Math.min(m0, m1), hi = Math.max(m0, m1);
      const massExcess = Math.max(0, ...frames.map((f) => Math.max((lo - f.mass) / lo, (f.mass - hi) / hi)));
      const results: Results = {
        reconMse: e.vae, meanMse: e.mean, cellAcc, cellCount: test.length, knnAcc, chance, k: end.knn,
        massExcess, minValue: Math.min(...frames.map((f) => f.minValue)), endMasses: [m0, m1], prior,
      };
      yield { kind: 'metrics', step: done, values: { testMse: e.vae, meanMse: e.mean, cellAcc, knnAcc, prototypesHeldOut: present, segment: 1 } };
      yield { kind: 'artifact', name: 'results', data: results };
      yield { kind: 'artifact', name: 'weights', data: { ...(await readWeights(vae.weights, 'vae.')), ...(await readWeights(unet.weights, 'unet.')) } };
      done++;
      yield { kind: 'progress', done: total, total, label: 'done' };
    } finally {
      vaeOpt.dispose();
      segOpt.dispose();
      vae.dispose();
      unet.dispose();
    }
  },
});
