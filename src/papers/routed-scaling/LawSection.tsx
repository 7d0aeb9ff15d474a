/**
 * Part 1 of the panel: Eq. 1 with Table 3's coefficients (Clark et al. 2022),
 * as plots and a calculator: loss against dense size for E = 1, 8, 64, 512;
 * loss and effective parameter count against E at the calculator's size; and
 * where routing stops helping.
 */
import { useMemo, useState } from 'react';
import { Plot } from '../../ui/Plot';
import { cutoffSize, eHat, effectiveParams, LAW_ROUTERS, lawLoss, TABLE3, type LawRouter } from './law';
import { formatParams } from './formatParams';
import { effectiveSizeFigure } from './plots/effectiveSize';
import { lawVsExpertsFigure } from './plots/lawVsExperts';
import { lawVsSizeFigure } from './plots/lawVsSize';
import { ROUTER_LABELS } from './router';

/** Parses a positive number, or returns null (the input keeps what the reader typed). */
function positive(text: string, max: number): number | null {
  const v = Number(text);
  return Number.isFinite(v) && v > 0 && v <= max ? v : null;
}

export function LawSection() {
  const [router, setRouter] = useState<LawRouter>('sbase');
  const [nText, setNText] = useState('5');
  const [eText, setEText] = useState('128');
  const nM = positive(nText, 1e7);
  const E = positive(eText, 1e6);
  const N = (nM ?? 5) * 1e6;
  const experts = E !== null && E >= 1 ? E : 128;

  const bySize = useMemo(() => lawVsSizeFigure(router), [router]);
  const byExperts = useMemo(() => lawVsExpertsFigure(N), [N]);
  const epc = useMemo(() => effectiveSizeFigure(router, N, experts), [N, experts, router]);

  return (
    <div className="calculator">
      <div className="control-row">
        <label>Router{' '}
          <select data-testid="law-router" value={router} onChange={(e) => setRouter(LAW_ROUTERS.find((r) => r === e.target.value) ?? 'sbase')}>
            {LAW_ROUTERS.map((r) => <option key={r} value={r}>{ROUTER_LABELS[r]}</option>)}
          </select>
        </label>
        <label>Dense size N (millions){' '}
          <input className="number-box" data-testid="law-n" value={nText} onChange={(e) => setNText(e.target.value)} aria-invalid={nM === null} />
        </label>
        <label>Experts E{' '}
          <input className="number-box" data-testid="law-e" value={eText} onChange={(e) => setEText(e.target.value)} aria-invalid={E === null || E < 1} />
        </label>
      </div>
      {nM === null || E === null || E < 1 ? <p className="error" role="alert">N must be a positive number of millions (at most 10¹³ M) and E a number ≥ 1; showing N = {formatParams(N)}, E = {experts}.</p> : null}
      <table className="claims" data-testid="law-table">
        <thead>
          <tr><th>router</th><th>L(N, 1)</th><th>L(N, E)</th><th>Ê</th><th>effective N̄</th><th>N<sub>cutoff</sub> = 10<sup>−b/c</sup></th><th>printed</th></tr>
        </thead>
        <tbody>
          {LAW_ROUTERS.map((r) => {
            const k = TABLE3[r];
            return (
              <tr key={r} data-router={r}>
                <th>{ROUTER_LABELS[r]}</th>
                <td>{lawLoss(k, N, 1).toFixed(3)}</td>
                <td>{lawLoss(k, N, experts).toFixed(3)}</td>
                <td>{eHat(experts, k.eStart, k.eMax).toFixed(1)}</td>
                <td data-testid={`epc-${r}`}>{formatParams(effectiveParams(k, N, experts))}</td>
                <td>{formatParams(cutoffSize(k))}</td>
                <td>{formatParams(k.cutoffPrinted)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">
        Loss in nats per token, base-10 logarithms (the reading under which E = 1 matches the paper's dense fit). The cutoff from the
        printed coefficients differs from the paper's printed cutoff for RL-R and Hash: it is very sensitive to rounding of b and c.
      </p>
      <div className="plots-2">
        <Plot name="routed-law-vs-n" height={300} {...bySize} />
        <Plot name="routed-law-vs-e" height={300} {...byExperts} />
      </div>
      <Plot name="routed-epc" height={300} {...epc} />
    </div>
  );
}
