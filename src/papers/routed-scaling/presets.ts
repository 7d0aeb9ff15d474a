/**
 * Named starting points for the routed sweep (Clark et al. 2022, arXiv
 * 2202.01169). The paper's dense sizes run from 15M to 1.3B parameters with
 * E up to 512 on 130B tokens; ours are character models of a few thousand to
 * tens of thousands of dense parameters with E up to 16, on tens of thousands
 * of characters each.
 */
import type { Presets } from '../../core/params/presets';
import type { RoutedParams } from './params';

export const routedPresets: Presets<RoutedParams> = {
  tiny: {
    reason: 'Pipeline check for CI and e2e (about a minute on software WebGPU): 2 sizes of d_model 8-12, E = 1 and 2, S-BASE only, 4 steps each.',
    params: {
      sizes: 2, baseWidth: 8, layers: 1, heads: 2, maxExperts: '2', expertGrid: 'powers', sbase: true, rlr: false, hash: false, top1: false,
      replicas: 1, steps: 4, batchSize: 4, seqLen: 16, warmup: 1, groupSize: 32, corpusTokens: 20_000, evalBatches: 1,
    },
  },
  default: {
    reason: 'A first look in about a minute on a laptop GPU: 2 sizes (d_model 16, 24), E = 1, 2, 4, 8 under S-BASE and Hash, 100 steps each.',
    params: {},
  },
  'paper-like': {
    reason: "All three of the paper's routers, 4 sizes (d_model 16-48), E up to 16, 2 seeds, 400 steps each: the fullest law the browser holds, tens of minutes on a GPU.",
    params: { sizes: 4, maxExperts: '16', sbase: true, rlr: true, hash: true, top1: false, replicas: 2, steps: 400, corpusTokens: 1_000_000, evalBatches: 8 },
  },
  claims: {
    reason:
      'What `npm run claims` trains once for three claims: d_model 32, E = 1 and 8 under S-BASE, Hash and unbalanced top-1, 2 seeds, 300 steps each, ' +
      "on byte-pair subword tokens (vocabulary 512) as the paper's models read subwords (issue 26; claims b and c rerun it on characters and print that measure beside).",
    params: {
      sizes: 1, baseWidth: 32, maxExperts: '8', expertGrid: 'ends', sbase: true, rlr: false, hash: true, top1: true,
      replicas: 2, steps: 300, evalBatches: 8, tokens: 'bpe', bpeVocab: 512,
    },
    seed: 1,
  },
};
