/** Copies the canonical link of the current settings; shows it too, for browsers without clipboard access. */
import { useState } from 'react';

export function ShareButton({ url }: { url(withRun: boolean): string }) {
  const [shown, setShown] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const share = async (withRun: boolean) => {
    const link = url(withRun);
    setShown(link);
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="share">
      <button type="button" data-testid="share" onClick={() => void share(false)}>Share link</button>
      <button type="button" data-testid="share-run" className="link-button" onClick={() => void share(true)}>
        …that starts the run
      </button>
      {shown ? (
        <div className="share-out">
          <input data-testid="share-url" readOnly value={shown} onFocus={(e) => e.currentTarget.select()} aria-label="Shareable link" />
          <span>{copied ? 'Copied.' : 'Copy it from the box.'}</span>
        </div>
      ) : null}
    </div>
  );
}
