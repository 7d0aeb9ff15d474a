/** Humanoid walk: the walk return per evaluation, with and without teachers, and the walk teacher alone. */
import { series } from '../../../core/runner/RunRecorder';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { TeacherRecording } from '../experiment';
import { WITH, WITHOUT } from './colours';
import { ENV_STEPS_AXIS } from './envStepsAxis';
import { teacherLine } from './teacherLine';

export function walkReturnFigure(rec: Pick<TeacherRecording, 'rows' | 'artifacts'>): Figure {
  const withT = series(rec.rows, 'taskReturn');
  const without = series(rec.rows, 'basetaskReturn');
  return {
    data: [
      { type: 'scatter', mode: 'lines+markers', name: 'with teachers', ...withT, line: { color: WITH } },
      { type: 'scatter', mode: 'lines+markers', name: 'without teachers', ...without, line: { color: WITHOUT, dash: 'dot' } },
      ...teacherLine([...withT.x, ...without.x], rec.artifacts.teacherReturn?.walk, 'walk teacher alone'),
    ],
    layout: {
      title: { text: 'Walk return per evaluation episode' }, xaxis: ENV_STEPS_AXIS, yaxis: { title: { text: 'walk return (reward per episode)' } },
      ...emptyNote(rec.rows.length === 0, 'Press Run: filled at each evaluation'),
    },
  };
}
