/** Point mass: the policy mean's success rate per evaluation, with and without teachers. */
import { series } from '../../../core/runner/RunRecorder';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { TeacherRecording } from '../experiment';
import { WITH, WITHOUT } from './colours';
import { ENV_STEPS_AXIS } from './envStepsAxis';

export function successFigure(rec: Pick<TeacherRecording, 'rows'>): Figure {
  return {
    data: [
      { type: 'scatter', mode: 'lines+markers', name: 'with teachers', ...series(rec.rows, 'success'), line: { color: WITH } },
      { type: 'scatter', mode: 'lines+markers', name: 'without teachers', ...series(rec.rows, 'basesuccess'), line: { color: WITHOUT, dash: 'dot' } },
    ],
    layout: {
      title: { text: 'Task success rate (policy mean, fixed starts)' }, xaxis: ENV_STEPS_AXIS, yaxis: { range: [-0.05, 1.05], title: { text: 'success rate (fraction of episodes)' } },
      ...emptyNote(rec.rows.length === 0, 'Press Run: filled at each evaluation'),
    },
  };
}
