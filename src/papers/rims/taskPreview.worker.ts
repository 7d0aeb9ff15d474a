/** Draws the heat map's test sequence (taskPreview.ts) off the main thread: a digits test pool takes up to a second. */
import { serveCompute } from '../../core/workerCompute';
import type { RimsParams } from './params';
import { taskPreview } from './taskPreview';

export interface TaskPreviewInput {
  params: RimsParams;
  seed: number;
}

serveCompute((i: TaskPreviewInput) => taskPreview(i.params, i.seed));
