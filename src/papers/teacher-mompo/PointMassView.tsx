/**
 * The point-mass domain: the MuJoCo arena replaying the agent's latest
 * episode or the teachers' own (computed before any run), the success curve
 * with and without teachers, the key controls of the composition, then the
 * question, the mechanism, the trade-off sweep and the learner's insides.
 */
import { useMemo } from 'react';
import { MetricCards } from '../../ui/MetricCards';
import { PanelHero } from '../../ui/PanelHero';
import { Plot } from '../../ui/Plot';
import { RunBar, runBarProps } from '../../ui/RunBar';
import { useComparedFigure } from '../../ui/useComparedFigure';
import { ArenaFigure } from './ArenaFigure';
import { arenaEpisodes } from './arenaEpisodes';
import { DomainSettings } from './DomainSettings';
import { latest } from './domainRecording';
import type { DomainViewProps } from './domainView';
import { LearnerSections } from './LearnerSections';
import { goalDistanceFigure } from './plots/goalDistance';
import { successFigure } from './plots/success';
import { tradeoffFigure } from './plots/tradeoff';
import { TeacherQuestion, WhatToTry } from './TeacherProse';

export function PointMassView({ paper, run, rec, recorded, preview }: DomainViewProps) {
  const { composition } = run.params;
  const episodes = useMemo(
    () => arenaEpisodes(rec, run.origin.kind === 'recorded', preview.preview, composition),
    [rec, run.origin.kind, preview.preview, composition],
  );
  const tracks = useMemo(() => goalDistanceFigure(episodes, { composition }), [episodes, composition]);
  const success = useComparedFigure(successFigure, rec, recorded);
  const trade = useMemo(() => tradeoffFigure(rec), [rec]);
  const alone = rec.artifacts.teacherSuccess;

  return (
    <>
      <PanelHero
        figure={(
          <div className="teacher-hero">
            <ArenaFigure episodes={episodes} waiting={preview.error ? `The arena could not be built: ${preview.error}` : 'Building the arena and the teachers\' episodes …'} />
            <Plot name="teacher-success" height={360} {...success} steps />
          </div>
        )}
        controls={(
          <>
            <RunBar {...runBarProps(run)} />
            <DomainSettings paper={paper} run={run} domain="pointMass" />
            <MetricCards
              metrics={[
                { label: 'Success, with teachers', value: latest(rec, 'success') },
                { label: 'Success, without', value: latest(rec, 'basesuccess') },
                { label: 'Best teacher alone', value: alone ? Math.max(...Object.values(alone)) : undefined },
                { label: 'Env steps/s (MuJoCo)', value: latest(rec, 'envStepsPerSec'), digits: 6 },
              ]}
            />
          </>
        )}
      />
      <section id="episodes">
        <h2>1. The episodes in the arena</h2>
        <p className="hint">How far the ball is from the goal along each episode the arena replays, from the same start: the teachers' own (no learning) and the agent's latest. In the sequence task the way to the goal leads past the waypoint.</p>
        <Plot name="teacher-episodes" height={280} {...tracks} />
      </section>
      <TeacherQuestion />
      <WhatToTry domain="pointMass" />
      <section id="tradeoff">
        <h2>2. Trade-off: how strongly to follow a teacher</h2>
        <p className="hint">Final task return of short runs at log-spaced ε_T for every active teacher.</p>
        <Plot name="teacher-tradeoff" height={300} {...trade} />
      </section>
      <LearnerSections rec={rec} recorded={recorded} n={3} />
    </>
  );
}
