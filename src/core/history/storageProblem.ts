/**
 * What went wrong with the browser's storage (IndexedDB), in the reader's
 * words: full (quota exceeded), refused (private browsing, storage blocked),
 * or anything else with the browser's own message.
 */
export function storageProblem(e: unknown): string {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  const detail = e instanceof Error || e instanceof DOMException ? e.message : String(e);
  if (name === 'QuotaExceededError') return "The browser's storage for this site is full (quota exceeded): delete old runs in Runs, or free space in the browser's site settings.";
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError' || name === 'NotAllowedError') {
    return `This browser does not let the page store runs (private browsing, or storage blocked for this site: ${detail}).`;
  }
  return `The browser's storage failed: ${detail}`;
}
