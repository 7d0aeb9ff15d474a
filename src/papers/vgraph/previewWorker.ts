/** The preview worker: lays out the graph the params describe (graphPreview.ts) off the page's thread. */
import * as Comlink from 'comlink';
import { graphPreview, type GraphPreview } from './graphPreview';
import type { UploadedGraph } from './data';
import type { VGraphParams } from './params';

export interface GraphWorkerApi {
  preview(params: VGraphParams, seed: number, upload?: UploadedGraph): GraphPreview;
}

const api: GraphWorkerApi = { preview: graphPreview };
Comlink.expose(api);
