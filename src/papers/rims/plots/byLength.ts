/**
 * Each model's score per test length at the latest evaluation, grouped bars:
 * accuracy on copying and digits, squared error on adding.
 */
import type { Data, Layout } from 'plotly.js-dist-min';
import type { Figure } from '../../../ui/figure';
import { noteWhenEmpty } from '../../../ui/plotNote';
import type { RimsRecording } from '../experiment';
import type { RimsParams } from '../params';
import { MODEL_COLOUR, MODEL_NAME, MODELS } from './models';

export function byLengthFigure(rec: Pick<RimsRecording, 'artifacts'>, params: Pick<RimsParams, 'task'>): Figure {
  const evals = rec.artifacts.evals ?? [];
  const labels = rec.artifacts.models?.evalLabels ?? [];
  const classify = params.task !== 'adding';
  const lastStep = evals.length ? evals[evals.length - 1].step : null;
  const data = MODELS.flatMap((m): Data[] => {
    const now = evals.filter((p) => p.step === lastStep && p.model === m);
    if (!now.length) return [];
    return [{ type: 'bar', name: MODEL_NAME[m], x: now.map((p) => labels[p.set]), y: now.map((p) => (classify ? p.accuracy : p.loss)), marker: { color: MODEL_COLOUR[m] } }];
  });
  const layout: Partial<Layout> = {
    title: { text: `${classify ? 'Test accuracy' : 'Test squared error'} by length, step ${lastStep ?? '–'}` },
    barmode: 'group',
    xaxis: { title: { text: 'test length' } },
    yaxis: classify ? { range: [0, 1], title: { text: 'accuracy (fraction)' } } : { title: { text: 'squared error' } },
  };
  return { data, layout: noteWhenEmpty(data, layout, 'Scores by test length appear at each evaluation.') };
}
