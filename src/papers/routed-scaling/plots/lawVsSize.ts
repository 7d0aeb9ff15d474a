/** One router's Table 3 law: loss against dense size for E = 1, 8, 64, 512. */
import type { Figure } from '../../../ui/figure';
import { TABLE3, type LawRouter } from '../law';
import { ROUTER_LABELS } from '../router';
import { lossVsSize } from './lawCurves';

export const SHOWN_E = [1, 8, 64, 512];

export function lawVsSizeFigure(router: LawRouter): Figure {
  return {
    data: lossVsSize({ [router]: TABLE3[router] }, SHOWN_E, [1e6, 1e13]),
    layout: { title: { text: `${ROUTER_LABELS[router]}: loss vs dense size` }, xaxis: { type: 'log', title: { text: 'dense parameters N' } }, yaxis: { type: 'log', title: { text: 'loss (nats)' } } },
  };
}
