/**
 * Named starting points for the crystal-density panel (Hoffmann et al. 2019,
 * arXiv 1909.00949). The paper trains on ~120k rotated cells of 30³ voxels
 * with a latent of 300; the browser trains on hundreds of generated cells.
 */
import type { Presets } from '../../core/params/presets';
import type { CrystalParams } from './params';

export const crystalPresets: Presets<CrystalParams> = {
  tiny: {
    reason: 'Pipeline check for CI and e2e (seconds on software WebGPU): 16 cells of 16³, 4 VAE and 4 U-Net steps of 4 cells, narrow nets.',
    params: { samples: 16, testSamples: 8, latent: 4, vaeWidth: 4, segWidth: 4, vaeSteps: 4, segSteps: 4, batch: 4, lr: 1e-2, segLr: 1e-2, evalEvery: 4, frames: 5, priorSamples: 2 },
  },
  default: {
    reason: 'A first look in about a minute on a laptop GPU: 480 rotated cells of 16³, VAE with a 64-D latent, a one-level U-Net.',
    params: {},
  },
  'paper-like': {
    reason: 'Closer to the official code: 24³ grid over a 10 Å box, latent 300 (as in the code), 2000 cells, longer training (several minutes on a GPU).',
    params: { samples: 2000, testSamples: 200, grid: '24', box: 10, latent: 300, vaeWidth: 16, segWidth: 12, vaeSteps: 2000, segSteps: 1500, evalEvery: 250 },
  },
  claims: {
    reason: 'What `npm run claims` trains, once, for all four claims, on 2 CPU cores (WASM) within 20 minutes: the default data and networks, KL weight β 0.1, batch 4, 4000 VAE steps (learning rate 3e-3) and 1000 U-Net steps (1e-2), both with cosine decay, one evaluation at the end of each; 32 prior samples decoded and judged at the end. β and the VAE steps come from a measured curve: at the default β 0.01 prior samples do not decode crystal-like (3 of 32 at 1500 steps, 2 at 3000); at β 1 the VAE collapses to the mean density.',
    params: { batch: 4, vaeSteps: 4000, lr: 3e-3, segSteps: 1000, segLr: 1e-2, evalEvery: 5000, priorSamples: 32, beta: 0.1 },
    seed: 1,
  },
  bench: {
    reason: 'For `npm run bench`: conv3d training steps per second of the default networks on 16³ grids.',
    params: { samples: 64, testSamples: 16, vaeSteps: 10, segSteps: 10, evalEvery: 1000, frames: 2, priorSamples: 0 },
  },
};
