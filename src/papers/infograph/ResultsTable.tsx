/** Linear-probe and supervised accuracies side by side, mean ± std over the folds. */
import type { Results } from './experiment';

const cell = (r: { mean: number; std: number } | null, testid: string) =>
  r ? <td data-testid={testid}>{(100 * r.mean).toFixed(1)}% ± {(100 * r.std).toFixed(1)}</td> : <td data-testid={testid}>–</td>;

export function ResultsTable({ results }: { results: Results | null }) {
  if (!results) return <p className="hint">Accuracies appear here: the untrained encoder first, InfoGraph after training, the supervised GIN last.</p>;
  return (
    <table className="claims" data-testid="infograph-results">
      <thead>
        <tr><th>{results.dataset}, {results.folds}-fold CV</th><th>accuracy</th></tr>
      </thead>
      <tbody>
        <tr><th>Untrained encoder + linear probe</th>{cell(results.untrained, 'acc-untrained')}</tr>
        <tr><th>InfoGraph + linear probe</th>{cell(results.infograph, 'acc-infograph')}</tr>
        <tr><th>Supervised GIN</th>{cell(results.supervised, 'acc-supervised')}</tr>
        <tr><th>Majority class</th><td>{(100 * results.majority).toFixed(1)}%</td></tr>
      </tbody>
    </table>
  );
}
