/** Registers the RETRO panel (Borgeaud et al. 2021). React-free: the panel is a lazy import. */
import { definePaper } from '../../core/paper';
import { retroClaims } from './claims';
import { retroExperiment } from './experiment';

export default definePaper({
  slug: 'retro',
  title: 'RETRO: retrieval-enhanced transformers',
  citation: { authors: 'Borgeaud et al.', year: 2021, title: 'Improving language models by retrieving from trillions of tokens', arxiv: '2112.04426' },
  summary: 'Cross-attending to retrieved neighbours lowers loss, and more so as the database grows.',
  ...retroExperiment,
  claims: retroClaims,
  // 12 joint steps: tokens/s of the baseline and of RETRO, search queries/s at 10k and 100k chunks (first row) and on the run's database.
  bench: { preset: 'bench', steps: 12 },
  panel: () => import('./Panel'),
});
