/**
 * What every domain shows of the shared learner: per-objective returns (task
 * return with and without teachers, each teacher's log-likelihood of the
 * agent's action) and each objective's temperature and E-step KL; with the
 * compared run of the same domain (the recorded run, or the run a restart
 * replaced) faded behind a live run.
 */
import { useMemo } from 'react';
import { Plot } from '../../ui/Plot';
import { emptyNote } from '../../ui/emptyNote';
import { DUALS_LAYOUT, dualTraces, RETURNS_LAYOUT, returnTraces } from './plots/learningPlots';
import type { TeacherRecording } from './teacherRecording';

const RUN_TO_FILL = 'Press Run: filled at each evaluation of a run';

export function LearnerSections({ rec, recorded, n }: { rec: TeacherRecording; recorded: TeacherRecording | null; n: number }) {
  const teachers = useMemo(() => rec.setup?.teachers ?? [], [rec.setup]);
  const ghostTeachers = useMemo(() => recorded?.setup?.teachers ?? [], [recorded]);
  const returns = useMemo(() => returnTraces(rec.rows, teachers), [rec.rows, teachers]);
  const returnsGhost = useMemo(() => (recorded ? returnTraces(recorded.rows, ghostTeachers) : null), [recorded, ghostTeachers]);
  const duals = useMemo(() => dualTraces(rec.rows, teachers), [rec.rows, teachers]);
  const dualsGhost = useMemo(() => (recorded ? dualTraces(recorded.rows, ghostTeachers) : null), [recorded, ghostTeachers]);
  const returnsLayout = useMemo(() => ({ ...RETURNS_LAYOUT, ...emptyNote(rec.rows.length === 0, RUN_TO_FILL) }), [rec.rows.length]);
  const dualsLayout = useMemo(() => ({ ...DUALS_LAYOUT, ...emptyNote(rec.rows.length === 0, 'Press Run: filled every 10 learner updates') }), [rec.rows.length]);
  return (
    <>
      <section id="objectives">
        <h2>{n}. Per-objective returns</h2>
        <p className="hint">The task return of the agent with teachers and without (same seed), and how likely each teacher finds the agent's action: the teachers' pull, objective by objective.</p>
        <Plot name="teacher-returns" height={300} data={returns} recorded={returnsGhost} layout={returnsLayout} steps />
      </section>
      <section id="learner">
        <h2>{n + 1}. Inside the learner</h2>
        <p className="hint">Each objective's temperature η_k from its dual, and the KL of its E-step weights, which the dual drives toward ε_k.</p>
        <Plot name="teacher-duals" height={300} data={duals} recorded={dualsGhost} layout={dualsLayout} steps />
      </section>
    </>
  );
}
