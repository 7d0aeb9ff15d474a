/**
 * A humanoid domain, stand or walk: the humanoid replaying the agent beside
 * the task's teacher (before any run, that teacher's own episode), the task's
 * score per evaluation with and without teachers, the task's key controls,
 * then the replayed episodes, the question, the mechanism, the teacher choice
 * and the learner. The two tasks differ only in the row of TASKS below.
 */
import { useMemo } from 'react';
import type { Data, Layout } from 'plotly.js-dist-min';
import type { PaperDef } from '../../../core/paper';
import { emptyNote } from '../../../ui/emptyNote';
import { MetricCards, type Metric } from '../../../ui/MetricCards';
import { PanelHero } from '../../../ui/PanelHero';
import { Plot } from '../../../ui/Plot';
import { RunBar, runBarProps } from '../../../ui/RunBar';
import type { ExperimentRun } from '../../../ui/useExperimentRun';
import { DomainSettings } from '../DomainSettings';
import { LearnerSections } from '../LearnerSections';
import type { TeacherParams, teacherSchema } from '../params';
import { HEAD_LAYOUT, headHeightTraces, WALK_LAYOUT, walkReturnTraces } from '../plots/learningPlots';
import { lastValue } from '../plots/series';
import type { PreviewState } from '../preview/useTeacherPreview';
import type { TeacherRecording } from '../teacherRecording';
import { HumanoidProse, TeacherQuestion, WhatToTry } from '../TeacherProse';
import { EpisodePlot, HumanoidFigure } from './HumanoidFigure';
import { SelectionSection } from './SelectionSection';

export type HumanoidTask = 'stand' | 'walk';

interface TaskView {
  domain: 'humanoidStand' | 'humanoidWalk';
  /** The task's score plot: its data-plot name, traces (pure) and layout. */
  plot: string;
  traces(rec: TeacherRecording): Data[];
  layout: Partial<Layout>;
  cards(rec: TeacherRecording): Metric[];
}

const TASKS: Record<HumanoidTask, TaskView> = {
  stand: {
    domain: 'humanoidStand',
    plot: 'teacher-head',
    traces: (rec) => headHeightTraces(rec.rows, rec.teacherHead?.stand, 'stand'),
    layout: HEAD_LAYOUT,
    cards: (rec) => [
      { label: 'Head height, with teacher (m)', value: lastValue(rec.rows, 'headHeight') },
      { label: 'Head height, without (m)', value: lastValue(rec.rows, 'baseheadHeight') },
      { label: 'Stand teacher alone (m)', value: rec.teacherHead?.stand },
      { label: 'Physics steps/s', value: lastValue(rec.rows, 'physicsStepsPerSec'), digits: 6 },
    ],
  },
  walk: {
    domain: 'humanoidWalk',
    plot: 'teacher-walk',
    traces: (rec) => walkReturnTraces(rec.rows, rec.teacherReturn?.walk),
    layout: WALK_LAYOUT,
    cards: (rec) => [
      { label: 'Walk return, with teachers', value: lastValue(rec.rows, 'taskReturn') },
      { label: 'Walk return, without', value: lastValue(rec.rows, 'basetaskReturn') },
      { label: 'Walk teacher alone', value: rec.teacherReturn?.walk },
      { label: 'Speed, with teachers (m/s)', value: lastValue(rec.rows, 'speed') },
    ],
  },
};

interface Props {
  task: HumanoidTask;
  paper: PaperDef<typeof teacherSchema>;
  run: ExperimentRun<TeacherParams>;
  rec: TeacherRecording;
  recorded: TeacherRecording | null;
  preview: PreviewState;
}

export function HumanoidTaskView({ task, paper, run, rec, recorded, preview }: Props) {
  const t = TASKS[task];
  const data = useMemo(() => t.traces(rec), [t, rec]);
  const ghost = useMemo(() => (recorded ? t.traces(recorded) : null), [t, recorded]);
  const layout = useMemo(() => ({ ...t.layout, ...emptyNote(rec.rows.length === 0, 'Press Run: filled at each evaluation') }), [t, rec.rows.length]);
  return (
    <>
      <PanelHero
        figure={(
          <div className="teacher-hero">
            <HumanoidFigure rec={rec} preview={preview} domain={t.domain} teacherName={task} />
            <Plot name={t.plot} height={400} data={data} recorded={ghost} layout={layout} steps />
          </div>
        )}
        controls={(
          <>
            <RunBar {...runBarProps(run)} />
            <DomainSettings paper={paper} run={run} domain={t.domain} />
            <MetricCards metrics={t.cards(rec)} />
          </>
        )}
      />
      <section id="episode">
        <h2>1. The replayed episodes</h2>
        <p className="hint">Torso height and distance from the start over the episodes in the view above: the {task} teacher's from the first evaluation start, and the agent's latest once a run has one.</p>
        <EpisodePlot rec={rec} preview={preview} domain={t.domain} teacherName={task} />
      </section>
      <TeacherQuestion />
      <HumanoidProse walk={task === 'walk'} />
      <WhatToTry domain={t.domain} />
      <SelectionSection rec={rec} n={2} on={run.params.selectTeachers} />
      <LearnerSections rec={rec} recorded={recorded} n={3} />
    </>
  );
}
