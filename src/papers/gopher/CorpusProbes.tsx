/**
 * What the family reads and what it is asked, before any run: the opening
 * documents of the run's corpus (same seed) and one item of each task family,
 * drawn as the run draws its battery (tasks.ts), with the correct candidate marked.
 */
import { useMemo } from 'react';
import { corpusOpening } from '../../core/corpus/corpusOpening';
import { Rng } from '../../core/rng';
import { CorpusSample } from '../../ui/CorpusSample';
import { CHANCE, TASK_FAMILIES, taskBattery } from './tasks';

/** Characters of the corpus shown: enough for a dozen documents, built in a few milliseconds. */
const SAMPLE_CHARS = 1_600;

export function CorpusProbes({ seed, shots }: { seed: number; shots: number }) {
  const { docs, battery } = useMemo(() => {
    const rng = new Rng(seed);
    const opening = corpusOpening({}, rng.fork('data'), SAMPLE_CHARS);
    return { docs: opening.docs.slice(0, 10), battery: taskBattery(opening.corpus, 1, shots, rng.fork('probes')) };
  }, [seed, shots]);
  return (
    <CorpusSample docs={docs} caption={<>The first documents of the run's corpus (seed {seed}): every model of the family trains on this text; <code>|</code> starts a document.</>}>
      <p className="hint">
          One probe of each task family with {shots} solved example{shots === 1 ? '' : 's'} before it, drawn as the run draws its battery (its fact
          items come from the whole corpus, these from the facts stated in this opening). A model is right when it ranks the marked candidate first.
      </p>
      <table className="claims probe-table" data-testid="gopher-probes">
        <thead><tr><th>family</th><th>prompt the model reads</th><th>candidates</th><th>chance</th></tr></thead>
        <tbody>
          {TASK_FAMILIES.map((f) => {
            const item = battery[f][0];
            return (
              <tr key={f} data-family={f}>
                <th>{f}</th>
                <td><code>{item.prompt}</code></td>
                <td>
                  {item.candidates.map((c, i) => (
                    <span key={i}>
                      {i > 0 ? ' · ' : ''}
                      <code className={i === item.correct ? 'correct' : undefined}>{c.trim()}{i === item.correct ? ' ✓' : ''}</code>
                    </span>
                  ))}
                </td>
                <td>{CHANCE[f]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </CorpusSample>
  );
}
