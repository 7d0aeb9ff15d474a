/**
 * The humanoid stand domain: the humanoid replaying the agent beside the
 * stand teacher (before any run, the stand teacher's own episode), the mean
 * head height per evaluation with and without teachers, the stand task's key
 * controls, then the question, the mechanism, the humanoid and the learner.
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
import { HEAD_LAYOUT, headHeightTraces } from '../plots/learningPlots';
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

export function StandView({ paper, run, rec, recorded, preview }: Props) {
  const teacherHead = rec.teacherHead?.stand;
  const head = useMemo(() => headHeightTraces(rec.rows, teacherHead, 'stand'), [rec.rows, teacherHead]);
  const headGhost = useMemo(() => (recorded ? headHeightTraces(recorded.rows, recorded.teacherHead?.stand, 'stand') : null), [recorded]);
  const headLayout = useMemo(() => ({ ...HEAD_LAYOUT, ...emptyNote(rec.rows.length === 0, 'Press Run: filled at each evaluation') }), [rec.rows.length]);
  return (
    <>
      <PanelHero
        figure={(
          <div className="teacher-hero">
            <HumanoidFigure rec={rec} preview={preview} domain="humanoidStand" teacherName="stand" />
            <Plot name="teacher-head" height={400} data={head} recorded={headGhost} layout={headLayout} />
          </div>
        )}
        controls={(
          <>
            <RunBar {...runBarProps(run)} />
            <DomainSettings paper={paper} run={run} domain="humanoidStand" />
            <MetricCards
              metrics={[
                { label: 'Head height, with teacher (m)', value: lastValue(rec.rows, 'headHeight') },
                { label: 'Head height, without (m)', value: lastValue(rec.rows, 'baseheadHeight') },
                { label: 'Stand teacher alone (m)', value: teacherHead },
                { label: 'Physics steps/s', value: lastValue(rec.rows, 'physicsStepsPerSec'), digits: 6 },
              ]}
            />
          </>
        )}
      />
      <section id="episode">
        <h2>1. The replayed episodes</h2>
        <p className="hint">Torso height and distance from the start over the episodes in the view above: the stand teacher's from the first evaluation start, and the agent's latest once a run has one.</p>
        <EpisodePlot rec={rec} preview={preview} domain="humanoidStand" teacherName="stand" />
      </section>
      <TeacherQuestion />
      <HumanoidProse walk={false} />
      <WhatToTry domain="humanoidStand" />
      <SelectionSection rec={rec} n={2} on={run.params.selectTeachers} />
      <LearnerSections rec={rec} recorded={recorded} n={3} />
    </>
  );
}
