/**
 * The ten papers of the notebook. Home-page facts live here so the home page
 * loads no model code; a paper that is built adds `load`, one line, pointing
 * at its folder's index.ts.
 */
import { erasePaper, type Citation, type PaperDef } from '../core/paper';

export interface CatalogEntry {
  slug: string;
  /** Short panel title. */
  name: string;
  citation: Citation;
  /** One line, our words: what the panel lets a reader check. */
  claim: string;
  load?: () => Promise<PaperDef>;
}

export const CATALOG: readonly CatalogEntry[] = [
  {
    slug: 'chinchilla',
    name: 'Compute-optimal language models',
    citation: { authors: 'Hoffmann et al.', year: 2022, title: 'Training Compute-Optimal Large Language Models', arxiv: '2203.15556' },
    claim: 'For a fixed compute budget, parameters and training tokens should grow in equal proportion.',
    load: () => import('./chinchilla/index').then((m) => erasePaper(m.default)),
  },
  {
    slug: 'routed-scaling',
    name: 'Scaling laws for routed LMs',
    citation: { authors: 'Clark et al.', year: 2022, title: 'Unified Scaling Laws for Routed Language Models', arxiv: '2202.01169' },
    claim: 'Adding experts helps like adding parameters, with diminishing returns that one law in (N, E) captures.',
    load: () => import('./routed-scaling/index').then((m) => erasePaper(m.default)),
  },
  {
    slug: 'retro',
    name: 'RETRO: retrieval-enhanced transformers',
    citation: { authors: 'Borgeaud et al.', year: 2021, title: 'Improving language models by retrieving from trillions of tokens', arxiv: '2112.04426' },
    claim: 'Cross-attending to retrieved neighbours lowers loss, and more so as the database grows.',
    load: () => import('./retro/index').then((m) => erasePaper(m.default)),
  },
  {
    slug: 'gopher',
    name: 'Gopher: what scale buys',
    citation: { authors: 'Rae et al.', year: 2021, title: 'Scaling Language Models: Methods, Analysis & Insights from Training Gopher', arxiv: '2112.11446' },
    claim: 'Scale helps knowledge-heavy tasks most and logical or mathematical reasoning least.',
    load: () => import('./gopher/index').then((m) => erasePaper(m.default)),
  },
  {
    slug: 'algebranets',
    name: 'AlgebraNets',
    citation: { authors: 'Hoffmann et al.', year: 2020, title: 'AlgebraNets', arxiv: '2006.07360' },
    claim: 'Replacing real numbers with small algebras (C, H, matrices) can match accuracy with fewer parameters.',
    load: () => import('./algebranets/index').then((m) => erasePaper(m.default)),
  },
  {
    slug: 'rims',
    name: 'Recurrent Independent Mechanisms',
    citation: { authors: 'Goyal et al.', year: 2019, title: 'Recurrent Independent Mechanisms', arxiv: '1909.10893' },
    claim: 'Sparsely activated recurrent modules generalise to longer sequences than one big LSTM.',
    load: () => import('./rims/index').then((m) => erasePaper(m.default)),
  },
  {
    slug: 'crystal-density',
    name: '3-D crystal densities',
    citation: { authors: 'Hoffmann et al.', year: 2019, title: 'Data-driven approach to encoding and decoding 3-D crystal structures', arxiv: '1909.00949' },
    claim: 'An encoder-decoder on electron-density grids gives a latent space that interpolates between crystals.',
    load: () => import('./crystal-density/index').then((m) => erasePaper(m.default)),
  },
  {
    slug: 'infograph',
    name: 'InfoGraph',
    citation: { authors: 'Sun et al.', year: 2020, title: 'InfoGraph: Unsupervised and Semi-supervised Graph-Level Representation Learning via Mutual Information Maximization', arxiv: '1908.01000' },
    claim: 'Maximising mutual information between node and graph summaries yields graph embeddings a linear probe can classify.',
    load: () => import('./infograph/index').then((m) => erasePaper(m.default)),
  },
  {
    slug: 'vgraph',
    name: 'vGraph',
    citation: { authors: 'Sun et al.', year: 2019, title: 'vGraph: A Generative Model for Joint Community Detection and Node Representation Learning', arxiv: '1906.07159' },
    claim: 'One generative model finds overlapping communities and node embeddings together.',
    load: () => import('./vgraph/index').then((m) => erasePaper(m.default)),
  },
  {
    slug: 'teacher-mompo',
    name: 'Teacher policies as objectives',
    citation: { authors: 'Mishra et al.', year: 2023, title: 'Policy composition in reinforcement learning via multi-objective policy optimization', arxiv: '2308.15470' },
    claim: 'Treating teacher policies as extra objectives speeds up learning, and epsilon sets how closely to follow them.',
    load: () => import('./teacher-mompo/index').then((m) => erasePaper(m.default)),
  },
];

export function findPaper(slug: string): CatalogEntry | undefined {
  return CATALOG.find((p) => p.slug === slug);
}
