/**
 * Named starting points for InfoGraph (Sun et al. 2020, arXiv 1908.01000).
 * The paper trains a 5-layer GIN of width 32 for 20 epochs with batch 128
 * and scores frozen embeddings with an SVM under 10-fold cross-validation.
 */
import type { Presets } from '../../core/params/presets';
import type { InfographParams } from './params';

export const infographPresets: Presets<InfographParams> = {
  tiny: {
    reason: 'Pipeline check for CI and e2e (about a minute on software WebGPU): 36 molecules of the easy MUTAG-like rule, 2 GIN layers of 8, 2 epochs, 3 folds, 1 supervised epoch.',
    params: { dataset: 'mutag', graphs: 36, layers: 2, hidden: 8, epochs: 2, batchSize: 18, lr: 1e-2, folds: 3, supEpochs: 1, mapEvery: 1 },
  },
  default: {
    reason: 'A first look in about a minute on a laptop GPU: 188 MUTAG-like nitroarenes, 3 GIN layers of 32, 20 epochs, 10-fold probe and supervised GIN.',
    params: {},
  },
  'paper-like': {
    reason: "The paper's encoder (5 GIN layers of 32, batch 128, 20 epochs) on 500 nitroarenes with label noise 0.05: a few minutes on a GPU.",
    params: { dataset: 'nitroarenes', graphs: 500, labelNoise: 0.05, layers: 5, hidden: 32, epochs: 20, batchSize: 128, lr: 1e-3 },
  },
  claims: {
    reason: 'What `npm run claims` trains on the MUTAG-like nitroarenes: 188 molecules, 3 layers of 32, 20 epochs, 10-fold probe, on 2 CPU cores.',
    params: { dataset: 'nitroarenes', graphs: 188, layers: 3, hidden: 32, epochs: 20, batchSize: 128, lr: 1e-3, supEpochs: 0 },
    seed: 1,
  },
  'claims-motif': {
    reason: 'What `npm run claims` trains on motif graphs: 200 graphs of 20 nodes, InfoGraph and a 10-fold supervised GIN, on 2 CPU cores.',
    params: { dataset: 'motif', graphs: 200, nodes: 20, layers: 3, hidden: 32, epochs: 20, batchSize: 128, lr: 1e-3, supEpochs: 20 },
    seed: 1,
  },
  bench: {
    reason: 'For `npm run bench`: social-like graphs of 16 nodes, then change nodes to 64 in the link for the larger size.',
    params: { dataset: 'social', graphs: 64, nodes: 16, layers: 3, hidden: 32, epochs: 4, batchSize: 32, folds: 2, supEpochs: 0, mapEvery: 50 },
  },
};
