/** One line per algebra: its score against the share of elements pruned; empty unless some net was pruned. */
import type { Data } from 'plotly.js-dist-min';
import type { Figure } from '../../../ui/figure';
import { noteWhenEmpty } from '../../../ui/plotNote';
import type { AlgebraRecording } from '../experiment';
import type { AlgebraParams } from '../params';
import { score, scoreLabel, taskOf } from './score';

export function sparsityFigure(rec: Pick<AlgebraRecording, 'artifacts'>, params: Pick<AlgebraParams, 'task'>): Figure {
  const results = rec.artifacts.results ?? [];
  const data: Data[] = results.some((r) => r.sparsity > 0)
    ? [...new Set(results.map((r) => r.algebra))].map((a) => {
      const rs = results.filter((r) => r.algebra === a).sort((p, q) => p.sparsity - q.sparsity);
      return { type: 'scatter', mode: 'lines+markers', x: rs.map((r) => 100 * r.sparsity), y: rs.map(score), name: rs[0].name };
    })
    : [];
  const layout = { title: { text: 'Score vs sparsity' }, xaxis: { title: { text: 'elements pruned (%)' } }, yaxis: { title: { text: scoreLabel(taskOf(rec, params)) } } };
  return { data, layout: noteWhenEmpty(data, layout, 'Set a target sparsity above 0 to draw this curve.') };
}
