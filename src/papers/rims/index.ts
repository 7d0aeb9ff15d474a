/** Registers the RIMs panel (Goyal et al. 2019). React-free: the panel is a lazy import. */
import { definePaper } from '../../core/paper';
import { rimsClaims } from './claims';
import { rimsExperiment } from './experiment';

export default definePaper({
  slug: 'rims',
  title: 'Recurrent Independent Mechanisms',
  citation: { authors: 'Goyal et al.', year: 2019, title: 'Recurrent Independent Mechanisms', arxiv: '1909.10893' },
  summary: 'Sparsely activated recurrent modules generalise to longer sequences than one big LSTM.',
  ...rimsExperiment,
  claims: rimsClaims,
  // Steps/s counts training steps of both models; the means of `rimsSeqStepsPerSec` and
  // `lstmSeqStepsPerSec` compare RIMs and the LSTM in sequence steps per second.
  bench: { preset: 'default', steps: 20 },
  panel: () => import('./Panel'),
});
