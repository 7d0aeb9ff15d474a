/**
 * The ELBO and its terms per epoch (nats per directed edge), from a run's
 * training rows (those with an ELBO; evaluation rows carry scores instead).
 * KL and smoothness are far smaller than the reconstruction term, so they
 * get the right axis.
 */
import { emptyNote } from '../../../ui/emptyNote';
import type { Figure } from '../../../ui/figure';
import { metric } from '../../../core/runner/RunRecorder';
import type { VGraphRecording } from '../experiment';

export function lossFigure(rec: Pick<VGraphRecording, 'rows'>): Figure {
  const train = rec.rows.filter((r) => metric(r, 'elbo') !== undefined);
  const x = train.map((r) => r.step);
  return {
    data: [
      { type: 'scatter', mode: 'lines', name: 'ELBO', x, y: train.map((r) => metric(r, 'elbo') ?? null) },
      { type: 'scatter', mode: 'lines', name: '−E_q log p(c|z)', x, y: train.map((r) => metric(r, 'recon') ?? null), visible: 'legendonly' },
      { type: 'scatter', mode: 'lines', name: 'KL(q ‖ p(z|w))', x, y: train.map((r) => metric(r, 'kl') ?? null), yaxis: 'y2' },
      { type: 'scatter', mode: 'lines', name: 'λ · smoothness', x, y: train.map((r) => metric(r, 'reg') ?? null), yaxis: 'y2' },
    ],
    layout: {
      title: { text: 'ELBO and loss terms per epoch' }, xaxis: { title: { text: 'epoch' } }, yaxis: { title: { text: 'ELBO (nats per edge)' } },
      yaxis2: { title: { text: 'KL, λ·smoothness (nats per edge)' } },
      ...emptyNote(rec.rows.length === 0, 'Press Run: one point per epoch'),
    },
  };
}
