/**
 * The 2-D map of the graph embeddings at the latest refresh (UMAP, redrawn
 * from scratch each time), one trace per class: every graph is one point.
 */
import type { Data } from 'plotly.js-dist-min';
import type { Figure } from '../../../ui/figure';
import { noteWhenEmpty } from '../../../ui/plotNote';
import { paletteColour } from '../../../ui/plotTheme';
import type { EmbeddingMap, InfographRecording } from '../experiment';

function classTraces(map: EmbeddingMap): Data[] {
  return map.classNames.map((name, c): Data => {
    const idx = map.labels.flatMap((y, i) => (y === c ? [i] : []));
    return { type: 'scatter', mode: 'markers', name, x: idx.map((i) => map.x[i]), y: idx.map((i) => map.y[i]), text: idx.map((i) => `graph ${i}`), marker: { size: 7, color: paletteColour(c), opacity: 0.8 } };
  });
}

export function mapFigure(rec: Pick<InfographRecording, 'artifacts'>): Figure {
  const { map } = rec.artifacts;
  const data = map ? classTraces(map) : [];
  return {
    data,
    layout: noteWhenEmpty(data, {
      title: { text: map ? `UMAP of graph embeddings, epoch ${map.epoch}` : 'UMAP of graph embeddings' },
      xaxis: { showticklabels: false, title: { text: 'UMAP 1' } },
      yaxis: { showticklabels: false, title: { text: 'UMAP 2' } },
    }, 'The untrained encoder\'s map appears when a run starts.'),
  };
}
