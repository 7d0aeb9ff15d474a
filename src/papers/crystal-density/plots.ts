/** Plotly traces of the crystal-density panel, built from the run's rows and artifacts. */
import type { Data } from 'plotly.js-dist-min';
import type { MetricRow } from '../../core/runner/RunRecorder';
import type { LatentMap } from './experiment';

const line = (rows: readonly MetricRow[], key: string, name: string, extra: Partial<Data> = {}): Data => {
  const r = rows.filter((x) => x.values[key] !== undefined);
  return { type: 'scatter', mode: r.length > 1 ? 'lines' : 'markers', name, x: r.map((x) => x.step), y: r.map((x) => x.values[key]), ...extra } as Data;
};

export function vaeTraces(all: readonly MetricRow[]): Data[] {
  // The run's closing evaluation (segment 1, after the U-Net steps) repeats the VAE's last one: its
  // step counts U-Net steps too, which this plot's VAE-step axis does not.
  const rows = all.filter((r) => r.values.segment !== 1);
  return [
    line(rows, 'recon', 'train Σ squared error (batch)'),
    line(rows, 'testMse', 'held-out MSE per voxel', { yaxis: 'y2', mode: 'lines+markers' }),
    line(rows, 'meanMse', 'mean-density MSE per voxel', { yaxis: 'y2', mode: 'lines', line: { dash: 'dash' } }),
  ];
}

export function segTraces(rows: readonly MetricRow[]): Data[] {
  return [
    line(rows, 'segLoss', 'weighted cross-entropy'),
    line(rows, 'voxelAcc', 'atom-voxel accuracy (batch)', { yaxis: 'y2' }),
    line(rows, 'cellAcc', 'held-out cells exact', { yaxis: 'y2', mode: 'lines+markers' }),
  ];
}

export function latentTraces(map: LatentMap | null): Data[] {
  if (!map) return [];
  return map.names.map((name, p) => {
    const idx = map.proto.flatMap((q, i) => (q === p ? [i] : []));
    return {
      type: 'scatter', mode: 'markers', name,
      x: idx.map((i) => map.x[i]), y: idx.map((i) => map.y[i]),
      text: idx.map((i) => `${map.formulas[i]}${map.heldOut[i] ? ' (held out)' : ''}`),
      marker: { size: 6, symbol: idx.map((i) => (map.heldOut[i] ? 'diamond' : 'circle')) },
    } as Data;
  });
}
