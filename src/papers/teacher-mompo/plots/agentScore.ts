/**
 * A task score per evaluation, with and without teachers, and (where the run
 * knows it) the teacher acting alone as a flat line: the score plot of each
 * domain's page (point-mass success, humanoid head height, walk return).
 */
import type { Layout } from 'plotly.js-dist-min';
import { series } from '../../../core/runner/RunRecorder';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import type { TeacherMetric, TeacherRecording } from '../experiment';
import { WITH, WITHOUT } from './colours';
import { ENV_STEPS_AXIS } from './envStepsAxis';
import { teacherLine } from './teacherLine';

export interface AgentScore {
  /** The score of the agent with teachers, and of the one without, per evaluation. */
  withTeachers: TeacherMetric;
  withoutTeachers: TeacherMetric;
  title: string;
  yaxis: Layout['yaxis'];
  /** The teacher alone, drawn across the evaluated steps once it is known. */
  teacher?: { value: number | undefined; name: string };
}

export function agentScoreFigure(rec: Pick<TeacherRecording, 'rows'>, score: AgentScore): Figure {
  const withT = series(rec.rows, score.withTeachers);
  const without = series(rec.rows, score.withoutTeachers);
  return {
    data: [
      { type: 'scatter', mode: 'lines+markers', name: 'with teachers', ...withT, line: { color: WITH } },
      { type: 'scatter', mode: 'lines+markers', name: 'without teachers', ...without, line: { color: WITHOUT, dash: 'dot' } },
      ...(score.teacher ? teacherLine([...withT.x, ...without.x], score.teacher.value, score.teacher.name) : []),
    ],
    layout: {
      title: { text: score.title }, xaxis: ENV_STEPS_AXIS, yaxis: score.yaxis,
      ...emptyNote(rec.rows.length === 0, 'Press Run: filled at each evaluation'),
    },
  };
}
