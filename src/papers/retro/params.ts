/**
 * Hyperparameters of the RETRO run (Borgeaud et al. 2021, arXiv 2112.04426):
 * the corpus and its split, the retrieval database (chunk length m, frozen
 * n-gram keys), the decoder shared by the baseline and RETRO, the neighbour
 * encoder and where CCA sits, training, evaluation (k, database sizes,
 * leakage) and RETRO-fitting.
 */
import { bool, defineSchema, int, num, type ParamsOf } from '../../core/params/schema';

export const retroSchema = defineSchema({
  corpusTokens: int({
    key: 'corpus', group: 'data', label: 'Corpus size', default: 300_000, min: 10_000, max: 4_000_000, log: true, unit: 'tokens',
    help: 'Procedural corpus; the last 10% of its documents is the evaluation text, the rest is both the training data and the retrieval database.',
  }),
  entities: int({
    key: 'people', primary: true, label: 'People in the world', default: 600, min: 20, max: 5_000, log: true,
    help: 'Facts about people recur across documents; the more people, the less a small model can memorise and the more a database helps.',
  }),
  factsShare: num({
    key: 'facts', primary: true, label: 'Share of fact documents', default: 0.7, min: 0, max: 0.9, step: 0.05,
    help: 'Weight of fact and two-hop documents in the mixture (the rest: prose, arithmetic, copying).',
  }),
  chunk: int({ key: 'm', primary: true, label: 'Chunk length m', default: 16, min: 4, max: 64, unit: 'tokens', help: 'The paper uses 64 tokens; a neighbour is the chunk plus its continuation, r = 2m.' }),
  seqLen: int({ key: 'seq', group: 'model', label: 'Context length n', default: 64, min: 16, max: 256, unit: 'tokens', help: 'A whole number of chunks (the paper: 2048 = 32 chunks).' }),
  dbStride: int({
    key: 'stride', group: 'data', label: 'Database stride', default: 1, min: 1, max: 64, log: true, unit: 'tokens',
    help: 'Tokens between the starts of database entries. The paper uses m; a smaller stride lets the nearest entry start where the shared text starts, so its continuation lines up with the query (at most m).',
  }),
  keyDim: int({ key: 'kdim', group: 'data', label: 'Key width', default: 64, min: 8, max: 256, log: true, help: 'Width of the frozen random-projection key of a chunk (BERT\'s 768 in the paper).' }),
  ngramMax: int({ key: 'ngram', group: 'data', label: 'Longest n-gram in a key', default: 4, min: 2, max: 6, help: 'Keys hash character n-grams from 2 to this length.' }),
  neighbours: int({ key: 'k', group: 'model', label: 'Neighbours in training', default: 2, min: 1, max: 4, help: 'k = 2 in the paper.' }),
  evalK: int({ key: 'evalk', primary: true, live: true, label: 'Neighbours at evaluation', default: 2, min: 1, max: 10, help: 'k for the final evaluation, the database-size sweep and the leakage plot.' }),
  kSweepMax: int({ key: 'kmax', group: 'evaluation', live: true, label: 'k sweep up to', default: 10, min: 1, max: 10, help: 'The trained RETRO is evaluated with k = 1 .. this many neighbours.' }),
  dModel: int({ key: 'd', group: 'model', label: 'Decoder width', default: 64, min: 8, max: 256, log: true }),
  nLayers: int({ key: 'layers', group: 'model', label: 'Decoder layers', default: 4, min: 2, max: 12 }),
  nHeads: int({ key: 'heads', group: 'model', label: 'Heads', default: 4, min: 1, max: 8, help: 'Must divide the decoder and encoder widths.' }),
  encWidth: int({ key: 'encd', group: 'model', label: 'Encoder width d\'', default: 64, min: 8, max: 256, log: true }),
  encLayers: int({ key: 'encl', group: 'model', label: 'Encoder layers', default: 1, min: 1, max: 3, help: '2 in the paper.' }),
  biasLr: num({
    key: 'biaslr', group: 'training', live: true, label: 'CCA position-bias learning rate', default: 25, min: 1, max: 100, log: true, unit: '× lr',
    help: 'Multiplier of the learning rate for the CCA logit bias by chunk and neighbour offset. It starts at zero and must reach several units before a head locks onto the aligned neighbour token; at 1× that takes thousands of steps.',
  }),
  firstRetroLayer: int({ key: 'p0', group: 'model', label: 'First CCA layer', default: 2, min: 1, max: 12, help: '1-based; the paper starts at layer 6 of 12.' }),
  retroEvery: int({ key: 'pevery', group: 'model', label: 'CCA every', default: 3, min: 1, max: 6, unit: 'layers', help: 'Every 3rd layer in the paper.' }),
  steps: int({ key: 'steps', primary: true, label: 'Training steps', default: 800, min: 2, max: 20_000, log: true, help: 'Baseline and RETRO train on the same batches in one loop.' }),
  batchSize: int({ key: 'batch', group: 'training', label: 'Batch size', default: 16, min: 1, max: 64, unit: 'sequences' }),
  lr: num({ key: 'lr', group: 'training', live: true, label: 'Peak learning rate', default: 3e-3, min: 1e-4, max: 3e-2, log: true, help: 'Warm-up then cosine decay by 10× (the paper: 2e-4 to 2e-5).' }),
  warmup: int({ key: 'warmup', group: 'training', live: true, label: 'Warm-up', default: 40, min: 0, max: 2_000, unit: 'steps' }),
  evalEvery: int({ key: 'every', group: 'evaluation', live: true, label: 'Curve every', default: 50, min: 1, max: 2_000, unit: 'steps', help: 'Steps between points of the bpc curves.' }),
  evalWindows: int({ key: 'evalw', group: 'evaluation', live: true, label: 'Evaluation windows', default: 128, min: 4, max: 2_048, log: true, help: 'Windows of n tokens of held-out text for the final numbers; the curves use a quarter of them.' }),
  dbMinFraction: num({ key: 'dbmin', group: 'evaluation', live: true, label: 'Smallest database', default: 0.05, min: 0.01, max: 0.5, log: true, help: 'Fraction of the database for the smallest of the 4 sizes of the sweep (the others are spaced evenly in log up to all of it).' }),
  retrofitSteps: int({ key: 'rfsteps', group: 'training', label: 'RETRO-fit steps', default: 300, min: 0, max: 10_000, log: false, help: 'Steps that train only the encoder and CCA of a RETRO built on the frozen trained baseline (0: skip).' }),
  searchBench: bool({ key: 'sbench', group: 'evaluation', label: 'Time search at 10k and 100k chunks', default: false, help: 'Before training, times exact kNN over random databases of 10,000 and 100,000 keys (for the benchmark).' }),
});

export type RetroParams = ParamsOf<typeof retroSchema>;
