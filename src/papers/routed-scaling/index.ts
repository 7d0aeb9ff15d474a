/** Registers the routed-scaling panel (Clark et al. 2022). React-free: the panel is a lazy import. */
import { definePaper } from '../../core/paper';
import { routedClaims } from './claims';
import { routedExperiment } from './experiment';

export default definePaper({
  slug: 'routed-scaling',
  title: 'Scaling laws for routed language models',
  citation: { authors: 'Clark et al.', year: 2022, title: 'Unified Scaling Laws for Routed Language Models', arxiv: '2202.01169' },
  summary: 'Adding experts helps like adding parameters, with diminishing returns that one law in (N, E) captures.',
  ...routedExperiment,
  claims: routedClaims,
  // tiny: per size a dense then a routed run of 4 steps, each with its evaluation row (20 rows); routingOverhead appears on the routed rows.
  bench: { preset: 'tiny', steps: 20 },
  panel: () => import('./Panel'),
});
