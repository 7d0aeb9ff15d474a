/**
 * The U-Net's training: the weighted cross-entropy of each batch (left), the
 * batch's atom-voxel accuracy and, at each evaluation, the share of held-out
 * cells whose atoms come out exact (right). x is the run's step, which counts
 * the VAE's steps first.
 */
import type { Figure } from '../../../ui/figure';
import { noteWhenEmpty } from '../../../ui/plotNote';
import type { CrystalRecording } from '../experiment';
import { metricLine } from './metricLine';

export function segFigure(rec: Pick<CrystalRecording, 'rows'>): Figure {
  const data = [
    metricLine(rec.rows, 'segLoss', 'weighted cross-entropy'),
    metricLine(rec.rows, 'voxelAcc', 'atom-voxel accuracy (batch)', { yaxis: 'y2' }),
    metricLine(rec.rows, 'cellAcc', 'held-out cells exact', { yaxis: 'y2', mode: 'lines+markers' }),
  ];
  return {
    data,
    layout: noteWhenEmpty(data, {
      title: { text: 'U-Net: loss and accuracy' },
      xaxis: { title: { text: 'step (VAE steps, then U-Net steps)' } },
      yaxis: { title: { text: 'weighted cross-entropy (nats)' } },
      yaxis2: { title: { text: 'accuracy (fraction)' }, range: [0, 1] },
    }, 'The U-Net trains after the VAE.'),
  };
}
