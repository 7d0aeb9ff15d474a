/** Registers the AlgebraNets panel (Hoffmann et al. 2020). React-free: the panel is a lazy import. */
import { definePaper } from '../../core/paper';
import { algebraClaims } from './claims';
import { algebraExperiment } from './experiment';

export default definePaper({
  slug: 'algebranets',
  title: 'AlgebraNets',
  citation: { authors: 'Hoffmann, Schmitt, Osindero, Simonyan, Elsen', year: 2020, title: 'AlgebraNets', arxiv: '2006.07360' },
  summary: 'Replacing real numbers with small algebras (ℂ, ℍ, matrices) can match accuracy at equal parameters while doing more multiplies per parameter.',
  ...algebraExperiment,
  claims: algebraClaims,
  // Steps/s per algebra at matched parameters: metrics `stepsPerSec:<algebra>`.
  bench: { preset: 'default', steps: 10 },
  panel: () => import('./Panel'),
});
