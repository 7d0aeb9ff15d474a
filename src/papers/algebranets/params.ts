/**
 * Hyperparameters of the AlgebraNets run (Hoffmann et al. 2020, arXiv
 * 2006.07360, Sections 4-5): which algebras, which task, how widths are
 * matched to the real network, training, and magnitude pruning of whole
 * algebra elements.
 */
import { bool, choice, defineSchema, int, num, type ParamsOf } from '../../core/params/schema';

export const algebraSchema = defineSchema({
  task: choice({ primary: true,
    key: 'task', label: 'Task', default: 'digits',
    help: 'A: classify procedurally drawn 28×28 digits with a small conv net. B: next-character prediction on the procedural corpus with an MLP.',
    options: [{ value: 'digits', label: 'A: digits (conv net)' }, { value: 'chars', label: 'B: characters (MLP LM)' }],
  }),
  useR: bool({ group: 'model', key: 'r', label: 'ℝ (reals)', default: true }),
  useC: bool({ group: 'model', key: 'c', label: 'ℂ (complex)', default: true }),
  useH: bool({ group: 'model', key: 'h', label: 'ℍ (quaternions)', default: true }),
  useM2R: bool({ group: 'model', key: 'm2r', label: 'M₂(ℝ)', default: true }),
  useM3R: bool({ group: 'model', key: 'm3r', label: 'M₃(ℝ)', default: false }),
  useM4R: bool({ group: 'model', key: 'm4r', label: 'M₄(ℝ)', default: false }),
  useM2C: bool({ group: 'model', key: 'm2c', label: 'M₂(ℂ)', default: false }),
  matchBy: choice({ primary: true,
    key: 'match', label: 'Match widths by', default: 'params',
    help: "Each algebra's widths are scaled until its parameter count (or its multiplies per example) is closest to the real network's.",
    options: [{ value: 'params', label: 'parameters' }, { value: 'flops', label: 'multiplies (FLOPs)' }],
  }),
  width: int({ primary: true,
    key: 'width', label: 'Real network width', default: 8, min: 1, max: 32,
    help: 'Digits: the real net has width, 2·width, 4·width channels; characters: width per embedded character and 8·width hidden units.',
  }),
  steps: int({ primary: true, key: 'steps', label: 'Training steps', default: 300, min: 2, max: 5000, log: true, unit: 'steps' }),
  batchSize: int({ group: 'training', key: 'batch', label: 'Batch size', default: 32, min: 1, max: 256, log: true, unit: 'examples' }),
  lr: num({ group: 'training', key: 'lr', label: 'Peak learning rate', default: 3e-3, min: 1e-4, max: 3e-2, log: true, live: true, help: 'Adam; 10-step warm-up, then cosine decay to a tenth.' }),
  evalEvery: int({ group: 'evaluation', key: 'evalEvery', label: 'Evaluate every', default: 50, min: 1, max: 1000, log: true, unit: 'steps', live: true, help: 'And always after the last step.' }),
  testSize: int({ group: 'evaluation', key: 'test', label: 'Held-out examples', default: 1000, min: 20, max: 5000, log: true, unit: 'examples' }),
  noise: num({ group: 'data', key: 'noise', label: 'Pixel noise', default: 0.3, min: 0, max: 1, step: 0.05, help: 'Digits: standard deviation of Gaussian pixel noise (ink is 1).' }),
  distortion: num({ group: 'data', key: 'distort', label: 'Distortion', default: 1.5, min: 0, max: 3, step: 0.1, help: 'Digits: strength of stroke jitter, rotation, shear, scale and shift.' }),
  context: int({ group: 'data', key: 'ctx', label: 'Context', default: 8, min: 1, max: 32, unit: 'characters', help: 'Characters: how many previous characters the MLP sees.' }),
  corpusTokens: int({ group: 'data', key: 'corpus', label: 'Corpus size', default: 200_000, min: 20_000, max: 2_000_000, log: true, unit: 'characters', help: 'Characters: procedural corpus; 5% is held out.' }),
  sparsity: num({ primary: true,
    key: 'sparsity', label: 'Target sparsity', default: 0, min: 0, max: 0.95, step: 0.05, live: true,
    help: 'Fraction of algebra elements (whole weights, by norm) pruned by the end of training, in every algebra layer but the first and the real head.',
  }),
  sparsityPoints: int({ group: 'training',
    key: 'spoints', label: 'Sparsity levels', default: 1, min: 1, max: 4,
    help: '1 trains each algebra at the target sparsity; more trains it at evenly spaced levels from 0 to the target.',
  }),
  pruneStart: num({ group: 'training', key: 'pstart', label: 'Pruning starts', default: 0.2, min: 0, max: 1, step: 0.05, unit: 'of training', live: true }),
  pruneEnd: num({ group: 'training', key: 'pend', label: 'Pruning ends', default: 0.7, min: 0, max: 1, step: 0.05, unit: 'of training', live: true, help: 'Sparsity rises as 1 − (1 − t)³ between start and end (Zhu & Gupta 2017).' }),
});

export type AlgebraParams = ParamsOf<typeof algebraSchema>;
