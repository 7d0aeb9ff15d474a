/** The humanoid stand domain: its head height per evaluation, with and without the stand teacher, on the humanoid task page. */
import { useMemo } from 'react';
import { MetricCards } from '../../../ui/MetricCards';
import { Plot } from '../../../ui/Plot';
import { latest } from '../domainRecording';
import type { DomainViewProps } from '../domainView';
import { headHeightFigure } from '../plots/headHeight';
import { HumanoidTaskView } from './HumanoidTaskView';

export function HumanoidStandView(props: DomainViewProps) {
  const { rec, recorded } = props;
  const head = useMemo(() => headHeightFigure(rec), [rec]);
  const ghost = useMemo(() => (recorded ? headHeightFigure(recorded).data : null), [recorded]);
  return (
    <HumanoidTaskView
      {...props} domain="humanoidStand" task="stand"
      score={<Plot name="teacher-head" height={400} {...head} recorded={ghost} steps />}
      cards={(
        <MetricCards
          metrics={[
            { label: 'Head height, with teacher (m)', value: latest(rec, 'headHeight') },
            { label: 'Head height, without (m)', value: latest(rec, 'baseheadHeight') },
            { label: 'Stand teacher alone (m)', value: rec.artifacts.teacherHead?.stand },
            { label: 'Physics steps/s', value: latest(rec, 'physicsStepsPerSec'), digits: 6 },
          ]}
        />
      )}
    />
  );
}
