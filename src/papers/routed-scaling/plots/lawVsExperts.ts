/** Every router's Table 3 law: loss against experts (up to 1024) at the calculator's dense size N. */
import type { Figure } from '../../../ui/figure';
import { formatParams } from '../formatParams';
import { TABLE3 } from '../law';
import { lossVsExperts } from './lawCurves';

export function lawVsExpertsFigure(N: number): Figure {
  return {
    data: lossVsExperts(TABLE3, N, 1024),
    layout: { title: { text: `Loss vs experts at N = ${formatParams(N)}` }, xaxis: { type: 'log', title: { text: 'experts E' } }, yaxis: { title: { text: 'loss (nats)' } } },
  };
}
