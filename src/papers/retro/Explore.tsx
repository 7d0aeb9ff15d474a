/** Explore: type a prompt, see each chunk's neighbours (the shared run highlighted) and both models' continuations. */
import { useRef, useState } from 'react';
import type { NamedWeights } from '../../core/weights/namedWeights';
import { useWorkerTask } from '../../ui/useWorkerTask';
import type { ExploreResult } from './explore';
import type { ExploreWorkerApi } from './exploreWorker';
import { NeighbourTable } from './NeighbourTable';
import type { RetroParams } from './params';

const DEFAULT_PROMPT = 'the capital of ';
const MAX_NEW = 32;
const makeExploreWorker = () => new Worker(new URL('./exploreWorker.ts', import.meta.url), { type: 'module', name: 'retro-explore' });

interface Props {
  /** Params and seed of the run that produced `weights`. */
  run: { params: RetroParams; seed: number } | null;
  weights: NamedWeights | undefined;
  k: number;
}

export function Explore({ run, weights, k }: Props) {
  const [prompt, setPrompt] = useState(DEFAULT_PROMPT);
  const [result, setResult] = useState<ExploreResult | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const { run: onWorker, busy, error } = useWorkerTask<ExploreWorkerApi>(makeExploreWorker);
  const loadedFor = useRef<NamedWeights | null>(null);

  const go = async () => {
    if (!run || !weights) return;
    await onWorker(async (api) => {
      if (loadedFor.current !== weights) {
        setInfo('loading the database and the trained models …');
        setInfo(await api.load(run.params, run.seed, weights));
        loadedFor.current = weights;
      }
      setResult(await api.explore(prompt, k, MAX_NEW));
    });
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
          <NeighbourTable
            testId="retro-neighbours"
            neighbourTestId="retro-neighbour"
            chunkHead="chunk"
            neighboursHead="neighbours (chunk + continuation; longest shared run marked)"
            chunks={result.chunks}
            tail={result.tail ? <tr><td><code>{result.tail}</code></td><td className="hint">incomplete chunk: no neighbours yet</td></tr> : null}
          />
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
