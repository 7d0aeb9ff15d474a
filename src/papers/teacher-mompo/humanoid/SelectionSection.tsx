/** Which teacher the agent chooses: the selection head's probabilities along the latest evaluation episode. */
import { useMemo } from 'react';
import { Plot } from '../../../ui/Plot';
import { CHOICE_LAYOUT, choicePlotTraces } from '../plots/choicePlot';
import { emptyNote } from '../../../ui/emptyNote';
import type { TeacherRecording } from '../teacherRecording';

export function SelectionSection({ rec, n, on }: { rec: TeacherRecording; n: number; /** The selection head is switched on in the settings. */ on: boolean }) {
  const choices = rec.setup?.choices ?? null;
  const data = useMemo(() => (choices ? choicePlotTraces(rec.episode, choices) : []), [choices, rec.episode]);
  const empty = data.every((d) => !('x' in d) || !d.x || d.x.length === 0);
  const why = on ? 'Press Run: filled at each evaluation' : 'Switch on "Teacher selection head" and run';
  const layout = useMemo(() => ({ ...CHOICE_LAYOUT, ...emptyNote(empty, why) }), [empty, why]);
  return (
    <section id="selection">
      <h2>{n}. Which teacher does the agent choose?</h2>
      {choices ? (
        <p className="hint">
          The selection head's probability of each choice at every step of the latest evaluation episode: the task reward
          alone, or one of the teachers that are on, whose objective then applies in that state.
        </p>
      ) : <p className="hint">Switch on "Teacher selection head" (or pick the humanoid-select or humanoid-walk preset) to train a head that chooses, per state, which teacher's objective applies (or none).</p>}
      <Plot name="teacher-selection" height={260} data={data} layout={layout} />
    </section>
  );
}
