/**
 * A vGraph run (Sun et al. 2019, arXiv 1906.07159): build the graph, draw it
 * with ForceAtlas2, score the Louvain baseline, then train vGraph full-batch
 * over all edges in both directions with Adam, annealing the Gumbel-softmax
 * temperature, and read the communities off the edge posteriors.
 *
 * The graph and Louvain's communities come first; then a training row each
 * epoch, and every `evalEvery` epochs and at the end a row of scores (taken
 * after that epoch's training row, at the same step) with the assignment and
 * the weights it was read from.
 *
 * Live fields, read at each epoch: the learning rate and its decay, λ, the
 * temperature schedule (a new initial τ recomputes τ as if the run had started
 * from it; a new rate or least τ anneals from now on) and the evaluation
 * cadence (read after the epoch's row, so a change there decides its evaluation).
 */
import * as tf from '@tensorflow/tfjs-core';
import { defineExperiment, ExperimentError, type RunContext } from '../../core/experiment';
import { gradientStep } from '../../core/train/gradientStep';
import type { Recording } from '../../core/runner/RunRecorder';
import { readWeights, startFrom, type NamedWeights, type WeightsArtifacts } from '../../core/weights/namedWeights';
import { numbersFromWeight, numbersToWeight } from '../../core/weights/exactNumbers';
import { forceLayout } from '../../core/graph/forceLayout';
import { neighbours } from '../../core/graph/graph';
import { AdamW } from '../../core/nn/adamw';
import { Rng } from '../../core/rng';
import { assignCommunities, type Assignment } from './assign';
import { checkTrainable, makeGraph, type UploadedGraph } from './data';
import { directedEdges, edgeIndex, indexModeFor } from './edgeIndex';
import { annealTau, gumbelNoise, skipGumbelNoise } from './gumbel';
import { louvainCommunities } from './louvain';
import { edgeJaccard, VGraphModel } from './model';
import { vgraphSchema, type VGraphParams } from './params';
import { pca2 } from './pca2';
import { vgraphPresets } from './presets';
import { scoreCommunities, type Scores } from './scores';

/** Params as the panel sends them: an uploaded edge list travels beside the link's params. */
export type VGraphRunParams = VGraphParams & { upload?: UploadedGraph };

export interface GraphArtifact {
  name: string;
  n: number;
  edges: [number, number][];
  x: number[];
  y: number[];
  truth: number[][] | null;
  overlapping: boolean;
  names?: string[];
}

export interface BaselineArtifact {
  community: number[];
  count: number;
  scores: Scores;
}

export interface AssignmentArtifact extends Assignment {
  epoch: number;
  k: number;
  scores: Scores;
  /** Node embeddings φ projected on their first two principal components. */
  embedding: { x: number[]; y: number[] };
}

export interface VGraphArtifacts extends WeightsArtifacts {
  graph: GraphArtifact;
  /** Louvain's communities on the same graph: the baseline. */
  louvain: BaselineArtifact;
  /** vGraph's communities at the latest evaluation. */
  assignment: AssignmentArtifact;
}

/** A training row's metrics, one row per epoch: the loss terms in nats per directed edge, τ, the learning rate, throughput. */
export type VGraphTrainingMetric = 'loss' | 'elbo' | 'recon' | 'kl' | 'reg' | 'tau' | 'lr' | 'edgesPerSec';
/** An evaluation row's metrics: the scores of the assignment (scores.ts). */
export type VGraphScoreMetric = keyof Scores;
export type VGraphMetric = VGraphTrainingMetric | VGraphScoreMetric;

/** A vGraph run as the panel, its plots, claims and tests read it. */
export type VGraphRecording = Recording<VGraphArtifacts, VGraphMetric>;

/** Names of the run's own state in a checkpoint, beside the model's weights. */
const CHECKPOINT_ADAM = 'vgraph.adam.';
const CHECKPOINT_TAU = 'vgraph.tau';

/** τ and the τ₀ it anneals from, as a checkpoint holds them. */
function resumedTau(state: NamedWeights): [number, number] {
  const t = numbersFromWeight(state[CHECKPOINT_TAU], 2);
  if (!t) throw new ExperimentError('The checkpoint to resume from has no temperature τ.');
  return [t[0], t[1]];
}

/** Adam as in PyTorch's defaults (no weight decay). */
const ADAM = { beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0 };

export const vgraphExperiment = defineExperiment<VGraphArtifacts, VGraphMetric>()({
  schema: vgraphSchema,
  presets: vgraphPresets,
  // Typed with the upload: a run's params are the schema's, plus the uploaded graph where the panel adds one.
  run: async function* (params: VGraphRunParams, ctx: RunContext<VGraphRunParams>) {
    // The planted graphs come from their own seed (the 'Graph seed' field), so a new run seed retrains on the same graph.
    const data = makeGraph(params, new Rng(params.graphSeed).fork('graph'), params.upload);
    checkTrainable(data);
    const { graph } = data;
    const layout = forceLayout(graph, ctx.rng.fork('layout'));
    const drawn: GraphArtifact = { name: data.name, n: graph.n, edges: graph.edges, ...layout, truth: data.truth, overlapping: data.overlapping, names: data.names };
    yield { kind: 'artifact', name: 'graph', data: drawn };

    const lv = louvainCommunities(graph, ctx.rng.fork('louvain'));
    const baseline: BaselineArtifact = { community: lv, count: new Set(lv).size, scores: scoreCommunities(graph, data.truth, lv, lv.map((c) => [c])) };
    yield { kind: 'artifact', name: 'louvain', data: baseline };

    const { w, c } = directedEdges(graph.edges);
    const E = w.length, K = params.k;
    const index = edgeIndex(graph.n, w, c, indexModeFor(ctx.backend));
    const model = new VGraphModel(graph.n, params.dim, K, ctx.rng.fork('init'));
    const opt = new AdamW(model.weights, ADAM);
    const alpha = params.reg === 'paper' ? tf.tensor2d(edgeJaccard(neighbours(graph), w, c), [E, 1]) : null;
    const vars = model.weights.map((p) => p.variable);
    const noiseRng = ctx.rng.fork('gumbel');
    let tau = params.tau0;
    let tau0 = params.tau0;
    try {
      // Embedding tables are [nodes, dim] and [K, dim]: a file from another graph or K loads nothing and says so.
      const loaded = startFrom(ctx.tf, ctx.weights, model.weights, 'vgraph.', 'vGraph');
      // A resumed run (a checkpoint's weights): the optimiser, τ and the noise stream go on from where it stood.
      const from = ctx.resumeAfter ?? 0;
      if (from > 0) {
        const state = ctx.weights ?? {};
        opt.loadState(state, CHECKPOINT_ADAM);
        [tau, tau0] = resumedTau(state);
        skipGumbelNoise(E, K, from, noiseRng);
      } else if (loaded) yield { kind: 'artifact', name: 'weightsLoaded', data: loaded };
      const evaluate = async (epoch: number): Promise<AssignmentArtifact> => {
        const q = model.posterior(index);
        const [qv, phi] = await Promise.all([q.data(), model.phi.variable.data<'float32'>()]);
        q.dispose();
        const a = assignCommunities(qv, K, w, c, graph.n);
        const scores = scoreCommunities(graph, data.truth, a.community, data.overlapping ? a.memberships : a.community.map((x) => [x]));
        return { ...a, epoch, k: K, scores, embedding: pca2(phi, graph.n, params.dim) };
      };
      for (let epoch = from; epoch < params.epochs; epoch++) {
        if (ctx.signal.aborted) return;
        const live = ctx.live();
        if (live.tau0 !== tau0) {
          tau0 = live.tau0;
          tau = tau0;
          for (let e = 0; e < epoch; e++) tau = annealTau(tau, e, live.anneal, live.tauMin, live.annealEvery);
        }
        tau = annealTau(tau, epoch, live.anneal, live.tauMin, live.annealEvery);
        const lr = live.lr * live.lrDecay ** Math.floor(epoch / 100);
        const t0 = performance.now();
        const noise = tf.tensor2d(gumbelNoise(E, K, noiseRng), [E, K]);
        // No clip: the official code steps Adam on the raw gradients. The report is the loss terms, [3].
        const parts = gradientStep(opt, vars, lr, () => {
          const t = model.loss(index, noise, tau, live.lambda, params.reg, alpha);
          return { loss: t.total, report: tf.stack([t.recon, t.kl, t.reg]) };
        });
        noise.dispose();
        const [recon, kl, reg] = await parts.data();
        parts.dispose();
        const edgesPerSec = E / Math.max(1e-6, (performance.now() - t0) / 1000);
        yield { kind: 'metrics', step: epoch + 1, values: { loss: recon + kl + reg, elbo: -(recon + kl), recon, kl, reg, tau, lr, edgesPerSec } };
        yield { kind: 'progress', done: epoch + 1, total: params.epochs, label: `epoch ${epoch + 1} of ${params.epochs}` };
        const every = Math.max(1, Math.round(ctx.live().evalEvery));
        if ((epoch + 1) % every === 0 || epoch === params.epochs - 1) {
          const a = await evaluate(epoch + 1);
          yield { kind: 'metrics', step: epoch + 1, values: { ...a.scores } };
          yield { kind: 'artifact', name: 'assignment', data: a };
          const trained = await readWeights(model.weights, 'vgraph.');
          yield { kind: 'artifact', name: 'weights', data: trained };
          yield { kind: 'checkpoint', step: epoch + 1, weights: { ...trained, ...(await opt.readState(CHECKPOINT_ADAM)), [CHECKPOINT_TAU]: numbersToWeight([tau, tau0]) } };
        }
      }
    } finally {
      model.dispose();
      opt.dispose();
      index.dispose();
      alpha?.dispose();
    }
  },
});
