/**
 * The calculator's chart (Hoffmann et al. 2022, Section 3.3, Figure 4): the
 * unrounded Approach 3 law L(N, D) as a contour over parameters and tokens,
 * IsoFLOP lines C = 6ND (dotted), the efficient frontier (red), famous models
 * with their predicted loss, and the reader's budget on the frontier (star).
 */
import type { Figure } from '../../../ui/figure';
import { predictLoss } from '../fit';
import { formatFlops } from '../format';
import { CHINCHILLA_TEX, FAMOUS_MODELS, optimalAllocation } from '../laws';
import { frontier, isoFlopLine, lawSurface } from '../lawSurface';

const N_RANGE: [number, number] = [1e7, 1e13];
const D_RANGE: [number, number] = [1e8, 1e14];
const ISO_FLOPS = [1e18, 1e20, 1e22, 5.76e23, 1e26, 1e28];

/**
 * Where each famous model's label sits around its marker: GPT-3, Jurassic-1
 * and Gopher share D = 300B and nearly share N, so their labels fan out.
 */
const LABEL_AT: Record<string, 'top center' | 'bottom center' | 'middle left' | 'middle right' | 'top left' | 'bottom left' | 'top right' | 'bottom right'> = {
  Chinchilla: 'top center', 'GPT-3': 'bottom left', 'Jurassic-1': 'top left', Gopher: 'top right', 'MT-NLG': 'bottom right',
};

/** The chart for the calculator's compute budget `flops`. */
export function lawFigure(flops: number): Figure {
  const s = lawSurface(CHINCHILLA_TEX, N_RANGE, D_RANGE, 70);
  const f = frontier(CHINCHILLA_TEX, 1e17, 1e28);
  const yours = optimalAllocation(flops, '3-tex');
  return {
    data: [
      {
        type: 'contour', x: s.log10N, y: s.log10D, z: s.loss, name: 'L(N, D)',
        colorscale: 'Viridis', reversescale: true, contours: { coloring: 'heatmap', showlabels: true },
        colorbar: { title: { text: 'loss (nats/token)' } }, ncontours: 24, zmax: 4, zmin: 1.8,
      },
      ...ISO_FLOPS.map((C) => {
        const l = isoFlopLine(C, N_RANGE);
        return { type: 'scatter' as const, mode: 'lines' as const, x: l.log10N, y: l.log10D, name: `C = ${formatFlops(C)}`, line: { color: 'rgba(255,255,255,0.7)', dash: 'dot' as const, width: 1 }, showlegend: false, hoverinfo: 'name' as const };
      }),
      { type: 'scatter', mode: 'lines', x: f.map((p) => Math.log10(p.N)), y: f.map((p) => Math.log10(p.D)), name: 'efficient frontier', line: { color: '#ef4444', width: 3 } },
      {
        type: 'scatter', mode: 'text+markers', name: 'models',
        x: FAMOUS_MODELS.map((m) => Math.log10(m.N)), y: FAMOUS_MODELS.map((m) => Math.log10(m.D)),
        text: FAMOUS_MODELS.map((m) => `${m.name} ${predictLoss(m.N, m.D, CHINCHILLA_TEX).toFixed(2)}`),
        textposition: FAMOUS_MODELS.map((m) => LABEL_AT[m.name] ?? 'top center'), marker: { color: 'white', size: 9, line: { color: 'black', width: 1 } }, textfont: { color: 'white' },
      },
      { type: 'scatter', mode: 'markers', name: 'your budget (Approach 3, TeX)', x: [Math.log10(yours.N)], y: [Math.log10(yours.D)], marker: { symbol: 'star', size: 16, color: '#f59e0b' } },
    ],
    layout: {
      title: { text: 'L(N, D) from the unrounded Approach 3 fit: IsoFLOP lines (dotted), frontier (red)' },
      xaxis: { title: { text: 'log₁₀ parameters N' }, range: [7, 13] },
      yaxis: { title: { text: 'log₁₀ training tokens D' }, range: [8, 14] },
      showlegend: false,
    },
  };
}
