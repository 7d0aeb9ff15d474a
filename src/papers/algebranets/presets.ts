/**
 * Named starting points for the AlgebraNets run (Hoffmann et al. 2020, arXiv
 * 2006.07360). The paper trains ResNet-50, MobileNet and Transformer-XL models
 * on ImageNet and enwik8; ours are conv nets of about 30k parameters on drawn
 * digits and MLP character models on the procedural corpus.
 */
import type { Presets } from '../../core/params/presets';
import type { AlgebraParams } from './params';

const ONLY_R_M2R = { useR: true, useC: false, useH: false, useM2R: true, useM3R: false, useM4R: false, useM2C: false } as const;

export const algebraPresets: Presets<AlgebraParams> = {
  tiny: {
    reason: 'Pipeline check for CI and e2e (about a minute on software WebGPU): ℝ and M₂(ℝ) conv nets of width 4, 8 steps of 8 digits, 50 test digits.',
    params: { ...ONLY_R_M2R, width: 4, steps: 8, batchSize: 8, evalEvery: 4, testSize: 50 },
  },
  default: {
    reason: 'A first look in about a minute on a laptop GPU: ℝ, ℂ, ℍ and M₂(ℝ) digit nets at matched parameters, 300 steps each.',
    params: {},
  },
  'all-algebras': {
    reason: 'All seven algebras side by side at matched parameters; M₄(ℝ) and ℍ do four times the real multiplies, so this takes several minutes.',
    params: { useM3R: true, useM4R: true, useM2C: true, steps: 600, evalEvery: 100 },
  },
  'matched-flops': {
    reason: 'The same four algebras at matched multiplies per example: the denser algebras get fewer parameters.',
    params: { matchBy: 'flops', steps: 400, evalEvery: 100 },
  },
  sparsity: {
    reason: 'Accuracy against sparsity: ℝ and M₂(ℝ) at 0, 30, 60 and 90% of elements pruned by norm during training.',
    params: { ...ONLY_R_M2R, sparsity: 0.9, sparsityPoints: 4, steps: 600, evalEvery: 100 },
  },
  language: {
    reason: 'Task B: character MLPs over ℝ, ℂ, ℍ and M₂(ℝ) at matched parameters on the procedural corpus, bits per character.',
    params: { task: 'chars', width: 8, steps: 600, batchSize: 64, lr: 3e-3, evalEvery: 100, testSize: 2000 },
  },
  claims: {
    reason: 'What `npm run claims` trains: ℝ, ℂ, ℍ, M₂(ℝ) digit nets at matched parameters, 400 steps, 2000 test digits (plus M₂(ℝ) pruned to 50%).',
    params: { steps: 400, evalEvery: 400, testSize: 2000 },
    seed: 1,
  },
};
