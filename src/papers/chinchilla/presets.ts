/**
 * Named starting points for the IsoFLOP sweep (Hoffmann et al. 2022, arXiv
 * 2203.15556, Section 3.2 used 9 budgets from 6e18 to 3e21 FLOPs). Ours are
 * 10-12 orders of magnitude smaller: single-layer character models of ~800 to
 * ~40k parameters. At this scale the optimum sits near 20-60 tokens per
 * parameter, and a peak learning rate around 1e-2 suits every size trained.
 */
import type { Presets } from '../../core/params/presets';
import type { ChinchillaParams } from './params';

/**
 * Each preset lists only what it changes from the schema's defaults, which are
 * the `default` preset. All keep the defaults' one-layer models on 32-character
 * windows, 60 tokens per parameter and one peak learning rate.
 */
export const chinchillaPresets: Presets<ChinchillaParams> = {
  tiny: {
    reason: 'Pipeline check for CI and e2e (about 2 minutes on software WebGPU): 3 budgets x 4 models of ~0.8-2.7k parameters, 77 steps.',
    params: {
      budgets: 3, sizes: 4, minFlops: 8e6, budgetFactor: 1.5, sizeSpan: 3,
      warmup: 2, corpusTokens: 30_000, evalBatches: 1, grid: 'coarse', resamples: 10,
    },
  },
  default: {
    reason: 'A first look in about a minute on a laptop GPU: 4 budgets x 5 models, every IsoFLOP curve with an interior minimum.',
    params: {},
  },
  'paper-like': {
    reason: 'Closest to the paper the browser holds: 6 budgets spanning 32x compute, 8 sizes each, several minutes on a GPU.',
    params: { budgets: 6, sizes: 8, sizeSpan: 16, corpusTokens: 4_000_000, evalBatches: 16 },
  },
  claims: {
    reason: 'What `npm run claims` trains once for claims b and c: 6 budgets over 32x compute, about 6 minutes on 2 CPU cores (WASM).',
    params: { budgets: 6, minFlops: 2.5e8 },
    seed: 1,
  },
};
