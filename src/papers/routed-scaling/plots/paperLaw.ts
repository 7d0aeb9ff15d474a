/** Table 3's law over 1..maxE experts at the paper's 15M, 130M and 1.3B dense sizes, for the routers the settings choose. */
import type { Figure } from '../../../ui/figure';
import { formatParams } from '../formatParams';
import { LAW_ROUTERS, lawLoss, TABLE3 } from '../law';
import type { RoutedParams } from '../params';
import { ROUTER_LABELS } from '../router';
import { logSpace } from './lawCurves';
import { ROUTER_COLOURS } from './routerColours';

const PAPER_SIZES = [15e6, 130e6, 1.3e9];
const DASHES = ['solid', 'dash', 'dot'] as const;

export function paperLawFigure(params: Pick<RoutedParams, 'sbase' | 'rlr' | 'hash' | 'maxExperts'>): Figure {
  const es = logSpace(1, Math.max(2, Number(params.maxExperts)), 40);
  return {
    data: LAW_ROUTERS.filter((r) => params[r]).flatMap((r) =>
      PAPER_SIZES.map((N, i) => ({
        type: 'scatter' as const, mode: 'lines' as const, x: es, y: es.map((E) => lawLoss(TABLE3[r], N, E)),
        name: `${ROUTER_LABELS[r]} N=${formatParams(N)}`, line: { color: ROUTER_COLOURS[r], dash: DASHES[i] },
      })),
    ),
    layout: { title: { text: "Paper's Table 3 law over the same E, at the paper's sizes" }, xaxis: { type: 'log', title: { text: 'experts E' } }, yaxis: { title: { text: 'loss (nats/token)' } } },
  };
}
