/**
 * The latent space at the end of a run: every crystal's posterior mean μ on
 * the first two principal components, one trace per prototype, held-out
 * crystals as diamonds.
 */
import type { Data } from 'plotly.js-dist-min';
import type { Figure } from '../../../ui/figure';
import { noteWhenEmpty } from '../../../ui/plotNote';
import type { CrystalRecording, LatentMap } from '../experiment';

function prototypeTraces(map: LatentMap): Data[] {
  return map.names.map((name, p): Data => {
    const idx = map.proto.flatMap((q, i) => (q === p ? [i] : []));
    return {
      type: 'scatter', mode: 'markers', name,
      x: idx.map((i) => map.x[i]), y: idx.map((i) => map.y[i]),
      text: idx.map((i) => `${map.formulas[i]}${map.heldOut[i] ? ' (held out)' : ''}`),
      marker: { size: 6, symbol: idx.map((i) => (map.heldOut[i] ? 'diamond' : 'circle')) },
    };
  });
}

export function latentFigure(rec: Pick<CrystalRecording, 'artifacts'>): Figure {
  const { latent } = rec.artifacts;
  const data = latent ? prototypeTraces(latent) : [];
  return {
    data,
    layout: noteWhenEmpty(data, {
      title: { text: 'Latent means μ, first two principal components' },
      xaxis: { title: { text: 'PC 1' } },
      yaxis: { title: { text: 'PC 2' } },
    }, 'Every crystal is embedded at the end of a run.'),
  };
}
