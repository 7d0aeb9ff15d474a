/**
 * Part 3 of the panel: routing while it trains. The latest batch's expert
 * load per layer (bars; the dashed line is a perfectly even share), load
 * balance and overflow over the steps, and which expert each character of a
 * held-out sentence goes to (greedy evaluation routing, after each model).
 */
import { useMemo } from 'react';
import type { Data } from 'plotly.js-dist-min';
import { Plot } from '../../ui/Plot';
import type { RoutingSnapshot, TokenRoutes } from './experiment';
import { ROUTER_LABELS } from './router';
import { balanceTraces, type StepRow } from './sweepPlots';

const PALETTE = ['#1f5fbf', '#b45309', '#047857', '#b3261e', '#6d28d9', '#0e7490', '#a16207', '#be185d', '#4d7c0f', '#1e40af', '#9a3412', '#065f46', '#7f1d1d', '#5b21b6', '#155e75', '#854d0e'];

export function expertColor(e: number): string {
  return e < 0 ? '#9ca3af' : PALETTE[e % PALETTE.length];
}

export function RoutingView({ snapshot, rows, routes, compareRows }: { snapshot: RoutingSnapshot | null; rows: readonly StepRow[]; routes: TokenRoutes | null; compareRows: readonly StepRow[] | null }) {
  const load = useMemo<Data[]>(() => {
    if (!snapshot) return [];
    const xs = Array.from({ length: snapshot.E }, (_, e) => `expert ${e}`);
    return [
      ...snapshot.layers.map((l, i) => ({ type: 'bar' as const, x: xs, y: l.load, name: `layer ${i + 1}` })),
      { type: 'scatter' as const, mode: 'lines' as const, x: xs, y: xs.map(() => 1 / snapshot.E), name: 'even share', line: { dash: 'dash' as const, color: '#555' } },
    ];
  }, [snapshot]);

  const balance = useMemo(() => balanceTraces(rows), [rows]);
  const balanceCompared = useMemo(() => (compareRows ? balanceTraces(compareRows) : null), [compareRows]);

  return (
    <div>
      <div className="plots-2">
        <Plot
          name="routed-load" height={280} data={load}
          layout={{ title: { text: snapshot ? `Expert load, ${ROUTER_LABELS[snapshot.router]} E=${snapshot.E}, step ${snapshot.step}` : 'Expert load (appears with the first routed model)' }, barmode: 'group', yaxis: { title: { text: 'share of batch tokens' }, rangemode: 'tozero' } }}
        />
        <Plot
          name="routed-balance" height={280} data={balance} recorded={balanceCompared} steps
          layout={{ title: { text: 'Load balance and overflow, routed training steps' }, xaxis: { title: { text: 'step of the sweep (gaps: dense models)' } }, yaxis: { title: { text: 'max / mean load' }, rangemode: 'tozero' }, yaxis2: { title: { text: 'overflow %' }, overlaying: 'y', side: 'right', rangemode: 'tozero' } }}
        />
      </div>
      <p className="hint">
        Overflow: tokens beyond an expert's capacity in their group skip the FFN while training. Evaluation routes greedily with no capacity.
      </p>
      {routes ? (
        <div data-testid="token-routes">
          <p className="hint">Which expert each character goes to after training: {ROUTER_LABELS[routes.router]}, d={routes.width}, E={routes.E}.</p>
          {routes.layers.map((experts, l) => (
            <p key={l} className="token-routes">
              <span className="hint">layer {l + 1}: </span>
              {[...routes.text].map((ch, i) => (
                <span key={i} title={`expert ${experts[i]}`} style={{ background: expertColor(experts[i]), color: 'white', fontFamily: 'ui-monospace, monospace', padding: '0 1px', marginRight: 1 }}>
                  {ch === ' ' ? '·' : ch === '\n' ? '⏎' : ch}
                </span>
              ))}
            </p>
          ))}
        </div>
      ) : (
        <p className="hint">The routes of a held-out sentence appear when the first routed model finishes.</p>
      )}
    </div>
  );
}
