/**
 * Named starting points for the Gopher family (Rae et al. 2021, arXiv
 * 2112.11446). The paper trained six models from 44M to 280B parameters on
 * 300B tokens each; ours are character models of a few thousand to a few
 * hundred thousand parameters, each trained on the same few hundred thousand
 * characters of the procedural corpus.
 */
import type { Presets } from '../../core/params/presets';
import type { GopherParams } from './params';

export const gopherPresets: Presets<GopherParams> = {
  tiny: {
    reason: 'Pipeline check for CI and e2e (about a minute on software WebGPU): 4 models of d_model 8-32, 10 steps each, 5 probes per family, 8-character samples.',
    params: {
      models: 4, baseWidth: 8, tokens: 2_560, seqLen: 32, batchSize: 8, lr: 1e-2, lrScaling: 'constant', warmup: 2, clipNorm: 1,
      corpusTokens: 30_000, evalBatches: 1, shots: 0, probesPerFamily: 5, sampleChars: 8,
    },
  },
  default: {
    reason: 'A first look in about a minute on a laptop GPU: 5 models of d_model 16-128 on 400k characters each at one peak learning rate, 100 probes per family.',
    params: {
      models: 5, baseWidth: 16, tokens: 400_000, seqLen: 64, batchSize: 16, lr: 1e-2, lrScaling: 'constant', warmup: 20, clipNorm: 1,
      corpusTokens: 1_000_000, evalBatches: 8, shots: 1, probesPerFamily: 100, sampleChars: 48,
    },
  },
  'paper-like': {
    reason: "All six Table 1 shapes (d_model 8 to 256, 1 to 10 layers, up to ~8M parameters) on 2M characters each with Table 1's falling peak learning rates: several minutes on a GPU.",
    params: {
      models: 6, baseWidth: 8, tokens: 2_000_000, seqLen: 128, batchSize: 32, lr: 1e-2, lrScaling: 'table1', warmup: 100, clipNorm: 1,
      corpusTokens: 4_000_000, evalBatches: 16, shots: 2, probesPerFamily: 200, sampleChars: 48,
    },
  },
  claims: {
    reason:
      'What `npm run claims` trains once for all three claims: 4 models of d_model 16-64 (5k-157k parameters) on 1.2M characters each ' +
      '(1,171 steps, about 1.3 passes over the 950k training characters), 500 probes per family. At 400k and 800k characters no ' +
      'family gain cleared the probe noise (issue 26); at 1.2M the largest model gains clearly on two-hop logic (seeds 1 and 2). ' +
      'About 10-15 minutes on 2 CPU cores (WASM).',
    params: {
      models: 4, baseWidth: 16, tokens: 1_200_000, seqLen: 64, batchSize: 16, lr: 1e-2, lrScaling: 'constant', warmup: 20, clipNorm: 1,
      corpusTokens: 1_000_000, evalBatches: 8, shots: 1, probesPerFamily: 500, sampleChars: 48,
    },
    seed: 1,
  },
};
