/** The humanoid stand domain: its head height per evaluation, with and without the stand teacher, on the humanoid task page. */
import type { Metric } from '../../../ui/MetricCards';
import { latest } from '../domainRecording';
import type { DomainViewProps } from '../domainView';
import type { TeacherRecording } from '../experiment';
import { headHeightFigure } from '../plots/headHeight';
import { HumanoidTaskView } from './HumanoidTaskView';

const standCards = (rec: TeacherRecording): Metric[] => [
  { label: 'Head height, with teacher (m)', value: latest(rec, 'headHeight') },
  { label: 'Head height, without (m)', value: latest(rec, 'baseheadHeight') },
  { label: 'Stand teacher alone (m)', value: rec.artifacts.teacherHead?.stand },
  { label: 'Physics steps/s', value: latest(rec, 'physicsStepsPerSec'), digits: 6 },
];

export function HumanoidStandView(props: DomainViewProps) {
  return <HumanoidTaskView {...props} domain="humanoidStand" task="stand" score={headHeightFigure} scoreName="teacher-head" cards={standCards} />;
}
