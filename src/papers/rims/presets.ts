/**
 * Named starting points for the RIMs panel (Goyal et al. 2019, arXiv
 * 1909.10893). The paper's copying run is 6 modules of 100 units (k_A = 4),
 * trained at gap T = 50 and tested at T = 200; its sequential MNIST run
 * trains at 14×14 and tests at 16, 19 and 24. Browser presets shrink the
 * modules and the gap, keeping the 4× test/train length ratio.
 */
import type { Presets } from '../../core/params/presets';
import type { RimsParams } from './params';

const SMALL = { modules: 6, active: 4, hidden: 16, rnn: 'lstm', inputKey: 16, inputValue: 32, commHeads: 2, commKey: 8, commValue: 8, dropout: 0 } as const;

export const rimsPresets: Presets<RimsParams> = {
  tiny: {
    reason: 'Pipeline check for CI and e2e: the shortest copying (gap 1, tested at 4), 4 modules of 8 units with 2 active, 2 steps of 8 sequences, one evaluation.',
    params: {
      ...SMALL, task: 'copying', modules: 4, active: 2, hidden: 8, inputKey: 8, inputValue: 8, commHeads: 1, commKey: 4, commValue: 4,
      gap: 1, testGap: 4, steps: 2, batchSize: 8, evalEvery: 2, evalBatch: 8, lr: 1e-2,
    },
  },
  default: {
    reason: 'A first look in about a minute on a laptop GPU: copying with gap 10, tested at 40, 6 modules of 16 units (k_A = 4) against an LSTM of equal size.',
    params: { ...SMALL, task: 'copying', gap: 10, testGap: 40, steps: 200, batchSize: 64, lr: 1e-2, evalEvery: 25, evalBatch: 128 },
  },
  digits: {
    reason: 'Sequential digits read pixel by pixel at 10×10 and tested at 11, 14 and 17 pixels (the paper\'s 14 → 16, 19, 24 ratios): several minutes on a GPU.',
    params: { ...SMALL, task: 'digits', resolution: 10, digitPool: 2000, steps: 300, batchSize: 64, lr: 5e-3, evalEvery: 50, evalBatch: 200 },
  },
  adding: {
    reason: 'The adding problem at length 20, tested at 80: regression on two marked numbers.',
    params: { ...SMALL, task: 'adding', addLength: 20, testAddLength: 80, steps: 300, batchSize: 64, lr: 5e-3, evalEvery: 25, evalBatch: 128 },
  },
  'paper-like': {
    reason: 'The official copying run: 6 modules of 100 units, k_A = 4, official attention sizes, dropout 0.5, gap 50 tested at 200, Adam 1e-3: hours in a browser.',
    params: {
      task: 'copying', modules: 6, active: 4, hidden: 100, rnn: 'lstm', inputKey: 64, inputValue: 400, commHeads: 4, commKey: 16, commValue: 16, dropout: 0.5,
      gap: 50, testGap: 200, steps: 5000, batchSize: 64, lr: 1e-3, evalEvery: 100, evalBatch: 128,
    },
  },
  claims: {
    reason: 'What `npm run claims` trains for the copying claims: the default models, gap 10 tested at 40, 300 steps on 2 CPU cores (WASM).',
    params: { ...SMALL, task: 'copying', gap: 10, testGap: 40, steps: 300, batchSize: 64, lr: 1e-2, evalEvery: 300, evalBatch: 256 },
    seed: 1,
  },
  'claims-digits': {
    reason:
      'What `npm run claims` trains for the digits claim: 7×7 digits (49 steps) tested at 8, 10 and 12 pixels, 600 steps on 2 CPU cores (WASM), ' +
      'long enough that the LSTM is well above chance at 7×7 (75% at 600 steps; 37% at 150, where it was before issue 26).',
    params: { ...SMALL, task: 'digits', resolution: 7, digitPool: 2000, steps: 600, batchSize: 64, lr: 1e-2, evalEvery: 600, evalBatch: 300 },
    seed: 1,
  },
};
