/** Humanoid walk: the walk return per evaluation, with and without teachers, and the walk teacher alone. */
import type { Figure } from '../../../ui/figure';
import type { TeacherRecording } from '../experiment';
import { agentScoreFigure } from './agentScore';

export const walkReturnFigure = (rec: Pick<TeacherRecording, 'rows' | 'artifacts'>): Figure => agentScoreFigure(rec, {
  withTeachers: 'taskReturn',
  withoutTeachers: 'basetaskReturn',
  title: 'Walk return per evaluation episode',
  yaxis: { title: { text: 'walk return (reward per episode)' } },
  teacher: { value: rec.artifacts.teacherReturn?.walk, name: 'walk teacher alone' },
});
