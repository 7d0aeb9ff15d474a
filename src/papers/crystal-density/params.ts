/**
 * Hyperparameters of the crystal-density run (Hoffmann et al. 2019, arXiv
 * 1909.00949, and its official code): the generated data (grid, box, strain,
 * rotations, representation), the VAE (latent size, width, β), the U-Net,
 * training, peak finding, and the latent-space views.
 */
import { bool, choice, defineSchema, int, num, type ParamsOf } from '../../core/params/schema';

const PROTO_OPTIONS = [
  { value: 'rock-salt', label: 'rock-salt' }, { value: 'CsCl', label: 'CsCl' }, { value: 'perovskite', label: 'perovskite' },
  { value: 'zinc blende', label: 'zinc blende' }, { value: 'diamond', label: 'diamond' }, { value: 'fluorite', label: 'fluorite' },
  { value: 'fcc', label: 'fcc' }, { value: 'bcc', label: 'bcc' }, { value: 'hcp', label: 'hcp' },
  { value: 'wurtzite', label: 'wurtzite' }, { value: 'rutile', label: 'rutile' },
] as const;

export const crystalSchema = defineSchema({
  samples: int({ group: 'data', key: 'n', label: 'Training crystals', default: 480, min: 16, max: 4000, log: true, help: 'Generated unit cells; prototypes are drawn uniformly.' }),
  testSamples: int({ group: 'data', key: 'ntest', label: 'Held-out crystals', default: 120, min: 8, max: 1000, log: true }),
  grid: choice({ group: 'data', key: 'grid', label: 'Grid', default: '16', options: [{ value: '16', label: '16³' }, { value: '24', label: '24³' }, { value: '32', label: '32³' }], help: 'Voxels per side (the official code: 30³ over 10 Å).' }),
  box: num({ group: 'data', key: 'box', label: 'Box side', default: 8, min: 6, max: 14, step: 0.5, unit: 'Å', help: 'The cubic box the cell sits in; voxel spacing is box / grid.' }),
  strain: num({ group: 'data', key: 'strain', label: 'Lattice strain', default: 0.03, min: 0, max: 0.1, step: 0.005, help: 'Largest component of the random symmetric strain (±).' }),
  rotate: bool({ primary: true, key: 'rot', label: 'Random rotations', default: true, help: 'Each cell is turned by a uniform random rotation (the paper\'s augmentation).' }),
  representation: choice({ primary: true, key: 'rep', label: 'Representation', default: 'cell', options: [{ value: 'cell', label: 'single unit cell' }, { value: 'lattice', label: 'repeating lattice filling the box' }] }),
  labelRadius: num({ group: 'data', key: 'rlab', label: 'Label radius', default: 0.7, min: 0.3, max: 1.2, step: 0.05, unit: 'Å', help: 'Voxels this close to an atom carry its element (the official code: 0.65 Å).' }),
  latent: int({ primary: true, key: 'z', label: 'Latent size', default: 64, min: 2, max: 300, log: true, help: 'Dimensions of z (the official code: 300). At the claims budget 64 reconstructs better than 16 or 32 (held-out error ratio 0.546 vs 0.560 and 0.62 after 900 steps) at the same cost per step.' }),
  vaeWidth: int({ group: 'model', key: 'vw', label: 'VAE width', default: 8, min: 2, max: 32, log: true, help: 'Channels of the first 3-D convolution; the second has twice as many.' }),
  beta: num({ live: true, group: 'model', key: 'beta', label: 'KL weight β', default: 0.01, min: 1e-5, max: 1, log: true, help: 'Weight of the KL term against the summed squared error (the official code: 5 on a mean error).' }),
  vaeSteps: int({ group: 'training', key: 'vs', label: 'VAE steps', default: 400, min: 1, max: 20000, log: true }),
  segWidth: int({ group: 'model', key: 'sw', label: 'U-Net width', default: 8, min: 2, max: 32, log: true }),
  segSteps: int({ group: 'training', key: 'ss', label: 'U-Net steps', default: 300, min: 1, max: 20000, log: true }),
  fgWeight: num({ live: true, group: 'training', key: 'fg', label: 'Atom-voxel weight', default: 25, min: 1, max: 50, log: true, help: 'Cross-entropy weight of atom voxels relative to background voxels.' }),
  batch: int({ group: 'training', key: 'batch', label: 'Batch size', default: 16, min: 1, max: 64, log: true, unit: 'crystals' }),
  lr: num({ live: true, group: 'training', key: 'lr', label: 'VAE learning rate', default: 2e-3, min: 1e-5, max: 0.1, log: true, help: 'Adam.' }),
  segLr: num({ live: true, group: 'training', key: 'slr', label: 'U-Net learning rate', default: 1e-2, min: 1e-5, max: 0.1, log: true, help: 'Adam.' }),
  decay: bool({ live: true, group: 'training', key: 'cos', label: 'Cosine learning-rate decay', default: true, help: 'Each network\'s learning rate falls from its value to 0 over its steps (half a cosine).' }),
  evalEvery: int({ live: true, group: 'evaluation', key: 'ev', label: 'Evaluate every', default: 100, min: 1, max: 5000, log: true, unit: 'steps' }),
  minPeak: num({ live: true, group: 'evaluation', key: 'peak', label: 'Peak threshold', default: 0.03, min: 0.001, max: 1, log: true, help: 'Smallest density a peak may have to become an atom.' }),
  knn: int({ live: true, group: 'evaluation', key: 'k', label: 'k of the k-NN probe', default: 5, min: 1, max: 25 }),
  from: choice({ live: true, group: 'view', key: 'from', label: 'Interpolate from', default: 'rock-salt', options: PROTO_OPTIONS, help: 'The first held-out crystal of this prototype.' }),
  to: choice({ live: true, group: 'view', key: 'to', label: 'Interpolate to', default: 'perovskite', options: PROTO_OPTIONS }),
  frames: int({ live: true, group: 'view', key: 'frames', label: 'Interpolation frames', default: 9, min: 2, max: 21 }),
  priorSamples: int({ live: true, group: 'view', key: 'prior', label: 'Prior samples', default: 4, min: 0, max: 32, help: 'Codes drawn from N(0, I), decoded and segmented at the end of a run; the claims run judges 32 of them.' }),
  show: int({ live: true, primary: true, key: 'show', label: 'Crystal shown', default: 0, min: 0, max: 999, help: 'Index of the held-out crystal in the 3-D views.' }),
});

export type CrystalParams = ParamsOf<typeof crystalSchema>;
