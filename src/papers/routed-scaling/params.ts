/**
 * Hyperparameters of the routed sweep (Clark et al. 2022, arXiv 2202.01169,
 * Sec. 3): tiny transformer LMs of a few dense sizes, each with its FFNs
 * turned into E = 1, 2, 4, ... experts under each chosen router, every model on
 * the same token budget (the paper's 130B tokens, here a few hundred steps).
 */
import { bool, choice, defineSchema, int, num, type ParamsOf } from '../../core/params/schema';

export const routedSchema = defineSchema({
  sizes: int({ key: 'sizes', primary: true, label: 'Dense sizes', default: 2, min: 1, max: 4, help: 'd_model = base × 1, 1.5, 2, 3 (rounded to whole heads); the law needs at least 2.' }),
  baseWidth: int({ key: 'width', group: 'model', label: 'Smallest d_model', default: 16, min: 8, max: 64 }),
  layers: int({ key: 'layers', group: 'model', label: 'Layers', default: 2, min: 1, max: 4, help: 'Every layer\'s FFN becomes a mixture of experts.' }),
  heads: int({ key: 'heads', group: 'model', label: 'Heads', default: 2, min: 1, max: 4 }),
  maxExperts: choice({
    key: 'maxe', primary: true, label: 'Most experts', default: '8',
    options: [{ value: '2', label: '2' }, { value: '4', label: '4' }, { value: '8', label: '8' }, { value: '16', label: '16' }],
  }),
  expertGrid: choice({
    key: 'grid', group: 'model', label: 'Expert counts', default: 'powers',
    help: 'Every power of two up to the most, or only 1 and the most (cheaper; too few points for the full law).',
    options: [{ value: 'powers', label: '1, 2, 4, … most' }, { value: 'ends', label: '1 and most' }],
  }),
  sbase: bool({ key: 'sb', group: 'model', label: 'S-BASE router', default: true, help: 'Learned router; while training, Sinkhorn then a balanced assignment gives every expert the same share of each capacity group.' }),
  rlr: bool({ key: 'rl', group: 'model', label: 'RL-R router', default: false, help: 'Learned policy trained by REINFORCE on each token\'s log-likelihood (an extra forward pass per step).' }),
  hash: bool({ key: 'hs', group: 'model', label: 'Hash router', default: true, help: 'A fixed random table from token id (a character, or a subword) to expert.' }),
  top1: bool({ key: 't1', primary: true, label: 'Unbalanced top-1 router', default: false, help: 'A learned greedy router with no balancing: the collapse baseline (not in the paper\'s law).' }),
  replicas: int({ key: 'reps', group: 'training', label: 'Seeds per model', default: 1, min: 1, max: 3, help: 'Independent initialisations and data orders; results are averaged.' }),
  steps: int({ key: 'steps', primary: true, label: 'Steps per model', default: 100, min: 2, max: 5000, log: true, unit: 'steps' }),
  batchSize: int({ key: 'batch', group: 'training', label: 'Batch size', default: 16, min: 1, max: 64, unit: 'sequences' }),
  seqLen: int({ key: 'seq', group: 'model', label: 'Context length', default: 32, min: 8, max: 128, unit: 'tokens' }),
  lr: num({ key: 'lr', group: 'training', live: true, label: 'Peak learning rate', default: 1e-2, min: 1e-4, max: 3e-2, log: true, help: 'Linear warm-up, then cosine decay by 10×.' }),
  warmup: int({ key: 'warmup', group: 'training', live: true, label: 'Warm-up', default: 20, min: 0, max: 500, unit: 'steps', help: 'Capped at a quarter of the run.' }),
  clipNorm: num({ key: 'clip', group: 'training', live: true, label: 'Gradient clip', default: 1, min: 0.1, max: 10, step: 0.05 }),
  capacityFactor: num({
    key: 'cap', group: 'model', live: true, label: 'Capacity factor', default: 2, min: 1, max: 4, step: 0.05,
    help: 'While training each expert takes at most capacity × group / E tokens of a group; the rest skip the FFN (overflow).',
  }),
  groupSize: int({ key: 'group', group: 'model', live: true, label: 'Capacity group', default: 128, min: 8, max: 1024, log: true, unit: 'tokens' }),
  sinkhornIters: int({ key: 'sk', group: 'model', live: true, label: 'Sinkhorn iterations', default: 3, min: 1, max: 20, help: 'S-BASE Sinkhorn passes per step: they rank the tokens the balanced assignment hands out.' }),
  rlWeight: num({ key: 'rlw', group: 'training', live: true, label: 'REINFORCE weight', default: 0.1, min: 0.001, max: 1, log: true }),
  tokens: choice({
    key: 'tok', group: 'data', label: 'Tokens', default: 'chars',
    help: 'Characters (52 symbols), or byte-pair subwords learned from the training text as the paper\'s models use; held-out loss is also reported in bits per character so the two compare.',
    options: [{ value: 'chars', label: 'Characters' }, { value: 'bpe', label: 'Byte-pair subwords' }],
  }),
  bpeVocab: int({ key: 'bpev', group: 'data', label: 'BPE vocabulary', default: 512, min: 64, max: 4096, log: true, unit: 'tokens', help: 'Characters plus learned merges (subword tokens only).' }),
  corpusTokens: int({ key: 'corpus', group: 'data', label: 'Corpus size', default: 300_000, min: 20_000, max: 4_000_000, log: true, unit: 'characters', help: 'Procedural corpus; 5% is held out.' }),
  evalBatches: int({ key: 'evalb', group: 'evaluation', live: true, label: 'Eval batches', default: 4, min: 1, max: 32, help: 'Held-out batches of 16 sequences, the same windows for every model.' }),
});

export type RoutedParams = ParamsOf<typeof routedSchema>;
