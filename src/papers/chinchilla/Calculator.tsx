/**
 * Part 1 of the panel: the paper's laws as a calculator. A compute budget gives
 * N_opt, D_opt and tokens per parameter under each approach; Table 3 beside our
 * numbers; the L(N, D) surface with IsoFLOP lines, the frontier and famous models.
 */
import { useMemo } from 'react';
import { Plot } from '../../ui/Plot';
import { formatCount, formatFlops, percentDiff } from './format';
import { optimalAllocation, TABLE3, type AllocationApproach } from './laws';
import { lawFigure } from './plots/law';

const APPROACHES: { id: AllocationApproach; label: string }[] = [
  { id: '1', label: 'Approach 1 (training-curve envelope)' },
  { id: '2', label: 'Approach 2 (IsoFLOP profiles)' },
  { id: '3', label: 'Approach 3 (parametric fit, rounded)' },
  { id: '3-tex', label: 'Approach 3 (unrounded TeX values)' },
  { id: 'epoch', label: 'Epoch re-fit (Besiroglu et al. 2024)' },
  { id: 'kaplan', label: 'Kaplan et al. 2020 (a = 0.73, illustrative anchor)' },
];

/** The calculator for a compute budget of `flops` FLOPs. */
export function Calculator({ flops }: { flops: number }) {
  const law = useMemo(() => lawFigure(flops), [flops]);
  const rows = APPROACHES.map((a) => ({ ...a, ...optimalAllocation(flops, a.id) }));

  return (
    <div className="calculator">
      <table className="claims" data-testid="calculator-table">
        <thead>
          <tr><th>approach</th><th>N<sub>opt</sub></th><th>D<sub>opt</sub> (tokens)</th><th>tokens / param</th><th>a in N ∝ C<sup>a</sup></th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-approach={r.id}>
              <td>{r.label}</td><td>{formatCount(r.N)}</td><td>{formatCount(r.D)}</td><td>{r.tokensPerParam.toFixed(1)}</td><td>{r.a.toFixed(3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Plot name="chinchilla-law" height={460} {...law} />
      <h3>Table 3 (Approach 1) beside our calculator</h3>
      <table className="claims" data-testid="table3">
        <thead>
          <tr><th>FLOPs</th><th>Gopher units</th><th>paper N</th><th>ours</th><th>diff</th><th>paper tokens</th><th>ours</th><th>diff</th></tr>
        </thead>
        <tbody>
          {TABLE3.map((row) => {
            const ours = optimalAllocation(row.C, '1');
            return (
              <tr key={row.C}>
                <td>{formatFlops(row.C)}</td>
                <td>{row.gopherUnits >= 1 ? row.gopherUnits.toLocaleString() : `1/${Math.round(1 / row.gopherUnits).toLocaleString()}`}</td>
                <td>{formatCount(row.N)}</td><td>{formatCount(ours.N)}</td><td>{percentDiff(ours.N, row.N)}</td>
                <td>{formatCount(row.D)}</td><td>{formatCount(ours.D)}</td><td>{percentDiff(ours.D, row.D)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">
        Our Approach 1 line uses the slope least-squares-fitted to Table 3 (0.498; the paper rounds to 0.50) through 67B at
        Gopher's 5.76e23 FLOPs, and D = C / 6N. The 67B row's tokens differ because the table's own 6 × 67B × 1.5T is 6.03e23.
      </p>
    </div>
  );
}
