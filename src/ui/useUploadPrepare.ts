/**
 * The reader's uploaded data (vGraph's edge list, InfoGraph's TU files) rides
 * beside the link's params into every run, restarts and re-runs too, while
 * `selects(params)` says the settings ask for it; the experiment reads it as
 * `params.upload`. The result is useExperimentRun's `prepare`. `selects` is
 * compared by identity: pass a function declared outside the component.
 */
import { useCallback } from 'react';

export function useUploadPrepare<P extends object, U>(upload: U | null, selects: (params: P) => boolean): (params: P) => P & { upload?: U } {
  return useCallback((params: P) => (upload && selects(params) ? { ...params, upload } : params), [upload, selects]);
}
