/** Registers the Chinchilla panel (Hoffmann et al. 2022). React-free: the panel is a lazy import. */
import { definePaper } from '../../core/paper';
import { chinchillaClaims } from './claims';
import { chinchillaExperiment } from './experiment';

export default definePaper({
  slug: 'chinchilla',
  title: 'Training compute-optimal language models',
  citation: { authors: 'Hoffmann et al.', year: 2022, title: 'Training Compute-Optimal Large Language Models', arxiv: '2203.15556' },
  summary: 'For a fixed compute budget, parameters and training tokens should grow in equal proportion.',
  ...chinchillaExperiment,
  claims: chinchillaClaims,
  bench: { preset: 'default', steps: 60 },
  panel: () => import('./Panel'),
});
