/** The humanoid walk domain: its walk return per evaluation, with and without teachers, on the humanoid task page. */
import { useMemo } from 'react';
import { MetricCards } from '../../../ui/MetricCards';
import { Plot } from '../../../ui/Plot';
import { latest } from '../domainRecording';
import type { DomainViewProps } from '../domainView';
import { walkReturnFigure } from '../plots/walkReturn';
import { HumanoidTaskView } from './HumanoidTaskView';

export function HumanoidWalkView(props: DomainViewProps) {
  const { rec, recorded } = props;
  const walk = useMemo(() => walkReturnFigure(rec), [rec]);
  const ghost = useMemo(() => (recorded ? walkReturnFigure(recorded).data : null), [recorded]);
  return (
    <HumanoidTaskView
      {...props} domain="humanoidWalk" task="walk"
      score={<Plot name="teacher-walk" height={400} {...walk} recorded={ghost} steps />}
      cards={(
        <MetricCards
          metrics={[
            { label: 'Walk return, with teachers', value: latest(rec, 'taskReturn') },
            { label: 'Walk return, without', value: latest(rec, 'basetaskReturn') },
            { label: 'Walk teacher alone', value: rec.artifacts.teacherReturn?.walk },
            { label: 'Speed, with teachers (m/s)', value: latest(rec, 'speed') },
          ]}
        />
      )}
    />
  );
}
