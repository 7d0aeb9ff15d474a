/**
 * Hyperparameters of the InfoGraph run (Sun et al. 2020, arXiv 1908.01000,
 * Section 4.1 and the official code): the dataset, the GIN encoder (K layers
 * of width H), Adam, the optional prior term, and the evaluation (k-fold
 * linear probe, supervised GIN baseline).
 */
import { bool, choice, defineSchema, int, num, type ParamsOf } from '../../core/params/schema';

export const infographSchema = defineSchema({
  dataset: choice({ primary: true,
    key: 'data', label: 'Dataset', default: 'nitroarenes',
    help: 'Procedural stand-ins for the TU benchmarks, or TU-format files from your disk.',
    options: [
      { value: 'nitroarenes', label: 'MUTAG-like nitroarenes (ring count, nitro orientation)' },
      { value: 'mutag', label: 'MUTAG-like, easy rule (nitro on a ring or a chain)' },
      { value: 'motif', label: 'Motif graphs (house vs 5-cycle)' },
      { value: 'social', label: 'Social-like (ER vs BA vs block model)' },
      { value: 'upload', label: 'Your TU files' },
    ],
  }),
  graphs: int({ primary: true, key: 'graphs', label: 'Graphs', default: 188, min: 12, max: 1000, log: true, help: 'MUTAG has 188.' }),
  nodes: int({ group: 'data', key: 'nodes', label: 'Nodes per graph', default: 20, min: 8, max: 64, unit: 'nodes', help: 'Motif and social sets; molecules set their own size (about 18 atoms, as in MUTAG).' }),
  labelNoise: num({ primary: true, key: 'noise', label: 'Label noise', default: 0, min: 0, max: 0.5, step: 0.01, help: 'Fraction of graph labels flipped after generation.' }),
  layers: int({ primary: true, key: 'K', label: 'GIN layers K', default: 3, min: 1, max: 8, help: 'The paper: 5 by default; 3 in its README example.' }),
  hidden: int({ group: 'model', key: 'H', label: 'Hidden width H', default: 32, min: 4, max: 128, log: true, help: 'Embeddings have K·H dimensions (the paper: 32).' }),
  epochs: int({ primary: true, key: 'epochs', label: 'Epochs', default: 20, min: 1, max: 200, log: true, help: 'The paper trains 20.' }),
  batchSize: int({ group: 'training', key: 'batch', label: 'Batch size', default: 128, min: 2, max: 256, log: true, unit: 'graphs', help: 'The paper: 128. Every node is contrasted with every other graph in its batch.' }),
  lr: num({ group: 'training', key: 'lr', label: 'Learning rate', default: 1e-3, min: 1e-4, max: 1e-1, log: true, live: true, help: 'Adam; the paper picks from 1e-2, 1e-3, 1e-4.' }),
  prior: bool({ group: 'training', key: 'prior', label: 'Prior term', default: false, help: 'The DIM prior-matching term on graph embeddings (off in the paper\'s runs).' }),
  gamma: num({ group: 'training', key: 'gamma', label: 'Prior weight γ', default: 0.1, min: 0, max: 1, step: 0.01, live: true }),
  folds: int({ group: 'evaluation', key: 'folds', label: 'Cross-validation folds', default: 10, min: 2, max: 10, help: 'Outer stratified folds of the linear probe and the supervised baseline.' }),
  supEpochs: int({ group: 'evaluation', key: 'sup', label: 'Supervised GIN epochs', default: 20, min: 0, max: 200, help: 'Per fold; 0 skips the supervised baseline.' }),
  mapEvery: int({ group: 'view', key: 'map', label: 'Map every', default: 2, min: 1, max: 50, unit: 'epochs', live: true, help: 'How often the 2-D map and the probe accuracy are refreshed.' }),
  showGraph: int({ group: 'view', key: 'show', label: 'Graph drawn', default: 0, min: 0, max: 999, live: true, help: 'Index of the graph drawn with its local-global scores.' }),
});

export type InfographParams = ParamsOf<typeof infographSchema>;
