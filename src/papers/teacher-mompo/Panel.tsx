/**
 * The teacher-policies panel: MO-MPO with teachers as objectives (Mishra et
 * al. 2023). One learner, three domains, each its own view: the point mass
 * in a MuJoCo arena, the humanoid standing, the humanoid walking. The
 * preview worker computes the domain's scene and the teachers' own episodes
 * before any run; the recorded run fills the curves of its domain, and is
 * drawn faded behind a live run (or the run a restart replaced is).
 */
import { useMemo } from 'react';
import { PanelOpening } from '../../ui/PanelOpening';
import { Reproduce } from '../../ui/Reproduce';
import { useExperimentRun } from '../../ui/useExperimentRun';
import { comparedOf, ofDomain } from './domainRecording';
import type { DomainViewProps, TeacherPaper } from './domainView';
import { HumanoidStandView } from './humanoid/HumanoidStandView';
import { HumanoidWalkView } from './humanoid/HumanoidWalkView';
import type { Domain } from './params';
import { PointMassView } from './PointMassView';
import { useTeacherPreview } from './preview/useTeacherPreview';
import { TeacherScale } from './TeacherProse';
import './teacherPanel.css';

function DomainView({ domain, ...props }: DomainViewProps & { domain: Domain }) {
  switch (domain) {
    case 'pointMass':
      return <PointMassView {...props} />;
    case 'humanoidStand':
      return <HumanoidStandView {...props} />;
    case 'humanoidWalk':
      return <HumanoidWalkView {...props} />;
  }
}

export default function TeacherPanel({ paper }: { paper: TeacherPaper }) {
  const run = useExperimentRun(paper);
  const domain = run.params.domain;
  const preview = useTeacherPreview(run.params);
  const rec = ofDomain(run.recording, domain);
  // Drawn faded behind the reader's curves: the run a restart replaced, or the panel's recorded run (of this domain).
  const compared = run.compare?.run ?? null;
  const recorded = useMemo(() => comparedOf(compared, domain), [compared, domain]);
  return (
    <main className="panel">
      <PanelOpening paper={paper} run={run} />
      <DomainView domain={domain} paper={paper} run={run} rec={rec} recorded={recorded} preview={preview} />
      <section id="reproduce">
        <h2>Reproduce</h2>
        <Reproduce slug={paper.slug} claims={paper.claims} />
      </section>
      <TeacherScale />
    </main>
  );
}
