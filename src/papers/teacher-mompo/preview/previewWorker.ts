/**
 * The preview worker: loads MuJoCo off the page's thread and answers with the
 * domain's scene and the teachers' own episodes (teacherPreview.ts), so the
 * panel shows the arena or the humanoid before any run.
 */
import { serveCompute } from '../../../core/workerCompute';
import type { TeacherParams } from '../params';
import { teacherPreview } from './teacherPreview';

serveCompute((params: TeacherParams) => teacherPreview(params));
