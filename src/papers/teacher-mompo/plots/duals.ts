/** Inside the learner: each objective's temperature η_k (left, log) and the KL of its E-step weights (right, log). */
import type { Data } from 'plotly.js-dist-min';
import { series } from '../../../core/runner/RunRecorder';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { TeacherRecording } from '../experiment';
import { objectiveColour } from './colours';
import { ENV_STEPS_AXIS } from './envStepsAxis';

export function dualsFigure(rec: Pick<TeacherRecording, 'rows' | 'artifacts'>): Figure {
  const objectives = ['task', ...(rec.artifacts.setup?.teachers ?? [])];
  return {
    data: objectives.flatMap((o): Data[] => [
      { type: 'scatter', mode: 'lines', name: `η ${o}`, ...series(rec.rows, `temp_${o}`), line: { color: objectiveColour(o) } },
      { type: 'scatter', mode: 'lines', name: `KL ${o}`, yaxis: 'y2', ...series(rec.rows, `kl_${o}`), line: { color: objectiveColour(o), dash: 'dot' } },
    ]),
    layout: {
      title: { text: 'Temperatures and E-step KL per objective' }, xaxis: ENV_STEPS_AXIS, yaxis: { type: 'log', title: { text: 'η_k (return units)' } },
      yaxis2: { type: 'log', title: { text: 'KL(q_k ‖ π_old) (nats)' } },
      ...emptyNote(rec.rows.length === 0, 'Press Run: filled every 10 learner updates'),
    },
  };
}
