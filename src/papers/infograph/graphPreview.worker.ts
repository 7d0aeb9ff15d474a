/** Makes the panel's graph preview (graphPreview.ts) off the main thread: a large set takes hundreds of ms. */
import { serveCompute } from '../../core/workerCompute';
import type { TuDataset } from '../../core/graph/tuFormat';
import { graphPreview } from './graphPreview';
import type { InfographParams } from './params';

export interface GraphPreviewInput {
  params: InfographParams;
  seed: number;
  upload: TuDataset | null;
}

serveCompute((i: GraphPreviewInput) => graphPreview(i.params, i.seed, i.upload));
