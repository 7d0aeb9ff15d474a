/**
 * The evaluations after training: bpc against database size and against k,
 * bpc(α) for the leakage analysis, and the RETRO-fit curve against the
 * frozen baseline and RETRO from scratch.
 */
import type { Data } from 'plotly.js-dist-min';
import type { MetricRow } from '../../../core/runner/RunRecorder';
import type { FinalEval, KPoint, LeakagePoint, SizePoint } from '../experiment';
import { BASE, FIT, ON } from './colours';

export function dbSizeTraces(sizes: readonly SizePoint[], final: FinalEval | null): Data[] {
  const out: Data[] = [{ type: 'scatter', mode: 'lines+markers', x: sizes.map((s) => s.tokens), y: sizes.map((s) => s.bpcOn), name: 'RETRO [On]', line: { color: ON } }];
  if (final && sizes.length) out.push({ type: 'scatter', mode: 'lines', x: [sizes[0].tokens, sizes[sizes.length - 1].tokens], y: [final.bpcBase, final.bpcBase], name: 'baseline', line: { color: BASE, dash: 'dash' } });
  return out;
}

export function kTraces(ks: readonly KPoint[], shown: number): Data[] {
  const at = ks.find((p) => p.k === shown);
  return [
    { type: 'scatter', mode: 'lines+markers', x: ks.map((p) => p.k), y: ks.map((p) => p.bpcOn), name: 'RETRO [On]', line: { color: ON } },
    ...(at ? [{ type: 'scatter' as const, mode: 'markers' as const, x: [at.k], y: [at.bpcOn], name: `k = ${at.k}`, marker: { size: 14, color: 'rgba(0,0,0,0)', line: { color: '#b3261e', width: 2 } } }] : []),
  ];
}

export function leakageTraces(leakage: readonly LeakagePoint[]): Data[] {
  return [
    { type: 'scatter', mode: 'lines+markers', x: leakage.map((p) => p.alpha), y: leakage.map((p) => p.base), name: 'baseline', line: { color: BASE } },
    { type: 'scatter', mode: 'lines+markers', x: leakage.map((p) => p.alpha), y: leakage.map((p) => p.on), name: 'RETRO [On]', line: { color: ON } },
    { type: 'bar', x: leakage.map((p) => p.alpha), y: leakage.map((p) => p.share), name: 'share of chunks kept', yaxis: 'y2', marker: { color: 'rgba(120,120,120,0.25)' } },
  ];
}

export function retrofitTraces(rows: readonly MetricRow[], final: FinalEval | null): Data[] {
  const pts = rows.filter((r) => r.values.bpcRetrofit !== undefined);
  const x = pts.map((r) => r.values.rfStep);
  const out: Data[] = [{ type: 'scatter', mode: 'lines+markers', x, y: pts.map((r) => r.values.bpcRetrofit), name: 'RETRO-fit [On]', line: { color: FIT } }];
  if (final && x.length) {
    const span = [0, x[x.length - 1]];
    out.push({ type: 'scatter', mode: 'lines', x: span, y: [final.bpcBase, final.bpcBase], name: 'frozen baseline', line: { color: BASE, dash: 'dash' } });
    out.push({ type: 'scatter', mode: 'lines', x: span, y: [final.bpcOn, final.bpcOn], name: 'RETRO from scratch', line: { color: ON, dash: 'dash' } });
  }
  return out;
}
