/** Point mass: the final task return of each run of the ε_T sweep against its teachers' ε (log axis). */
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { TeacherRecording } from '../experiment';
import { WITH } from './colours';

export function tradeoffFigure(rec: Pick<TeacherRecording, 'artifacts'>): Figure {
  const points = rec.artifacts.tradeoff ?? [];
  return {
    data: [{ type: 'scatter', mode: 'lines+markers', name: 'final task return', x: points.map((p) => p.epsilon), y: points.map((p) => p.taskReturn), line: { color: WITH } }],
    layout: {
      title: { text: 'Final task return vs ε_T' }, xaxis: { type: 'log', title: { text: 'ε_T (KL bound, nats)' } }, yaxis: { title: { text: 'task return (reward per episode)' } },
      ...emptyNote(points.length === 0, 'Set "ε_T sweep: points" above 0 (or pick the trade-off preset) and run'),
    },
  };
}
