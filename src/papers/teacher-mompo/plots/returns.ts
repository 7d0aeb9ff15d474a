/**
 * Per-objective returns: the task return with and without teachers, and each
 * teacher of the run's setup, its mean log-likelihood of the agent's action
 * (right axis).
 */
import type { Data } from 'plotly.js-dist-min';
import { series } from '../../../core/runner/RunRecorder';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { TeacherRecording } from '../experiment';
import { objectiveColour, WITH, WITHOUT } from './colours';
import { ENV_STEPS_AXIS } from './envStepsAxis';

export function returnsFigure(rec: Pick<TeacherRecording, 'rows' | 'artifacts'>): Figure {
  const teachers = rec.artifacts.setup?.teachers ?? [];
  return {
    data: [
      { type: 'scatter', mode: 'lines+markers', name: 'task return, with teachers', ...series(rec.rows, 'taskReturn'), line: { color: WITH } },
      { type: 'scatter', mode: 'lines+markers', name: 'task return, without', ...series(rec.rows, 'basetaskReturn'), line: { color: WITHOUT, dash: 'dot' } },
      ...teachers.map((t): Data => ({ type: 'scatter', mode: 'lines+markers', name: `log π_${t} (agent's action)`, yaxis: 'y2', ...series(rec.rows, `ll_${t}`), line: { color: objectiveColour(t), dash: 'dash' } })),
    ],
    layout: {
      title: { text: 'Per-objective returns' }, xaxis: ENV_STEPS_AXIS, yaxis: { title: { text: 'task return (reward per episode)' } },
      yaxis2: { title: { text: 'mean log π_T (nats)' } },
      ...emptyNote(rec.rows.length === 0, 'Press Run: filled at each evaluation of a run'),
    },
  };
}
