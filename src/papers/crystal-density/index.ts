/** Registers the crystal-density panel (Hoffmann et al. 2019). React-free: the panel is a lazy import. */
import { definePaper } from '../../core/paper';
import { crystalClaims } from './claims';
import { crystalExperiment } from './experiment';

export default definePaper({
  slug: 'crystal-density',
  title: '3-D crystal densities: encode, decode, segment',
  citation: { authors: 'Hoffmann, Maestrati, Sawada, Tang, Sellier, Bengio', year: 2019, title: 'Data-driven approach to encoding and decoding 3-D crystal structures', arxiv: '1909.00949' },
  summary: 'A 3-D convolutional VAE on crystal density grids gives a latent space that interpolates between crystals; a U-Net turns densities back into atoms.',
  ...crystalExperiment,
  kernels: ['Conv3D', 'Conv3DBackpropFilterV2', 'Reverse', 'Transpose', 'ResizeNearestNeighbor', 'Mean', 'Softplus', 'Relu', 'Tanh', 'ArgMax'],
  claims: crystalClaims,
  // bench: conv3d training steps per second (stepsPerSec) of the default networks on 16³ grids.
  bench: { preset: 'bench', steps: 20 },
  panel: () => import('./Panel'),
});
