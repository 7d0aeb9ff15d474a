/**
 * Part 1 of the panel: the paper's laws as a calculator. A compute budget gives
 * N_opt, D_opt and tokens per parameter under each approach; Table 3 beside our
 * numbers; the L(N, D) surface with IsoFLOP lines, the frontier and famous models.
 */
import { useMemo } from 'react';
import type { Data } from 'plotly.js-dist-min';
import { Plot } from '../../ui/Plot';
import { predictLoss } from './fit';
import { formatCount, formatFlops, percentDiff } from './format';
import { CHINCHILLA_TEX, FAMOUS_MODELS, optimalAllocation, TABLE3, type AllocationApproach } from './laws';
import { frontier, isoFlopLine, lawSurface } from './lawSurface';

const APPROACHES: { id: AllocationApproach; label: string }[] = [
  { id: '1', label: 'Approach 1 (training-curve envelope)' },
  { id: '2', label: 'Approach 2 (IsoFLOP profiles)' },
  { id: '3', label: 'Approach 3 (parametric fit, rounded)' },
  { id: '3-tex', label: 'Approach 3 (unrounded TeX values)' },
  { id: 'epoch', label: 'Epoch re-fit (Besiroglu et al. 2024)' },
  { id: 'kaplan', label: 'Kaplan et al. 2020 (a = 0.73, illustrative anchor)' },
];

const N_RANGE: [number, number] = [1e7, 1e13];

/**
 * Where each famous model's label sits around its marker: GPT-3, Jurassic-1
 * and Gopher share D = 300B and nearly share N, so their labels fan out.
 */
const LABEL_AT: Record<string, 'top center' | 'bottom center' | 'middle left' | 'middle right' | 'top left' | 'bottom left' | 'top right' | 'bottom right'> = {
  Chinchilla: 'top center', 'GPT-3': 'bottom left', 'Jurassic-1': 'top left', Gopher: 'top right', 'MT-NLG': 'bottom right',
};
const D_RANGE: [number, number] = [1e8, 1e14];

export function Calculator({ budget }: { budget: number }) {
  const rows = APPROACHES.map((a) => ({ ...a, ...optimalAllocation(budget, a.id) }));
  const plot = useMemo<Data[]>(() => {
    const s = lawSurface(CHINCHILLA_TEX, N_RANGE, D_RANGE, 70);
    const f = frontier(CHINCHILLA_TEX, 1e17, 1e28);
    const isoBudgets = [1e18, 1e20, 1e22, 5.76e23, 1e26, 1e28];
    return [
      {
        type: 'contour' as const, x: s.log10N, y: s.log10D, z: s.loss, name: 'L(N, D)',
        colorscale: 'Viridis', reversescale: true, contours: { coloring: 'heatmap' as const, showlabels: true },
        colorbar: { title: { text: 'loss (nats/token)' } }, ncontours: 24, zmax: 4, zmin: 1.8,
      },
      ...isoBudgets.map((C) => {
        const l = isoFlopLine(C, N_RANGE);
        return { type: 'scatter' as const, mode: 'lines' as const, x: l.log10N, y: l.log10D, name: `C = ${formatFlops(C)}`, line: { color: 'rgba(255,255,255,0.7)', dash: 'dot' as const, width: 1 }, showlegend: false, hoverinfo: 'name' as const };
      }),
      { type: 'scatter' as const, mode: 'lines' as const, x: f.map((p) => Math.log10(p.N)), y: f.map((p) => Math.log10(p.D)), name: 'efficient frontier', line: { color: '#ef4444', width: 3 } },
      {
        type: 'scatter' as const, mode: 'text+markers' as const, name: 'models',
        x: FAMOUS_MODELS.map((m) => Math.log10(m.N)), y: FAMOUS_MODELS.map((m) => Math.log10(m.D)),
        text: FAMOUS_MODELS.map((m) => `${m.name} ${predictLoss(m.N, m.D, CHINCHILLA_TEX).toFixed(2)}`),
        textposition: FAMOUS_MODELS.map((m) => LABEL_AT[m.name] ?? 'top center'), marker: { color: 'white', size: 9, line: { color: 'black', width: 1 } }, textfont: { color: 'white' },
      },
      {
        type: 'scatter' as const, mode: 'markers' as const, name: 'your budget (Approach 3, TeX)',
        x: [Math.log10(rows[3].N)], y: [Math.log10(rows[3].D)], marker: { symbol: 'star' as const, size: 16, color: '#f59e0b' },
      },
    ];
  }, [rows]);

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
      <Plot
        name="chinchilla-law"
        height={460}
        data={plot}
        layout={{
          title: { text: 'L(N, D) from the unrounded Approach 3 fit: IsoFLOP lines (dotted), frontier (red)' },
          xaxis: { title: { text: 'log₁₀ parameters N' }, range: [7, 13] },
          yaxis: { title: { text: 'log₁₀ training tokens D' }, range: [8, 14] },
          showlegend: false,
        }}
      />
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
