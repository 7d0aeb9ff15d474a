/**
 * The Reproduce section: a paper's claims, with the verdicts recorded by
 * `npm run claims -- <slug> --record` (their provenance named) beside the
 * ones measured now by a real run in the worker when the reader asks. Runs
 * with seed 1, as `npm run claims` does.
 */
import { useState } from 'react';
import type { Claim } from '../core/claims';
import type { ClaimOutcome, ClaimsArtifacts, ClaimsMetric } from '../core/claimsRunner';
import { etaSeconds, inProgress, type Progress } from '../core/runner/protocol';
import { typedBatch } from '../core/runner/RunRecorder';
import { useRunnerClient, useRunnerSnapshot } from './RunnerContext';
import { formatDuration } from './RunBar';
import { useRecordedClaims } from './useRecordedClaims';

function Verdict({ o }: { o: { pass: boolean; measured: string } | undefined }) {
  if (!o) return <span className="hint">–</span>;
  return (
    <>
      <span className={o.pass ? 'pass' : 'fail'}>{o.pass ? '✓ pass' : '✗ fail'}</span> <span className="measured">{o.measured}</span>
    </>
  );
}

export function Reproduce({ slug, claims }: { slug: string; claims: readonly Claim[] }) {
  const client = useRunnerClient();
  const snap = useRunnerSnapshot();
  const id = `${slug}/claims`;
  const [outcomes, setOutcomes] = useState<Record<string, ClaimOutcome>>({});
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const recorded = useRecordedClaims(slug);
  const recordedById = recorded && 'claims' in recorded ? Object.fromEntries(recorded.claims.outcomes.map((o) => [o.id, o])) : {};
  const mine = snap.runId === id;
  const busy = mine && inProgress(snap.run.state);

  const run = async (only: string[]) => {
    setError(null);
    setProgress(null);
    setOutcomes((o) => (only.length ? Object.fromEntries(Object.entries(o).filter(([k]) => !only.includes(k))) : {}));
    const final = await client.start({ id, params: { only }, seed: 1, backend: client.preferredBackend }, (b) => {
      if (b.progress) setProgress(b.progress);
      const got = typedBatch<ClaimsArtifacts, ClaimsMetric>(b).artifacts.claims;
      if (got) setOutcomes((o) => ({ ...o, ...Object.fromEntries(got.map((c) => [c.id, c])) }));
    });
    if (final.state === 'error') setError(final.message ?? 'The claims run failed.');
  };

  const eta = busy ? etaSeconds(progress) : null;
  return (
    <div className="reproduce" data-testid="reproduce">
      <p className="hint" data-testid="recorded-claims">
        {recorded && 'claims' in recorded ? (
          <>
            <strong>Recorded</strong>: measured by <code>{recorded.claims.provenance.command}</code> on {recorded.claims.provenance.backend} in Node
            ({recorded.claims.provenance.machine}), commit <code>{recorded.claims.provenance.commit.slice(0, 7)}</code>, {recorded.claims.provenance.date.slice(0, 10)}.{' '}
          </>
        ) : recorded ? `${recorded.missing} ` : null}
        <strong>Now</strong>: each claim is checked by running code in your browser, with seed 1, when you ask. Running claims stops any other run on this page.
      </p>
      <div className="run-buttons">
        <button type="button" className="primary" data-testid="run-claims" disabled={busy} onClick={() => void run([])}>
          Check all claims
        </button>
        {busy ? <button type="button" onClick={() => client.stop()}>Stop</button> : null}
        {busy && progress ? (
          <span className="hint" data-testid="claims-progress">
            {progress.label} {eta !== null ? `· about ${formatDuration(eta)} left` : ''}
          </span>
        ) : null}
      </div>
      {error ? <p role="alert" className="error">{error}</p> : null}
      <table className="claims">
        <thead>
          <tr><th>claim</th><th>source</th><th>expected</th><th>recorded</th><th>now</th><th /></tr>
        </thead>
        <tbody>
          {claims.map((c) => {
            const o = outcomes[c.id];
            return (
              <tr key={c.id} data-testid={`claim-${c.id}`} data-pass={o ? String(o.pass) : 'unknown'}>
                <td>{c.statement}{o?.detail ? <div className="hint">{o.detail}</div> : null}</td>
                <td>{c.source}</td>
                <td>{o?.expected ?? recordedById[c.id]?.expected ?? '–'}</td>
                <td data-testid={`claim-recorded-${c.id}`}><Verdict o={recordedById[c.id]} /></td>
                <td data-testid={`claim-now-${c.id}`}>{o ? <Verdict o={o} /> : <span className="hint">not run</span>}</td>
                <td>
                  <button type="button" className="link-button" disabled={busy} onClick={() => void run([c.id])}>run</button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
