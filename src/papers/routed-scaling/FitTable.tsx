/** Our fitted Eq. 1 coefficients beside Table 3's, per router. */
import { cutoffSize, TABLE3 } from './law';
import { formatParams } from './formatParams';
import { ROUTER_LABELS } from './router';
import type { RouterFit } from './sweepResults';

const COLS = ['a', 'b', 'c', 'd', 'eStart', 'eMax'] as const;

export function FitTable({ fits }: { fits: readonly RouterFit[] }) {
  if (fits.length === 0) return <p className="hint">The fit appears once models of 2 sizes and 2 expert counts have finished.</p>;
  return (
    <table className="claims" data-testid="fit-table">
      <thead>
        <tr><th>router</th><th /><th>a</th><th>b</th><th>c</th><th>d</th><th>E<sub>start</sub></th><th>E<sub>max</sub></th><th>N<sub>cutoff</sub></th><th>rms log₁₀ residual</th></tr>
      </thead>
      <tbody>
        {fits.flatMap(({ router, fit, problem }) => [
          <tr key={`${router}-ours`} data-router={router} data-fit={fit ? fit.mode : 'none'}>
            <th>{ROUTER_LABELS[router]}</th>
            <td>ours{fit?.mode === 'fixed-saturation' ? ' (E_start, E_max held at Table 3)' : fit?.prior ? ' (weak prior on E_start, E_max)' : ''}</td>
            {fit ? COLS.map((c) => <td key={c}>{fit[c].toFixed(c.startsWith('e') ? 2 : 4)}</td>) : <td colSpan={6}>{problem}</td>}
            <td>{fit && fit.c > 0 ? formatParams(cutoffSize(fit)) : '–'}</td>
            <td>{fit ? fit.rmse.toExponential(1) : '–'}</td>
          </tr>,
          <tr key={`${router}-paper`}>
            <th />
            <td>Table 3</td>
            {COLS.map((c) => <td key={c}>{TABLE3[router][c]}</td>)}
            <td>{formatParams(cutoffSize(TABLE3[router]))}</td>
            <td />
          </tr>,
        ])}
      </tbody>
    </table>
  );
}
