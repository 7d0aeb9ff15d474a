/**
 * Named starting points for the RETRO run. The paper's smallest model has 12
 * layers of width 896 and chunks of 64 tokens over a 2T-token database; ours
 * are character models of a few hundred thousand parameters over a database
 * of the training corpus itself (tens of thousands of chunks).
 */
import type { Presets } from '../../core/params/presets';
import type { RetroParams } from './params';

const TINY: Partial<RetroParams> = {
  corpusTokens: 20_000, entities: 60, chunk: 8, seqLen: 32, keyDim: 16, dModel: 16, nLayers: 2, nHeads: 2, encWidth: 16, encLayers: 1,
  steps: 8, batchSize: 4, warmup: 2, evalEvery: 4, evalWindows: 8, kSweepMax: 2, retrofitSteps: 2, evalK: 2,
};

export const retroPresets: Presets<RetroParams> = {
  tiny: {
    reason: 'Pipeline check for CI and e2e (about a minute on software WebGPU): width 16, 2 layers, chunks of 8, 8 steps, k up to 2 (each new k compiles new shaders).',
    params: TINY,
  },
  default: {
    reason: 'A first look in a minute or two on a laptop GPU: width 64, 4 layers with CCA at layer 2, chunks of 16 keyed at every token (270k keys), 800 steps, then the sweeps and a short RETRO-fit.',
    params: {},
  },
  'paper-like': {
    reason: 'The paper\'s layout scaled down: 12 layers with CCA at 6, 9, 12, a 2-layer encoder, chunks of 32 in a 256-token context, 1M-token corpus keyed every 4 tokens (a stride of 1 would need 256 MB of keys, over WebGPU\'s usual 128 MB buffer binding): tens of minutes on a GPU.',
    params: {
      dbStride: 4, corpusTokens: 1_000_000, entities: 2_000, chunk: 32, seqLen: 256, dModel: 128, nLayers: 12, nHeads: 4, encWidth: 128, encLayers: 2,
      firstRetroLayer: 6, retroEvery: 3, steps: 3_000, batchSize: 16, lr: 1e-3, warmup: 150, evalEvery: 150, evalWindows: 128, retrofitSteps: 600,
    },
  },
  bench: {
    reason: 'The benchmark: the tiny run plus search speed over random databases of 10k and 100k chunks.',
    params: { ...TINY, searchBench: true },
  },
  claims: {
    reason: 'What `npm run claims` trains once for all four claims (2 CPU cores, WASM): the default decoder, a narrower encoder, 250 joint steps of 8 sequences, a 50-step RETRO-fit, 48 evaluation windows.',
    params: { encWidth: 32, steps: 250, batchSize: 8, lr: 4e-3, warmup: 20, evalEvery: 125, evalWindows: 48, kSweepMax: 1, retrofitSteps: 50 },
    seed: 1,
  },
};
