/**
 * The page of a humanoid task, stand or walk, around the task's own score
 * plot and cards (HumanoidStandView, HumanoidWalkView say which): the humanoid
 * replaying the agent beside the task's teacher (before any run, that
 * teacher's own episode), the score per evaluation with and without
 * teachers, the task's key controls, then the replayed episodes, the
 * question, the mechanism, the teacher choice and the learner.
 */
import { MetricCards, type Metric } from '../../../ui/MetricCards';
import type { Figure } from '../../../ui/figure';
import { PanelHero } from '../../../ui/PanelHero';
import { Plot } from '../../../ui/Plot';
import { RunBar, runBarProps } from '../../../ui/RunBar';
import { useComparedFigure } from '../../../ui/useComparedFigure';
import { DomainSettings } from '../DomainSettings';
import type { TeacherRecording } from '../experiment';
import type { DomainViewProps } from '../domainView';
import { LearnerSections } from '../LearnerSections';
import { HumanoidProse, TeacherQuestion, WhatToTry } from '../TeacherProse';
import { EpisodePlot, HumanoidFigure } from './HumanoidFigure';
import type { HumanoidTask } from './humanoidTasks';
import { SelectionSection } from './SelectionSection';

interface Props extends DomainViewProps {
  domain: 'humanoidStand' | 'humanoidWalk';
  task: HumanoidTask;
  /** The task's score per evaluation, beside the humanoid (a compared run drawn faded behind it), and the plot's name. */
  score: (rec: TeacherRecording) => Figure;
  scoreName: string;
  /** The task's metric cards, under its controls. */
  cards: (rec: TeacherRecording) => Metric[];
}

export function HumanoidTaskView({ domain, task, score, scoreName, cards, paper, run, rec, recorded, preview }: Props) {
  const figure = useComparedFigure(score, rec, recorded);
  return (
    <>
      <PanelHero
        figure={(
          <div className="teacher-hero">
            <HumanoidFigure rec={rec} preview={preview} domain={domain} teacherName={task} />
            <Plot name={scoreName} height={400} {...figure} steps />
          </div>
        )}
        controls={(
          <>
            <RunBar {...runBarProps(run)} />
            <DomainSettings paper={paper} run={run} domain={domain} />
            <MetricCards metrics={cards(rec)} />
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
