/** Accuracy gained from the smallest to the largest model, per task family, largest first (the paper's §4.3 question). */
import type { Figure } from '../../../ui/figure';
import { emptyNote } from '../../../ui/emptyNote';
import { paletteColour } from '../../../ui/plotTheme';
import type { GopherRecording, ModelResult } from '../experiment';
import { TASK_FAMILIES, type TaskFamily } from '../tasks';

/** A loss of accuracy with scale is drawn in red, apart from the palette. */
const LOSS_RED = '#b3261e';

export function familyGains(results: readonly ModelResult[]): { family: TaskFamily; gain: number }[] | null {
  if (results.length < 2) return null;
  const first = results[0], last = results[results.length - 1];
  return TASK_FAMILIES.map((f) => ({ family: f, gain: last.scores[f] - first.scores[f] })).sort((a, b) => b.gain - a.gain);
}

export function gainsFigure(rec: Pick<GopherRecording, 'artifacts'>): Figure {
  const gains = familyGains(rec.artifacts.results ?? []);
  return {
    data: gains
      ? [{ type: 'bar', x: gains.map((g) => g.family), y: gains.map((g) => 100 * g.gain), name: 'gain', marker: { color: gains.map((g) => (g.gain >= 0 ? paletteColour(0) : LOSS_RED)) } }]
      : [],
    layout: {
      title: { text: 'Gain from the smallest to the largest model' }, xaxis: { title: { text: 'task family' } }, yaxis: { title: { text: 'gain (accuracy points)' } },
      ...emptyNote(!gains, 'The gains appear once two models are evaluated'),
    },
  };
}
