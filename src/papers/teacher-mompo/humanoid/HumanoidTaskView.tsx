/**
 * The page of a humanoid task, stand or walk, around the task's own score
 * plot and cards (HumanoidStandView, HumanoidWalkView): the humanoid
 * replaying the agent beside the task's teacher (before any run, that
 * teacher's own episode), the score per evaluation with and without
 * teachers, the task's key controls, then the replayed episodes, the
 * question, the mechanism, the teacher choice and the learner.
 */
import type { ReactNode } from 'react';
import { PanelHero } from '../../../ui/PanelHero';
import { RunBar, runBarProps } from '../../../ui/RunBar';
import { DomainSettings } from '../DomainSettings';
import type { DomainViewProps } from '../domainView';
import { LearnerSections } from '../LearnerSections';
import { HumanoidProse, TeacherQuestion, WhatToTry } from '../TeacherProse';
import { EpisodePlot, HumanoidFigure } from './HumanoidFigure';
import type { HumanoidTask } from './humanoidTasks';
import { SelectionSection } from './SelectionSection';

interface Props extends DomainViewProps {
  domain: 'humanoidStand' | 'humanoidWalk';
  task: HumanoidTask;
  /** The task's score per evaluation, beside the humanoid. */
  score: ReactNode;
  /** The task's metric cards, under its controls. */
  cards: ReactNode;
}

export function HumanoidTaskView({ domain, task, score, cards, paper, run, rec, recorded, preview }: Props) {
  return (
    <>
      <PanelHero
        figure={(
          <div className="teacher-hero">
            <HumanoidFigure rec={rec} preview={preview} domain={domain} teacherName={task} />
            {score}
          </div>
        )}
        controls={(
          <>
            <RunBar {...runBarProps(run)} />
            <DomainSettings paper={paper} run={run} domain={domain} />
            {cards}
          </>
        )}
      />
      <section id="episode">
        <h2>1. The replayed episodes</h2>
        <p className="hint">Torso height and distance from the start over the episodes in the view above: the {task} teacher's from the first evaluation start, and the agent's latest once a run has one.</p>
        <EpisodePlot rec={rec} preview={preview} domain={domain} teacherName={task} />
      </section>
      <TeacherQuestion />
      <HumanoidProse walk={task === 'walk'} />
      <WhatToTry domain={domain} />
      <SelectionSection rec={rec} n={2} params={run.params} />
      <LearnerSections rec={rec} recorded={recorded} n={3} />
    </>
  );
}
