/**
 * The VAE's training: the summed squared error of each batch (left, log) and,
 * at each evaluation, the held-out MSE per voxel against the MSE of predicting
 * the mean training density (right, log). x is the VAE step.
 */
import { metric } from '../../../core/runner/RunRecorder';
import type { Figure } from '../../../ui/figure';
import { noteWhenEmpty } from '../../../ui/plotNote';
import type { CrystalRecording } from '../experiment';
import { metricLine } from './metricLine';

export function vaeFigure(rec: Pick<CrystalRecording, 'rows'>): Figure {
  // The run's closing evaluation (segment 1, after the U-Net steps) repeats the VAE's last one: its
  // step counts U-Net steps too, which this plot's VAE-step axis does not.
  const rows = rec.rows.filter((r) => metric(r, 'segment') !== 1);
  const data = [
    metricLine(rows, 'recon', 'train Σ squared error (batch)'),
    metricLine(rows, 'testMse', 'held-out MSE per voxel', { yaxis: 'y2', mode: 'lines+markers' }),
    metricLine(rows, 'meanMse', 'mean-density MSE per voxel', { yaxis: 'y2', mode: 'lines', line: { dash: 'dash' } }),
  ];
  return {
    data,
    layout: noteWhenEmpty(data, {
      title: { text: 'VAE: training error, held-out error vs the mean density' },
      xaxis: { title: { text: 'VAE step' } },
      yaxis: { title: { text: 'Σ (x − x̂)² per batch' }, type: 'log' },
      yaxis2: { title: { text: 'MSE per voxel' }, type: 'log', tickformat: '.1e', nticks: 5 },
    }, 'Press Run to train the VAE on the generated crystals.'),
  };
}
