/** Each model's test loss at each evaluation, one line per test length: solid at the training length, dotted beyond. */
import type { Data } from 'plotly.js-dist-min';
import type { Figure } from '../../../ui/figure';
import { noteWhenEmpty } from '../../../ui/plotNote';
import type { RimsRecording } from '../experiment';
import type { RimsParams } from '../params';
import { MODEL_COLOUR, MODEL_NAME, MODELS } from './models';
import { lossUnit } from './trainingLoss';

export function testLossFigure(rec: Pick<RimsRecording, 'artifacts'>, params: Pick<RimsParams, 'task'>): Figure {
  const evals = rec.artifacts.evals ?? [];
  const labels = rec.artifacts.models?.evalLabels ?? [];
  const data = MODELS.flatMap((m) =>
    labels.flatMap((l, i): Data[] => {
      const pts = evals.filter((p) => p.model === m && p.set === i);
      if (!pts.length) return [];
      return [{ type: 'scatter', mode: 'lines+markers', name: `${MODEL_NAME[m]} ${l}`, x: pts.map((p) => p.step), y: pts.map((p) => p.loss), line: { color: MODEL_COLOUR[m], dash: i === 0 ? 'solid' : 'dot' } }];
    }),
  );
  const layout = { title: { text: 'Test loss (solid: training length; dotted: longer)' }, xaxis: { title: { text: 'training step' } }, yaxis: { title: { text: lossUnit(params.task) } } };
  return { data, layout: noteWhenEmpty(data, layout, 'Test losses appear at each evaluation.') };
}
