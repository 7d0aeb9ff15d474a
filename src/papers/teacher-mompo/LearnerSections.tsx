/**
 * What every domain shows of the shared learner: per-objective returns (task
 * return with and without teachers, each teacher's log-likelihood of the
 * agent's action) and each objective's temperature and E-step KL; with the
 * compared run of the same domain (the recorded run, or the run a restart
 * replaced) faded behind a live run.
 */
import { Plot } from '../../ui/Plot';
import { useComparedFigure } from '../../ui/useComparedFigure';
import type { TeacherRecording } from './experiment';
import { dualsFigure } from './plots/duals';
import { returnsFigure } from './plots/returns';

export function LearnerSections({ rec, recorded, n }: { rec: TeacherRecording; recorded: TeacherRecording | null; n: number }) {
  const returns = useComparedFigure(returnsFigure, rec, recorded);
  const duals = useComparedFigure(dualsFigure, rec, recorded);
  return (
    <>
      <section id="objectives">
        <h2>{n}. Per-objective returns</h2>
        <p className="hint">The task return of the agent with teachers and without (same seed), and how likely each teacher finds the agent's action: the teachers' pull, objective by objective.</p>
        <Plot name="teacher-returns" height={300} {...returns} steps />
      </section>
      <section id="learner">
        <h2>{n + 1}. Inside the learner</h2>
        <p className="hint">Each objective's temperature η_k from its dual, and the KL of its E-step weights, which the dual drives toward ε_k.</p>
        <Plot name="teacher-duals" height={300} {...duals} steps />
      </section>
    </>
  );
}
