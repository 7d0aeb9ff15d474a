/** Registers the Gopher panel (Rae et al. 2021). React-free: the panel is a lazy import. */
import { definePaper } from '../../core/paper';
import { gopherClaims } from './claims';
import { gopherExperiment } from './experiment';

export default definePaper({
  slug: 'gopher',
  title: 'Gopher: what scale buys',
  citation: { authors: 'Rae et al.', year: 2021, title: 'Scaling Language Models: Methods, Analysis & Insights from Training Gopher', arxiv: '2112.11446' },
  summary: 'Scale helps knowledge-heavy tasks most and logical or mathematical reasoning least.',
  ...gopherExperiment,
  claims: gopherClaims,
  // tiny trains 10 steps per model, so 35 steps include three evaluations (probes/s).
  bench: { preset: 'tiny', steps: 35 },
  panel: () => import('./Panel'),
});
