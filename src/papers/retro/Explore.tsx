/** Explore: type a prompt, see each chunk's neighbours (the shared run highlighted) and both models' continuations. */
import { useEffect, useRef, useState } from 'react';
import * as Comlink from 'comlink';
import type { NamedWeights } from '../../core/weights/namedWeights';
import type { ExploreResult } from './explore';
import type { ExploreWorkerApi } from './exploreWorker';
import { Highlighted } from './Highlighted';
import type { RetroParams } from './params';

const DEFAULT_PROMPT = 'the capital of ';
const MAX_NEW = 32;

interface Props {
  /** Params and seed of the run that produced `weights`. */
  run: { params: RetroParams; seed: number } | null;
  weights: NamedWeights | undefined;
  k: number;
}

export function Explore({ run, weights, k }: Props) {
  const [prompt, setPrompt] = useState(DEFAULT_PROMPT);
  const [result, setResult] = useState<ExploreResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [info, setInfo] = useState<string | null>(null);
  const worker = useRef<{ w: Worker; api: Comlink.Remote<ExploreWorkerApi> } | null>(null);
  const loadedFor = useRef<NamedWeights | null>(null);

  useEffect(() => () => worker.current?.w.terminate(), []);

  const go = async () => {
    if (!run || !weights) return;
    setBusy(true);
    setError(null);
    try {
      if (!worker.current) {
        const w = new Worker(new URL('./exploreWorker.ts', import.meta.url), { type: 'module', name: 'retro-explore' });
        worker.current = { w, api: Comlink.wrap<ExploreWorkerApi>(w) };
      }
      if (loadedFor.current !== weights) {
        setInfo('loading the database and the trained models …');
        setInfo(await worker.current.api.load(run.params, run.seed, weights));
        loadedFor.current = weights;
      }
      setResult(await worker.current.api.explore(prompt, k, MAX_NEW));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  if (!run || !weights) return <p className="hint">Train a model (any preset) to explore it here.</p>;
  return (
    <div data-testid="retro-explore">
      <p>
        <input className="number-box" style={{ width: '28em' }} data-testid="retro-prompt" value={prompt} aria-label="Prompt" onChange={(e) => setPrompt(e.target.value)} />{' '}
        <button type="button" data-testid="retro-explore-go" onClick={() => void go()} disabled={busy}>
          {busy ? 'Retrieving …' : `Retrieve (k = ${k}) and continue`}
        </button>
      </p>
      {info ? <p className="hint">{info}</p> : null}
      {error ? <p className="error" role="alert">{error}</p> : null}
      {result ? (
        <>
          <table className="claims" data-testid="retro-neighbours">
            <thead>
              <tr><th>chunk</th><th>neighbours (chunk + continuation; longest shared run marked)</th></tr>
            </thead>
            <tbody>
              {result.chunks.map((c, u) => (
                <tr key={u}>
                  <td><code>{c.text}</code></td>
                  <td>
                    {c.neighbours.map((n) => (
                      <div key={n.entry} data-testid="retro-neighbour">
                        <Highlighted text={n.text} start={n.runStart} length={n.runLength} /> <span className="hint">d² = {n.distance.toFixed(2)}</span>
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
              {result.tail ? (
                <tr><td><code>{result.tail}</code></td><td className="hint">incomplete chunk: no neighbours yet</td></tr>
              ) : null}
            </tbody>
          </table>
          <table className="claims" data-testid="retro-continuations">
            <tbody>
              <tr><th>RETRO [On]</th><td><code>{result.prompt}<mark>{result.withRetrieval}</mark></code></td></tr>
              <tr><th>baseline</th><td><code>{result.prompt}<mark>{result.withoutRetrieval}</mark></code></td></tr>
            </tbody>
          </table>
          <p className="hint">Greedy decoding, {MAX_NEW} characters; search took {result.retrievalMs.toFixed(1)} ms.</p>
        </>
      ) : null}
    </div>
  );
}
