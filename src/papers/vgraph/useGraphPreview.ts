/**
 * The graph for the current params and seed, laid out in a worker the panel
 * owns while it is open; recomputed only when a field the graph depends on
 * changes. Null until the first answer.
 */
import * as Comlink from 'comlink';
import { useEffect, useRef, useState } from 'react';
import type { UploadedGraph } from './data';
import type { GraphPreview } from './graphPreview';
import type { VGraphParams } from './params';
import type { GraphWorkerApi } from './previewWorker';

/** The fields each kind of graph reads (data.ts); the layout reads the run seed. */
const GRAPH_FIELDS = {
  karate: [],
  planted: ['blocks', 'blockSize', 'pIn', 'pOut'],
  overlapping: ['blocks', 'blockSize', 'pIn', 'pOut', 'overlap'],
  upload: [],
} as const satisfies Record<VGraphParams['graph'], readonly (keyof VGraphParams)[]>;

/** Equal for two settings that build and lay out the same graph. */
export function graphKey(p: Readonly<Partial<Record<keyof VGraphParams, unknown>>>, seed: number, upload: UploadedGraph | null): string {
  const kind = p.graph === 'planted' || p.graph === 'overlapping' || p.graph === 'upload' ? p.graph : 'karate';
  const file = kind === 'upload' ? [upload?.name ?? null, upload?.graph.edges.length ?? 0] : [];
  return JSON.stringify([seed, kind, ...file, ...GRAPH_FIELDS[kind].map((k) => p[k])]);
}

export function useGraphPreview(params: VGraphParams, seed: number, upload: UploadedGraph | null): GraphPreview | null {
  const worker = useRef<{ w: Worker; api: Comlink.Remote<GraphWorkerApi> } | null>(null);
  const [preview, setPreview] = useState<GraphPreview | null>(null);
  const key = graphKey(params, seed, upload);

  useEffect(() => () => {
    worker.current?.w.terminate();
    worker.current = null;
  }, []);

  useEffect(() => {
    let alive = true;
    if (!worker.current) {
      const w = new Worker(new URL('./previewWorker.ts', import.meta.url), { type: 'module', name: 'vgraph-preview' });
      worker.current = { w, api: Comlink.wrap<GraphWorkerApi>(w) };
    }
    worker.current.api.preview(params, seed, upload ?? undefined).then(
      (p) => alive && setPreview(p),
      (e: unknown) => alive && setPreview({ graph: null, why: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      alive = false;
    };
  // The key stands for the params, seed and upload the graph reads.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return preview;
}
