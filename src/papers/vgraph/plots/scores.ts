/**
 * vGraph's scores against the ground truth at each evaluation (the rows with
 * a modularity), and Louvain's as dotted flat lines over the same epochs in
 * the colour of the same score. Only the scores the run reports: an uploaded
 * graph has no ground truth, so modularity and the edges across alone.
 */
import type { Data } from 'plotly.js-dist-min';
import { metric } from '../../../core/runner/RunRecorder';
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import { paletteColour } from '../../../ui/plotTheme';
import type { VGraphRecording, VGraphScoreMetric } from '../experiment';

const SCORES: readonly (readonly [VGraphScoreMetric, string])[] = [['nmi', 'NMI'], ['modularity', 'modularity'], ['f1', 'F1'], ['jaccard', 'Jaccard'], ['crossing', 'edges across']];
/** Louvain's partition has no overlap to score apart from F1, and its edges across say nothing next to vGraph's. */
const LOUVAIN_SCORES: ReadonlySet<VGraphScoreMetric> = new Set(['nmi', 'modularity', 'f1']);

export function scoresFigure(rec: Pick<VGraphRecording, 'rows' | 'artifacts'>): Figure {
  const ev = rec.rows.filter((r) => metric(r, 'modularity') !== undefined);
  const x = ev.map((r) => r.step);
  const data: Data[] = SCORES
    .filter(([k]) => ev.some((r) => metric(r, k) !== undefined))
    .map(([k, name], i) => ({ type: 'scatter', mode: 'lines+markers', name, x, y: ev.map((r) => metric(r, k) ?? null), line: { color: paletteColour(i) } }));
  const { louvain } = rec.artifacts;
  if (louvain && x.length) {
    SCORES.forEach(([k, name], i) => {
      const v = louvain.scores[k];
      if (v !== undefined && LOUVAIN_SCORES.has(k)) {
        data.push({ type: 'scatter', mode: 'lines', name: `Louvain ${name}`, x: [x[0], x[x.length - 1]], y: [v, v], line: { dash: 'dot', color: paletteColour(i) } });
      }
    });
  }
  return {
    data,
    layout: {
      title: { text: 'Scores against the ground truth (dotted: Louvain)' }, xaxis: { title: { text: 'epoch' } }, yaxis: { range: [0, 1.02], title: { text: 'score (0 to 1)' } },
      ...emptyNote(rec.rows.length === 0, 'Press Run: scored at each evaluation'),
    },
  };
}
