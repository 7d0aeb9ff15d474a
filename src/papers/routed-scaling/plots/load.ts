/** The latest training batch's expert load per layer (bars), beside a perfectly even share (dashed). */
import type { Figure } from '../../../ui/figure';
import type { RoutedArtifacts } from '../experiment';
import { ROUTER_LABELS } from '../router';

export function loadFigure(artifacts: Partial<Pick<RoutedArtifacts, 'routing'>>): Figure {
  const snapshot = artifacts.routing;
  const layout = { barmode: 'group' as const, yaxis: { title: { text: 'share of batch tokens' }, rangemode: 'tozero' as const } };
  if (!snapshot) return { data: [], layout: { ...layout, title: { text: 'Expert load (appears with the first routed model)' } } };
  const xs = Array.from({ length: snapshot.E }, (_, e) => `expert ${e}`);
  return {
    data: [
      ...snapshot.layers.map((l, i) => ({ type: 'bar' as const, x: xs, y: l.load, name: `layer ${i + 1}` })),
      { type: 'scatter', mode: 'lines', x: xs, y: xs.map(() => 1 / snapshot.E), name: 'even share', line: { dash: 'dash', color: '#555' } },
    ],
    layout: { ...layout, title: { text: `Expert load, ${ROUTER_LABELS[snapshot.router]} E=${snapshot.E}, step ${snapshot.step}` } },
  };
}
