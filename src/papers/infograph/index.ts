/** Registers the InfoGraph panel (Sun et al. 2020). React-free: the panel is a lazy import. */
import { definePaper } from '../../core/paper';
import { infographClaims } from './claims';
import { infographExperiment } from './experiment';

export default definePaper({
  slug: 'infograph',
  title: 'InfoGraph: graph embeddings by mutual information',
  citation: { authors: 'Sun, Hoffmann, Verma, Tang', year: 2020, title: 'InfoGraph: Unsupervised and Semi-supervised Graph-Level Representation Learning via Mutual Information Maximization', arxiv: '1908.01000' },
  summary: 'Maximising mutual information between node and graph summaries yields graph embeddings a linear probe can classify.',
  ...infographExperiment,
  claims: infographClaims,
  // bench: social-like graphs of 16 nodes (graphsPerSec); nodes=64 in the link for the larger size.
  bench: { preset: 'bench', steps: 8 },
  panel: () => import('./Panel'),
});
