/** The preview worker: lays out the graph the params describe (graphPreview.ts) off the page's thread. */
import { serveCompute } from '../../core/workerCompute';
import type { UploadedGraph } from './data';
import { graphPreview } from './graphPreview';
import type { VGraphParams } from './params';

export interface GraphPreviewInput {
  params: VGraphParams;
  seed: number;
  upload: UploadedGraph | null;
}

serveCompute((i: GraphPreviewInput) => graphPreview(i.params, i.seed, i.upload ?? undefined));
