/**
 * Named starting points for vGraph (Sun et al. 2019, arXiv 1906.07159). The
 * paper trains 128-dimensional embeddings for 1001 (non-overlapping) or 5001
 * (overlapping) full-batch epochs; graphs here are the karate club and
 * planted partitions of a few hundred nodes.
 */
import type { Presets } from '../../core/params/presets';
import type { VGraphParams } from './params';

export const vgraphPresets: Presets<VGraphParams> = {
  tiny: {
    reason: 'Pipeline check for CI and e2e (about a minute on software WebGPU): the karate club, K = 2, D = 16, 40 epochs.',
    params: { graph: 'karate', k: 2, dim: 16, epochs: 40, lr: 0.1, lambda: 0.001, evalEvery: 10 },
  },
  default: {
    reason: 'The karate club with the official code\'s settings (K = 2, D = 128, Adam 0.1, 1001 epochs) but λ = 0.001, as the code\'s 0.1 flattens this graph; under a minute on a laptop GPU.',
    params: {},
  },
  planted: {
    reason: 'Four planted blocks of 25 nodes with p_in / p_out = 10 (0.3 vs 0.03): a clear signal vGraph should recover.',
    params: { graph: 'planted', k: 4, blocks: 4, blockSize: 25, pIn: 0.3, pOut: 0.03, dim: 64, epochs: 501 },
  },
  overlapping: {
    reason:
      'Four planted blocks of 25 with 5 nodes each also in the next block, p_in / p_out = 60, trained as the code\'s overlapping script does ' +
      '(λ = 0, τ annealed every 10 epochs down to 0.1, the learning rate ×0.95 every 100 epochs) for 1001 of its 5001 epochs. ' +
      'At p_out 0.01 the ~36 edges between blocks each give the paper\'s read-out a false membership, more than the 20 true second ones, ' +
      'so even an edge-perfect read-out scores below the best partition there.',
    params: { graph: 'overlapping', k: 4, blocks: 4, blockSize: 25, pIn: 0.3, pOut: 0.005, overlap: 5, dim: 64, epochs: 1001, lambda: 0, lrDecay: 0.95, annealEvery: 10, tauMin: 0.1, evalEvery: 100 },
  },
  'paper-like': {
    reason: 'Sec. 5.4 on the karate club: Adam 0.05 decayed ×0.99 every 100 steps, 5000 steps, D = 128, the paper\'s Jaccard-weighted regulariser with λ = 100.',
    params: { graph: 'karate', k: 2, dim: 128, epochs: 5000, lr: 0.05, lrDecay: 0.99, lambda: 100, reg: 'paper', evalEvery: 50 },
  },
  claims: {
    reason: 'What `npm run claims` trains on the karate club (also with λ = 0 for the smoothness claim): the default settings, evaluated every 100 epochs.',
    params: { graph: 'karate', k: 2, dim: 128, epochs: 1001, lr: 0.1, lambda: 0.001, evalEvery: 100 },
    seed: 1,
  },
  bench: {
    reason: 'Throughput: a planted graph of 10 blocks x 100 nodes (about 9k edges, 18k directed) for edges/s per backend.',
    params: { graph: 'planted', k: 10, blocks: 10, blockSize: 100, pIn: 0.15, pOut: 0.003, dim: 128, epochs: 30, evalEvery: 1000 },
  },
};
