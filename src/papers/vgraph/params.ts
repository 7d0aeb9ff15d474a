/**
 * Hyperparameters of a vGraph run (Sun et al. 2019, arXiv 1906.07159,
 * Sec. 5.4 and the official code): the graph, the model's K and embedding
 * size, Adam's learning rate, the Gumbel-softmax temperature schedule and
 * the smoothness weight λ (vGraph+ when λ > 0).
 */
import { choice, defineSchema, int, num, seedField, type ParamsOf } from '../../core/params/schema';

export const vgraphSchema = defineSchema({
  graph: choice({
    primary: true,
    key: 'graph', label: 'Graph', default: 'karate',
    help: 'Zachary\'s karate club (two factions), a planted partition, a planted partition with overlap, or your own edge list.',
    options: [
      { value: 'karate', label: 'Karate club (34 nodes)' },
      { value: 'planted', label: 'Planted partition' },
      { value: 'overlapping', label: 'Planted, overlapping' },
      { value: 'upload', label: 'Your edge list' },
    ],
  }),
  k: int({ primary: true, key: 'k', label: 'Communities K', default: 2, min: 2, max: 20, help: 'The paper sets K to the number of ground-truth communities.' }),
  blocks: int({ group: 'data', key: 'blocks', label: 'Planted blocks', default: 4, min: 2, max: 20 }),
  blockSize: int({ group: 'data', key: 'size', label: 'Nodes per block', default: 25, min: 4, max: 400, log: true, unit: 'nodes' }),
  pIn: num({ primary: true, key: 'pin', label: 'p_in', default: 0.3, min: 0.01, max: 1, step: 0.01, help: 'Edge probability between nodes sharing a community.' }),
  pOut: num({ primary: true, key: 'pout', label: 'p_out', default: 0.03, min: 0, max: 0.5, step: 0.001, help: 'Edge probability between nodes sharing none.' }),
  overlap: int({ group: 'data', key: 'ov', label: 'Overlap nodes per block', default: 5, min: 0, max: 200, unit: 'nodes', help: 'Overlapping graph only: this many nodes of each block also belong to the next block.' }),
  graphSeed: seedField({ group: 'data', key: 'gseed', label: 'Graph seed', default: 1, help: 'Seed of the planted graphs, separate from the run seed.' }),
  dim: int({ group: 'model', key: 'dim', label: 'Embedding size D', default: 128, min: 2, max: 256, log: true, help: '128 in the paper.' }),
  epochs: int({ group: 'training', key: 'epochs', label: 'Epochs', default: 1001, min: 1, max: 10_000, log: true, help: 'Full-batch steps over all edges, both directions (1001 non-overlapping, 5001 overlapping in the code).' }),
  lr: num({ group: 'training', key: 'lr', label: 'Adam learning rate', default: 0.1, min: 1e-3, max: 1, log: true, live: true, help: '0.1 in the code, 0.05 in the paper.' }),
  lrDecay: num({ group: 'training', key: 'decay', label: 'LR decay per 100 epochs', default: 1, min: 0.5, max: 1, step: 0.01, live: true, help: '0.99 in the paper; none in the code.' }),
  lambda: num({
    primary: true,
    key: 'lambda', label: 'Smoothness λ', default: 0.001, min: 0, max: 100, step: 0.001, live: true,
    help: 'Weight of the smoothness regulariser (vGraph+ when > 0). The code uses 0.1 on Cora-like graphs, where it is mild; its term grows with squared degrees and at 0.1 flattens the karate club. The paper uses 100 with its own form.',
  }),
  reg: choice({
    group: 'model',
    key: 'reg', label: 'Regulariser form', default: 'code',
    help: 'code: squared difference of summed edge posteriors across each edge; paper: Jaccard-weighted squared difference of p(z|w) and p(z|c).',
    options: [{ value: 'code', label: 'code (summed posteriors)' }, { value: 'paper', label: 'paper (Eqs. 9-11)' }],
  }),
  tau0: num({ group: 'training', key: 'tau', label: 'Initial temperature τ', default: 1, min: 0.1, max: 5, step: 0.05, live: true }),
  tauMin: num({ group: 'training', key: 'taumin', label: 'Least temperature', default: 0.3, min: 0.05, max: 1, step: 0.05, live: true }),
  anneal: num({ group: 'training', key: 'anneal', label: 'Anneal rate', default: 3e-5, min: 0, max: 1e-2, step: 1e-5, live: true, help: 'Every "anneal every" epochs τ ← max(τ·exp(−rate·epoch), least τ).' }),
  annealEvery: int({ group: 'training', key: 'annevery', label: 'Anneal every', default: 100, min: 1, max: 1000, log: true, unit: 'epochs', live: true, help: '100 in the code\'s non-overlapping script, 10 in its overlapping one.' }),
  evalEvery: int({ group: 'evaluation', key: 'every', label: 'Evaluate every', default: 10, min: 1, max: 1000, log: true, unit: 'epochs', live: true, help: 'How often communities, scores and the views update.' }),
});

export type VGraphParams = ParamsOf<typeof vgraphSchema>;
