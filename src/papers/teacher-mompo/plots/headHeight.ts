/** Humanoid stand: the mean head height per evaluation, with and without teachers, and the stand teacher alone. */
import type { Figure } from '../../../ui/figure';
import type { TeacherRecording } from '../experiment';
import { agentScoreFigure } from './agentScore';

export const headHeightFigure = (rec: Pick<TeacherRecording, 'rows' | 'artifacts'>): Figure => agentScoreFigure(rec, {
  withTeachers: 'headHeight',
  withoutTeachers: 'baseheadHeight',
  title: 'Mean head height per evaluation episode',
  yaxis: { range: [0, 1.7], title: { text: 'head height (m); standing: 1.4' } },
  teacher: { value: rec.artifacts.teacherHead?.stand, name: 'stand teacher alone' },
});
