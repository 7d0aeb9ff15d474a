/**
 * The preview (scene and teachers' episodes) for the current params, from a
 * worker the panel owns while it is open; recomputed only when a field the
 * preview reads changes (previewKey). Null until the first answer.
 */
import * as Comlink from 'comlink';
import { useEffect, useRef, useState } from 'react';
import type { TeacherParams } from '../params';
import type { PreviewWorkerApi } from './previewWorker';
import { previewKey, type TeacherPreview } from './teacherPreview';

export interface PreviewState {
  preview: TeacherPreview | null;
  /** previewKey of the params the preview was computed for. */
  key: string | null;
  error: string | null;
}

export function useTeacherPreview(params: TeacherParams): PreviewState {
  const worker = useRef<{ w: Worker; api: Comlink.Remote<PreviewWorkerApi> } | null>(null);
  const [state, setState] = useState<PreviewState>({ preview: null, key: null, error: null });
  const key = previewKey(params);

  useEffect(() => () => {
    worker.current?.w.terminate();
    worker.current = null;
  }, []);

  useEffect(() => {
    let alive = true;
    if (!worker.current) {
      const w = new Worker(new URL('./previewWorker.ts', import.meta.url), { type: 'module', name: 'teacher-preview' });
      worker.current = { w, api: Comlink.wrap<PreviewWorkerApi>(w) };
    }
    worker.current.api.preview(params).then(
      (preview) => alive && setState({ preview, key, error: null }),
      (e: unknown) => alive && setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) })),
    );
    return () => {
      alive = false;
    };
  // The key stands for the params the preview reads.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return state;
}
