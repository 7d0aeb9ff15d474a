/**
 * One labelled point per net at its latest evaluation: its score against the
 * real parameters it has left (pruning removes some), or against the real
 * multiplies per example of its dense form.
 */
import type { Figure } from '../../../ui/figure';
import { noteWhenEmpty } from '../../../ui/plotNote';
import type { AlgebraRecording } from '../experiment';
import type { AlgebraParams } from '../params';
import { score, scoreLabel, taskOf } from './score';

const AXIS = {
  params: { title: 'Score vs real parameters (non-zero)', x: 'real parameters' },
  multiplies: { title: 'Score vs real multiplies per example', x: 'real multiplies per example (dense)' },
} as const;

export function scoreVsFigure(rec: Pick<AlgebraRecording, 'artifacts'>, params: Pick<AlgebraParams, 'task'>, by: 'params' | 'multiplies'): Figure {
  const results = rec.artifacts.results ?? [];
  const data: Figure['data'] = [{
    type: 'scatter', mode: 'text+markers',
    x: results.map((r) => (by === 'params' ? r.nonzeroParams : r.multiplies)),
    y: results.map(score),
    text: results.map((r) => r.key), textposition: 'top center', marker: { size: 10 }, name: 'runs',
  }];
  const layout = { title: { text: AXIS[by].title }, xaxis: { type: 'log' as const, title: { text: AXIS[by].x } }, yaxis: { title: { text: scoreLabel(taskOf(rec, params)) } }, showlegend: false };
  return { data, layout: noteWhenEmpty(data, layout, 'One point per net after its evaluation.') };
}
