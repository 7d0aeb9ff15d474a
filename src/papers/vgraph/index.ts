/** Registers the vGraph panel (Sun et al. 2019). React-free: the panel is a lazy import. */
import { definePaper } from '../../core/paper';
import { vgraphClaims } from './claims';
import { vgraphExperiment } from './experiment';

export default definePaper({
  slug: 'vgraph',
  title: 'vGraph: communities and embeddings from one model',
  citation: { authors: 'Sun, Qu, Hoffmann, Huang, Tang', year: 2019, title: 'vGraph: A Generative Model for Joint Community Detection and Node Representation Learning', arxiv: '1906.07159' },
  summary: 'One generative model finds overlapping communities and node embeddings together.',
  ...vgraphExperiment,
  claims: vgraphClaims,
  // ~9k edges (18k directed) per epoch; the edgesPerSec metric is the throughput.
  bench: { preset: 'bench', steps: 20 },
  panel: () => import('./Panel'),
});
