/** The humanoid walk domain: its walk return per evaluation, with and without teachers, on the humanoid task page. */
import type { Metric } from '../../../ui/MetricCards';
import { latest } from '../domainRecording';
import type { DomainViewProps } from '../domainView';
import type { TeacherRecording } from '../experiment';
import { walkReturnFigure } from '../plots/walkReturn';
import { HumanoidTaskView } from './HumanoidTaskView';

const walkCards = (rec: TeacherRecording): Metric[] => [
  { label: 'Walk return, with teachers', value: latest(rec, 'taskReturn') },
  { label: 'Walk return, without', value: latest(rec, 'basetaskReturn') },
  { label: 'Walk teacher alone', value: rec.artifacts.teacherReturn?.walk },
  { label: 'Speed, with teachers (m/s)', value: latest(rec, 'speed') },
];

export function HumanoidWalkView(props: DomainViewProps) {
  return <HumanoidTaskView {...props} domain="humanoidWalk" task="walk" score={walkReturnFigure} scoreName="teacher-walk" cards={walkCards} />;
}
