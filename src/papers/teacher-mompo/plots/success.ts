/** Point mass: the policy mean's success rate per evaluation, with and without teachers. */
import type { Figure } from '../../../ui/figure';
import type { TeacherRecording } from '../experiment';
import { agentScoreFigure } from './agentScore';

export const successFigure = (rec: Pick<TeacherRecording, 'rows'>): Figure => agentScoreFigure(rec, {
  withTeachers: 'success',
  withoutTeachers: 'basesuccess',
  title: 'Task success rate (policy mean, fixed starts)',
  yaxis: { range: [-0.05, 1.05], title: { text: 'success rate (fraction of episodes)' } },
});
