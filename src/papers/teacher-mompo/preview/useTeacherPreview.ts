/**
 * The preview (scene and teachers' episodes) for the current params, from a
 * worker the panel owns while it is open; recomputed only when a field the
 * preview reads changes (previewKey). Null until the first answer.
 */
import { useWorkerResult } from '../../../ui/useWorkerResult';
import type { TeacherParams } from '../params';
import { previewKey, type TeacherPreview } from './teacherPreview';

export interface PreviewState {
  preview: TeacherPreview | null;
  error: string | null;
}

const makePreviewWorker = () => new Worker(new URL('./previewWorker.ts', import.meta.url), { type: 'module', name: 'teacher-preview' });

export function useTeacherPreview(params: TeacherParams): PreviewState {
  const { value, error } = useWorkerResult<TeacherParams, TeacherPreview>(makePreviewWorker, params, previewKey(params));
  return { preview: value, error };
}
