/**
 * Hyperparameters of the Gopher family run (Rae et al. 2021, arXiv
 * 2112.11446, Section 3 and Table 1): 4-6 tiny models with Table 1's
 * width/depth proportions, each trained on the same token budget (the paper's
 * 300B) with warm-up then cosine decay by 10× and gradient clipping, then
 * scored on a battery of task families.
 */
import { choice, defineSchema, int, num, type ParamsOf } from '../../core/params/schema';

export const gopherSchema = defineSchema({
  models: int({
    key: 'models', primary: true, label: 'Models in the family', default: 5, min: 4, max: 6,
    help: 'The first rows of Table 1 (44M, 117M, 417M, 1.4B, 7.1B, 280B), scaled down.',
  }),
  baseWidth: int({
    key: 'width', primary: true, label: 'Smallest d_model', default: 16, min: 8, max: 64,
    help: 'd_model of the smallest model (44M\'s 512 in the paper); the others keep Table 1\'s width ratios (1, 1.5, 3, 4, 8, 32).',
  }),
  tokens: int({
    key: 'tokens', primary: true, label: 'Training tokens per model', default: 400_000, min: 2_000, max: 20_000_000, log: true, unit: 'tokens',
    help: 'The same budget for every size, as the paper trained every model on 300B tokens.',
  }),
  seqLen: int({ key: 'seq', group: 'model', label: 'Context length', default: 64, min: 16, max: 128, unit: 'tokens' }),
  batchSize: int({ key: 'batch', group: 'training', label: 'Batch size', default: 16, min: 1, max: 64, unit: 'sequences' }),
  lr: num({
    key: 'lr', group: 'training', live: true, label: 'Peak learning rate', default: 1e-2, min: 1e-4, max: 3e-2, log: true,
    help: 'Peak for the smallest model; with Table 1 scaling the others get the paper\'s ratios (6e-4 down to 4e-5).',
  }),
  lrScaling: choice({
    key: 'lrs', primary: true, live: true, label: 'Learning rate across sizes', default: 'constant',
    help: 'Table 1 lowers the peak for larger models (6e-4 to 4e-5); in runs of a few hundred steps that leaves the larger tiny models under-trained.',
    options: [{ value: 'table1', label: 'Table 1 ratios' }, { value: 'constant', label: 'Same for all' }],
  }),
  warmup: int({
    key: 'warmup', group: 'training', live: true, label: 'Warm-up', default: 20, min: 0, max: 1500, unit: 'steps',
    help: 'Linear warm-up (1,500 steps in the paper), capped at a quarter of the run; then cosine decay by 10×.',
  }),
  clipNorm: num({
    key: 'clip', group: 'training', live: true, label: 'Gradient clip', default: 1, min: 0.1, max: 10, step: 0.05,
    help: 'Global gradient-norm clip: 1.0 in the paper (0.25 for 7.1B and 280B).',
  }),
  corpusTokens: int({
    key: 'corpus', group: 'data', label: 'Corpus size', default: 1_000_000, min: 20_000, max: 8_000_000, log: true, unit: 'tokens',
    help: 'Procedural corpus; 5% is held out for the loss.',
  }),
  evalBatches: int({
    key: 'evalb', group: 'evaluation', live: true, label: 'Eval batches', default: 8, min: 1, max: 64,
    help: 'Held-out batches of 32 sequences, the same windows for every model.',
  }),
  shots: int({
    key: 'shots', primary: true, live: true, label: 'Few-shot examples', default: 1, min: 0, max: 5,
    help: 'Solved examples of the same family placed before each probe (the context window keeps only the last seqLen characters).',
  }),
  sampleChars: int({
    key: 'sample', group: 'evaluation', live: true, label: 'Sample length', default: 48, min: 0, max: 96, unit: 'characters',
    help: 'Characters each model generates greedily from the same prompt after training.',
  }),
  probesPerFamily: int({
    key: 'probes', group: 'evaluation', live: true, label: 'Probes per family', default: 100, min: 5, max: 1000, log: true,
    help: 'Multiple-choice items per task family, the same items for every model.',
  }),
});

export type GopherParams = ParamsOf<typeof gopherSchema>;
