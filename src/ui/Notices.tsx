/** What the link decoder changed, in words; dismissable. */
import type { Notice } from '../core/params/codec';

export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss(): void }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" data-testid="notices">
      <strong>Some of the link could not be used:</strong>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{n.message}</li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={onDismiss}>Dismiss</button>
    </div>
  );
}
