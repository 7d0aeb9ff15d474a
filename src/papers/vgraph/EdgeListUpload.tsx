/** Load-your-own graph: an edge-list file parsed in the page (it never leaves the browser), with the line of any error. */
import { useState } from 'react';
import { parseEdgeList } from '../../core/graph/edgeList';
import type { UploadedGraph } from './data';

const MAX_FILE_BYTES = 5_000_000;

export function EdgeListUpload({ loaded, onLoad }: { loaded: UploadedGraph | null; onLoad(g: UploadedGraph): void }) {
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const onFile = async (file: File | undefined) => {
    setError(null);
    setNote(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setError(`${file.name} is ${(file.size / 1e6).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1e6} MB.`);
    const parsed = parseEdgeList(await file.text());
    if (!parsed.ok) return setError(`${file.name}: ${parsed.error} Nothing was loaded.`);
    const { graph, names, selfLoops, repeated } = parsed.value;
    if (selfLoops || repeated) setNote(`Dropped ${selfLoops} self-loop(s) and ${repeated} repeated edge(s).`);
    onLoad({ name: file.name, graph, names });
  };
  return (
    <div className="edge-upload">
      <label>
        Edge list (two node ids per line; # comments):{' '}
        <input type="file" accept=".txt,.csv,.tsv,.edges,.edgelist,text/plain" data-testid="vgraph-edges" onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
      </label>
      {error ? <p className="error" role="alert" data-testid="vgraph-upload-error">{error}</p> : null}
      {loaded && !error ? (
        <p className="hint" data-testid="vgraph-upload-status">
          Loaded {loaded.name}: {loaded.graph.n} nodes, {loaded.graph.edges.length} edges. {note} The file stays in this tab; a shared link cannot carry it.
        </p>
      ) : null}
    </div>
  );
}
