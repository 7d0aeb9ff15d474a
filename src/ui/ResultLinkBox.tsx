/** "Share with results": the plain link plus a compressed copy of the curves, or why they do not fit. */
import { useState } from 'react';
import { buildResultLink, MAX_LINK_CHARS, type ResultLink } from '../core/share/resultLink';
import type { AnyRun } from './PageRunContext';

export function ResultLinkButton({ run, where, onFallback }: { run: AnyRun; where: { backend: string | null; adapter: string | null }; onFallback(): void }) {
  const [link, setLink] = useState<ResultLink | null>(null);
  const make = async () => {
    const built = await buildResultLink(run.shareUrl(false), { rows: [...run.recording.rows], backend: where.backend, adapter: where.adapter, createdAt: Date.now() });
    setLink(built);
    if (built.fits) await navigator.clipboard?.writeText(built.url).catch(() => undefined);
  };
  return (
    <>
      <button type="button" data-testid="share-results" onClick={() => void make()} disabled={run.recording.rows.length === 0} title={`Params and a down-sampled copy of the curves, in a link under ${MAX_LINK_CHARS / 1024} KB`}>
        Share with results
      </button>
      {link ? (
        <div className="share-out">
          {link.fits ? (
            <>
              <input data-testid="share-results-url" readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} aria-label="Link with results" />
              <span className="hint">
                {link.points < link.totalPoints ? `${link.points} of ${link.totalPoints} points` : `all ${link.points} points`}, {(link.url.length / 1024).toFixed(1)} KB
              </span>
            </>
          ) : (
            <span data-testid="share-results-problem" role="note">
              {link.reason}{' '}
              <button type="button" className="link-button" onClick={onFallback}>Save the run file</button>
            </span>
          )}
        </div>
      ) : null}
    </>
  );
}
