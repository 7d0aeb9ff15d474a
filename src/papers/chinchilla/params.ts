/**
 * Hyperparameters of the live IsoFLOP sweep (Hoffmann et al. 2022, arXiv
 * 2203.15556, Sections 3.1-3.3): a ladder of compute budgets, a spread of model
 * sizes at each, each model trained on exactly its budget with a cosine cycle
 * matched to its length, then the three approaches fitted to the results.
 * Compute is C = 6 N D throughout (Section 3, embeddings included in N).
 */
import { choice, defineSchema, int, num, type ParamsOf } from '../../core/params/schema';
import { GOPHER_FLOPS } from './laws';

export const chinchillaSchema = defineSchema({
  // How many budgets (a count; run files store params by this name, so it stays).
  budgets: int({
    key: 'budgets', primary: true, label: 'Compute budgets', default: 4, min: 3, max: 6,
    help: 'IsoFLOP budgets in the sweep; the paper used 9 (Approach 2).',
  }),
  sizes: int({
    key: 'sizes', primary: true, label: 'Model sizes per budget', default: 5, min: 4, max: 8,
    help: 'Models trained at each budget; a parabola in log N is fitted through their final losses.',
  }),
  minFlops: num({
    key: 'cmin', group: 'training', label: 'Smallest budget', default: 5e8, min: 1e6, max: 1e14, log: true, unit: 'FLOPs',
    help: 'Compute of every run at the first budget, C = 6 N D.',
  }),
  budgetFactor: num({
    key: 'cstep', group: 'training', label: 'Budget spacing', default: 2, min: 1.5, max: 10, step: 0.1, unit: '×',
    help: 'Each budget is this many times the previous one.',
  }),
  sizeSpan: num({
    key: 'span', primary: true, label: 'Model-size span', default: 8, min: 2, max: 64, log: true, unit: '×',
    help: 'Largest over smallest model at one budget; sizes are log-spaced across it.',
  }),
  tokensPerParam: num({
    key: 'tpp', group: 'training', label: 'Centre tokens per parameter', default: 60, min: 0.5, max: 500, log: true,
    help: 'Where the sizes are centred: N = sqrt(C / (6 tpp)). The paper finds about 20 at its scale.',
  }),
  depth: int({
    key: 'depth', group: 'model', label: 'Layers', default: 1, min: 1, max: 6,
    help: 'Held fixed across the sweep; models differ in width (d_model), so every run has the same tensors.',
  }),
  seqLen: int({ key: 'seq', group: 'model', label: 'Context length', default: 32, min: 8, max: 128, unit: 'tokens' }),
  batchSize: int({ key: 'batch', group: 'training', label: 'Batch size', default: 8, min: 1, max: 64, unit: 'sequences' }),
  lr: num({
    key: 'lr', primary: true, label: 'Peak learning rate', default: 1e-2, min: 1e-4, max: 3e-2, log: true, live: true,
    help: 'Peak of every run\'s schedule; the cosine decays it 10× over exactly the run\'s own length.',
  }),
  warmup: int({
    key: 'warmup', group: 'training', label: 'Warm-up', default: 10, min: 0, max: 500, unit: 'steps', live: true,
    help: 'Linear warm-up, capped at a quarter of each run.',
  }),
  corpusTokens: int({
    key: 'corpus', group: 'data', label: 'Corpus size', default: 1_000_000, min: 20_000, max: 8_000_000, log: true, unit: 'tokens',
    help: 'Procedural corpus; 5% is held out. Runs longer than the training part repeat data, which the paper avoids.',
  }),
  norm: choice({
    key: 'norm', group: 'model', label: 'Normalisation', default: 'layernorm',
    options: [{ value: 'layernorm', label: 'LayerNorm' }, { value: 'rmsnorm', label: 'RMSNorm' }],
  }),
  positions: choice({
    key: 'pos', group: 'model', label: 'Positions', default: 'learned',
    options: [{ value: 'learned', label: 'Learned absolute' }, { value: 'relative', label: 'Relative bias' }],
  }),
  evalBatches: int({
    key: 'evalb', group: 'evaluation', label: 'Eval batches', default: 8, min: 1, max: 64, live: true,
    help: 'Held-out batches of 32 sequences scored at the end of each run (the same windows for every run).',
  }),
  grid: choice({
    key: 'grid', group: 'evaluation', label: 'Approach-3 start grid', default: 'paper', live: true,
    options: [{ value: 'paper', label: 'Paper (4,500 starts)' }, { value: 'coarse', label: 'Coarse (32 starts)' }],
  }),
  resamples: int({
    key: 'boot', group: 'evaluation', label: 'Bootstrap resamples', default: 100, min: 0, max: 400, live: true,
    help: 'Refits on 80% subsamples for the 10th/90th-percentile intervals; 0 skips them. The paper used 100.',
  }),
  calcBudget: num({
    key: 'calc', group: 'view', label: 'Calculator budget', default: GOPHER_FLOPS, min: 1e18, max: 1e28, log: true, unit: 'FLOPs',
    live: true, viewOnly: true, help: 'Compute for the allocation calculator; 5.76e23 is Gopher\'s budget.',
  }),
});

export type ChinchillaParams = ParamsOf<typeof chinchillaSchema>;
