/** Humanoid stand: the mean head height per evaluation, with and without teachers, and the stand teacher alone. */
import { series } from '../../../core/runner/RunRecorder';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { TeacherRecording } from '../experiment';
import { WITH, WITHOUT } from './colours';
import { ENV_STEPS_AXIS } from './envStepsAxis';
import { teacherLine } from './teacherLine';

export function headHeightFigure(rec: Pick<TeacherRecording, 'rows' | 'artifacts'>): Figure {
  const withT = series(rec.rows, 'headHeight');
  const without = series(rec.rows, 'baseheadHeight');
  return {
    data: [
      { type: 'scatter', mode: 'lines+markers', name: 'with teachers', ...withT, line: { color: WITH } },
      { type: 'scatter', mode: 'lines+markers', name: 'without teachers', ...without, line: { color: WITHOUT, dash: 'dot' } },
      ...teacherLine([...withT.x, ...without.x], rec.artifacts.teacherHead?.stand, 'stand teacher alone'),
    ],
    layout: {
      title: { text: 'Mean head height per evaluation episode' }, xaxis: ENV_STEPS_AXIS, yaxis: { range: [0, 1.7], title: { text: 'head height (m); standing: 1.4' } },
      ...emptyNote(rec.rows.length === 0, 'Press Run: filled at each evaluation'),
    },
  };
}
