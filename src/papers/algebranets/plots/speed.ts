/** Training steps per second of each net on the backend the run used, one bar each: the price of compute density there. */
import type { Data } from 'plotly.js-dist-min';
import type { Figure } from '../../../ui/figure';
import { noteWhenEmpty } from '../../../ui/plotNote';
import type { AlgebraRecording } from '../experiment';

export function speedFigure(rec: Pick<AlgebraRecording, 'artifacts'>, backend: string): Figure {
  const results = rec.artifacts.results ?? [];
  const data: Data[] = results.length ? [{ type: 'bar', x: results.map((r) => r.key), y: results.map((r) => r.stepsPerSec), name: 'steps/s' }] : [];
  const layout = { title: { text: `Training steps/s on this backend (${backend})` }, xaxis: { title: { text: 'network' } }, yaxis: { title: { text: 'training steps/s' } } };
  return { data, layout: noteWhenEmpty(data, layout, 'Measured while the nets train.') };
}
