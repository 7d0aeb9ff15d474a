/** Which teacher the agent chooses: the selection head's probabilities along the latest evaluation episode. */
import { useMemo } from 'react';
import { Plot } from '../../../ui/Plot';
import type { TeacherRecording } from '../experiment';
import type { TeacherParams } from '../params';
import { choiceFigure } from '../plots/choice';

export function SelectionSection({ rec, n, params }: { rec: TeacherRecording; n: number; params: Pick<TeacherParams, 'selectTeachers'> }) {
  const { selectTeachers } = params;
  const figure = useMemo(() => choiceFigure(rec, { selectTeachers }), [rec, selectTeachers]);
  return (
    <section id="selection">
      <h2>{n}. Which teacher does the agent choose?</h2>
      {rec.artifacts.setup?.choices ? (
        <p className="hint">
          The selection head's probability of each choice at every step of the latest evaluation episode: the task reward
          alone, or one of the teachers that are on, whose objective then applies in that state.
        </p>
      ) : <p className="hint">Switch on "Teacher selection head" (or pick the humanoid-select or humanoid-walk preset) to train a head that chooses, per state, which teacher's objective applies (or none).</p>}
      <Plot name="teacher-selection" height={260} {...figure} />
    </section>
  );
}
