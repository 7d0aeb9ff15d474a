/**
 * Load-your-own graphs: TU-format files picked from disk, parsed in the page
 * (they never leave the browser), with located errors for malformed files.
 */
import { useState } from 'react';
import { assignTuFiles, parseTu, type TuDataset, type TuFiles } from '../../core/graph/tuFormat';
import { UPLOAD_LIMITS } from './dataset';

const MAX_FILE_BYTES = 20_000_000;

export function TuUpload({ loaded, onLoad }: { loaded: TuDataset | null; onLoad(ds: TuDataset): void }) {
  const [error, setError] = useState<string | null>(null);

  const onFiles = async (list: FileList | null) => {
    setError(null);
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    const big = files.find((f) => f.size > MAX_FILE_BYTES);
    if (big) return setError(`${big.name} is ${(big.size / 1e6).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1e6} MB per file.`);
    const roles = assignTuFiles(files.map((f) => f.name));
    if ('error' in roles) return setError(roles.error);
    try {
      const text = async (name: string | undefined) => (name ? await files.find((f) => f.name === name)!.text() : undefined);
      const tu: TuFiles = {
        A: (await text(roles.roles.A)) ?? '',
        graphIndicator: (await text(roles.roles.graphIndicator)) ?? '',
        graphLabels: (await text(roles.roles.graphLabels)) ?? '',
        nodeLabels: await text(roles.roles.nodeLabels),
      };
      onLoad(parseTu(roles.name, tu, UPLOAD_LIMITS));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className="tu-upload">
      <label>
        TU-format files (<code>*_A.txt</code>, <code>*_graph_indicator.txt</code>, <code>*_graph_labels.txt</code>, optional{' '}
        <code>*_node_labels.txt</code>):{' '}
        <input type="file" multiple accept=".txt,text/plain" data-testid="tu-files" onChange={(e) => void onFiles(e.currentTarget.files)} />
      </label>
      {error ? <p className="error" role="alert" data-testid="tu-error">{error}</p> : null}
      {loaded && !error ? (
        <p className="hint" data-testid="tu-status">
          Loaded {loaded.name}: {loaded.graphs.length} graphs, {loaded.classValues.length} classes
          {loaded.nodeLabelValues.length ? `, ${loaded.nodeLabelValues.length} node labels` : ', no node labels (degree features)'}. The files stay in this tab;
          a shared link cannot carry them.
        </p>
      ) : null}
    </div>
  );
}
