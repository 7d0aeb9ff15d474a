/**
 * The humanoid walk domain: the humanoid replaying the agent beside the
 * walk teacher (before any run, the walk teacher's own episode), the walk
 * return per evaluation with and without teachers, the walk task's key
 * controls, the teacher choice, then the question, the mechanism, the humanoid and the learner.
 */
import { useMemo } from 'react';
import type { PaperDef } from '../../../core/paper';
import { MetricCards } from '../../../ui/MetricCards';
import { PanelHero } from '../../../ui/PanelHero';
import { Plot } from '../../../ui/Plot';
import { RunBar, runBarProps } from '../../../ui/RunBar';
import type { ExperimentRun } from '../../../ui/useExperimentRun';
import { DomainSettings } from '../DomainSettings';
import { LearnerSections } from '../LearnerSections';
import type { TeacherParams, teacherSchema } from '../params';
import { emptyNote } from '../../../ui/emptyNote';
import { WALK_LAYOUT, walkReturnTraces } from '../plots/learningPlots';
import { lastValue } from '../plots/series';
import type { PreviewState } from '../preview/useTeacherPreview';
import type { TeacherRecording } from '../teacherRecording';
import { HumanoidProse, TeacherQuestion, WhatToTry } from '../TeacherProse';
import { EpisodePlot, HumanoidFigure } from './HumanoidFigure';
import { SelectionSection } from './SelectionSection';

interface Props {
  paper: PaperDef<typeof teacherSchema>;
  run: ExperimentRun<TeacherParams>;
  rec: TeacherRecording;
  recorded: TeacherRecording | null;
  preview: PreviewState;
}

export function WalkView({ paper, run, rec, recorded, preview }: Props) {
  const teacherReturn = rec.teacherReturn?.walk;
  const walk = useMemo(() => walkReturnTraces(rec.rows, teacherReturn), [rec.rows, teacherReturn]);
  const walkGhost = useMemo(() => (recorded ? walkReturnTraces(recorded.rows, recorded.teacherReturn?.walk) : null), [recorded]);
  const walkLayout = useMemo(() => ({ ...WALK_LAYOUT, ...emptyNote(rec.rows.length === 0, 'Press Run: filled at each evaluation') }), [rec.rows.length]);
  return (
    <>
      <PanelHero
        figure={(
          <div className="teacher-hero">
            <HumanoidFigure rec={rec} preview={preview} domain="humanoidWalk" teacherName="walk" />
            <Plot name="teacher-walk" height={400} data={walk} recorded={walkGhost} layout={walkLayout} />
          </div>
        )}
        controls={(
          <>
            <RunBar {...runBarProps(run)} />
            <DomainSettings paper={paper} run={run} domain="humanoidWalk" />
            <MetricCards
              metrics={[
                { label: 'Walk return, with teachers', value: lastValue(rec.rows, 'taskReturn') },
                { label: 'Walk return, without', value: lastValue(rec.rows, 'basetaskReturn') },
                { label: 'Walk teacher alone', value: teacherReturn },
                { label: 'Speed, with teachers (m/s)', value: lastValue(rec.rows, 'speed') },
              ]}
            />
          </>
        )}
      />
      <section id="episode">
        <h2>1. The replayed episodes</h2>
        <p className="hint">Torso height and distance from the start over the episodes in the view above: the walk teacher's from the first evaluation start, and the agent's latest once a run has one.</p>
        <EpisodePlot rec={rec} preview={preview} domain="humanoidWalk" teacherName="walk" />
      </section>
      <TeacherQuestion />
      <HumanoidProse walk />
      <WhatToTry domain="humanoidWalk" />
      <SelectionSection rec={rec} n={2} on={run.params.selectTeachers} />
      <LearnerSections rec={rec} recorded={recorded} n={3} />
    </>
  );
}
