/**
 * The teacher-policies panel: MO-MPO with teachers as objectives (Mishra et
 * al. 2023). One learner, three domains, each with its own view: the point
 * mass in a MuJoCo arena, the humanoid standing, the humanoid walking. The
 * preview worker computes the domain's scene and the teachers' own episodes
 * before any run; the recorded run fills the curves of its domain, and is
 * drawn faded behind a live run (or the run a restart replaced is).
 */
import { useMemo } from 'react';
import type { PaperDef } from '../../core/paper';
import { PanelOpening } from '../../ui/PanelOpening';
import { Reproduce } from '../../ui/Reproduce';
import { useExperimentRun } from '../../ui/useExperimentRun';
import { HumanoidTaskView } from './humanoid/HumanoidTaskView';
import type { teacherSchema } from './params';
import { PointMassView } from './PointMassView';
import { useTeacherPreview } from './preview/useTeacherPreview';
import { readRecording, recordedOf } from './teacherRecording';
import { TeacherScale } from './TeacherProse';
import './teacherPanel.css';

export default function TeacherPanel({ paper }: { paper: PaperDef<typeof teacherSchema> }) {
  const run = useExperimentRun(paper);
  const domain = run.params.domain;
  const preview = useTeacherPreview(run.params);
  const rec = useMemo(() => readRecording(run.recording, domain), [run.recording, domain]);
  // Drawn faded behind the reader's curves: the run a restart replaced, or the panel's recorded run (of this domain).
  const compared = run.compare?.run ?? null;
  const recorded = useMemo(() => recordedOf(compared, domain), [compared, domain]);
  const props = { paper, run, rec, recorded, preview };
  return (
    <main className="panel">
      <PanelOpening title="Teacher policies as objectives" paper={paper} run={run} />
      {domain === 'pointMass' ? <PointMassView {...props} /> : <HumanoidTaskView task={domain === 'humanoidStand' ? 'stand' : 'walk'} {...props} />}
      <section id="reproduce">
        <h2>Reproduce</h2>
        <Reproduce slug={paper.slug} claims={paper.claims} />
      </section>
      <TeacherScale />
    </main>
  );
}
