/**
 * The preview worker: loads MuJoCo off the page's thread and answers with the
 * domain's scene and the teachers' own episodes (teacherPreview.ts), so the
 * panel shows the arena or the humanoid before any run.
 */
import * as Comlink from 'comlink';
import type { TeacherParams } from '../params';
import { teacherPreview, type TeacherPreview } from './teacherPreview';

export interface PreviewWorkerApi {
  preview(params: TeacherParams): Promise<TeacherPreview>;
}

const api: PreviewWorkerApi = { preview: teacherPreview };
Comlink.expose(api);
