/** The run's headline numbers: one per claim, and the k-NN probe the prior-sample claim replaced. */
import type { Results } from './experiment';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function ResultsTable({ results: r }: { results: Results | null }) {
  if (!r) return <p className="hint">The results appear at the end of a run.</p>;
  return (
    <table className="results" data-testid="crystal-results">
      <tbody>
        <tr><th>Held-out reconstruction MSE / mean-density MSE</th><td data-testid="res-recon">{(r.reconMse / r.meanMse).toFixed(3)}</td></tr>
        <tr><th>Held-out cells with exact atom count and species</th><td data-testid="res-cells">{pct(r.cellAcc)} of {r.cellCount}</td></tr>
        {r.prior ? (
          <tr><th>Prior samples decoded crystal-like (mass in the training range, 1 to {r.prior.maxAtoms} atoms, atom residual ≤ {r.prior.maxResidual.toFixed(3)})</th><td data-testid="res-prior">{r.prior.crystalLike} of {r.prior.count}</td></tr>
        ) : null}
        <tr><th>k-NN prototype accuracy on latents (k = {r.k}; not a claim of the paper)</th><td data-testid="res-knn">{pct(r.knnAcc)} (chance {pct(r.chance)})</td></tr>
        <tr><th>Interpolation: smallest density, largest mass excess</th><td data-testid="res-interp">{r.minValue.toExponential(2)}, {pct(r.massExcess)}</td></tr>
      </tbody>
    </table>
  );
}
