/**
 * The point-mass domain: the MuJoCo arena replaying the agent's latest
 * episode or the teachers' own (computed before any run), the success curve
 * with and without teachers, the key controls of the composition, then the
 * question, the mechanism, the trade-off sweep and the learner's insides.
 */
import { useMemo } from 'react';
import type { PaperDef } from '../../core/paper';
import { MetricCards } from '../../ui/MetricCards';
import { PanelHero } from '../../ui/PanelHero';
import { Plot } from '../../ui/Plot';
import { RunBar, runBarProps } from '../../ui/RunBar';
import type { ExperimentRun } from '../../ui/useExperimentRun';
import { ArenaFigure } from './ArenaFigure';
import { arenaEpisodes } from './arenaEpisodes';
import { DomainSettings } from './DomainSettings';
import { LearnerSections } from './LearnerSections';
import type { TeacherParams, teacherSchema } from './params';
import { WITH } from './plots/colours';
import { emptyNote } from '../../ui/emptyNote';
import { ARENA_EPISODE_LAYOUT, arenaEpisodeTraces } from './plots/arenaEpisodePlot';
import { SUCCESS_LAYOUT, successTraces } from './plots/learningPlots';
import { LAYOUTS } from './arena';
import { LAYOUT_OF } from './setup';
import { lastValue } from './plots/series';
import type { PreviewState } from './preview/useTeacherPreview';
import type { TeacherRecording } from './teacherRecording';
import { TeacherQuestion, WhatToTry } from './TeacherProse';

interface Props {
  paper: PaperDef<typeof teacherSchema>;
  run: ExperimentRun<TeacherParams>;
  rec: TeacherRecording;
  recorded: TeacherRecording | null;
  preview: PreviewState;
}

export function PointMassView({ paper, run, rec, recorded, preview }: Props) {
  const episodes = useMemo(
    () => arenaEpisodes(rec, run.origin.kind === 'recorded', preview.preview, run.params.composition),
    [rec, run.origin.kind, preview.preview, run.params.composition],
  );
  const goal = LAYOUTS[LAYOUT_OF[run.params.composition]].goal;
  const tracks = useMemo(() => arenaEpisodeTraces(episodes, goal), [episodes, goal]);
  const success = useMemo(() => successTraces(rec.rows), [rec.rows]);
  const successGhost = useMemo(() => (recorded ? successTraces(recorded.rows) : null), [recorded]);
  const successLayout = useMemo(() => ({ ...SUCCESS_LAYOUT, ...emptyNote(rec.rows.length === 0, 'Press Run: filled at each evaluation') }), [rec.rows.length]);
  const alone = rec.teacherSuccess ? Math.max(...Object.values(rec.teacherSuccess)) : undefined;
  const trade = useMemo(() => [{ type: 'scatter' as const, mode: 'lines+markers' as const, name: 'final task return', x: rec.tradeoff.map((p) => p.epsilon), y: rec.tradeoff.map((p) => p.taskReturn), line: { color: WITH } }], [rec.tradeoff]);
  const tradeLayout = useMemo(() => ({
    title: { text: 'Final task return vs ε_T' }, xaxis: { type: 'log' as const, title: { text: 'ε_T (KL bound, nats)' } }, yaxis: { title: { text: 'task return (reward per episode)' } },
    ...emptyNote(rec.tradeoff.length === 0, 'Set "ε_T sweep: points" above 0 (or pick the trade-off preset) and run'),
  }), [rec.tradeoff.length]);

  return (
    <>
      <PanelHero
        figure={(
          <div className="teacher-hero">
            <ArenaFigure episodes={episodes} waiting={preview.error ? `The arena could not be built: ${preview.error}` : 'Building the arena and the teachers\' episodes …'} />
            <Plot name="teacher-success" height={360} data={success} recorded={successGhost} layout={successLayout} steps />
          </div>
        )}
        controls={(
          <>
            <RunBar {...runBarProps(run)} />
            <DomainSettings paper={paper} run={run} domain="pointMass" />
            <MetricCards
              metrics={[
                { label: 'Success, with teachers', value: lastValue(rec.rows, 'success') },
                { label: 'Success, without', value: lastValue(rec.rows, 'basesuccess') },
                { label: 'Best teacher alone', value: alone },
                { label: 'Env steps/s (MuJoCo)', value: lastValue(rec.rows, 'envStepsPerSec'), digits: 6 },
              ]}
            />
          </>
        )}
      />
      <section id="episodes">
        <h2>1. The episodes in the arena</h2>
        <p className="hint">How far the ball is from the goal along each episode the arena replays, from the same start: the teachers' own (no learning) and the agent's latest. In the sequence task the way to the goal leads past the waypoint.</p>
        <Plot name="teacher-episodes" height={280} data={tracks} layout={ARENA_EPISODE_LAYOUT} />
      </section>
      <TeacherQuestion />
      <WhatToTry domain="pointMass" />
      <section id="tradeoff">
        <h2>2. Trade-off: how strongly to follow a teacher</h2>
        <p className="hint">Final task return of short runs at log-spaced ε_T for every active teacher.</p>
        <Plot name="teacher-tradeoff" height={300} data={trade} layout={tradeLayout} />
      </section>
      <LearnerSections rec={rec} recorded={recorded} n={3} />
    </>
  );
}
