/**
 * Part 3 of the panel: routing while it trains. The latest batch's expert
 * load per layer (bars; the dashed line is a perfectly even share), load
 * balance and overflow over the steps, and which expert each character of a
 * held-out sentence goes to (greedy evaluation routing, after each model).
 */
import { useMemo } from 'react';
import { Plot } from '../../ui/Plot';
import { useComparedFigure } from '../../ui/useComparedFigure';
import type { RoutedRecording } from './experiment';
import { expertColour } from './expertColour';
import { balanceFigure } from './plots/balance';
import { loadFigure } from './plots/load';
import { ROUTER_LABELS } from './router';

/** The run's routing; `compared` is the faded run's (a restart's predecessor or the recorded run). */
export function RoutingView({ rec, compared }: { rec: RoutedRecording; compared: RoutedRecording | null }) {
  const routes = rec.artifacts.tokenRoutes;
  const load = useMemo(() => loadFigure(rec.artifacts), [rec.artifacts]);
  const balance = useComparedFigure(balanceFigure, rec, compared);

  return (
    <div>
      <div className="plots-2">
        <Plot name="routed-load" height={280} {...load} />
        <Plot name="routed-balance" height={280} {...balance} steps />
      </div>
      <p className="hint">
        Overflow: tokens beyond an expert's capacity in their group skip the FFN while training. Evaluation routes greedily with no capacity.
      </p>
      {routes ? (
        <div data-testid="token-routes">
          <p className="hint">Which expert each token goes to after training: {ROUTER_LABELS[routes.router]}, d={routes.width}, E={routes.E}.</p>
          {routes.layers.map((experts, l) => (
            <p key={l} className="token-routes">
              <span className="hint">layer {l + 1}: </span>
              {(routes.pieces ?? [...routes.text]).map((ch, i) => (
                <span key={i} title={`expert ${experts[i]}`} style={{ background: expertColour(experts[i]), color: 'white', fontFamily: 'ui-monospace, monospace', padding: '0 1px', marginRight: 1 }}>
                  {ch.replace(/ /g, '·').replace(/\n/g, '⏎')}
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
