/**
 * The recorded run a panel opens with: public/runs/<slug>/<preset>.run.json,
 * made by `npm run record`, served with the app (never from another origin).
 * Falls back to the `default` preset's file; null when the panel ships none.
 */
import { runFromFile } from '../core/history/runFile';
import type { RunRecord } from '../core/history/runRecord';

export function recordedRunUrl(slug: string, preset: string): string {
  return new URL(`runs/${encodeURIComponent(slug)}/${encodeURIComponent(preset)}.run.json`, document.baseURI).href;
}

async function fetchOne(slug: string, preset: string): Promise<RunRecord | null> {
  const res = await fetch(recordedRunUrl(slug, preset));
  // The dev server and the SPA fallback answer a missing file with index.html.
  if (!res.ok || !(res.headers.get('content-type') ?? '').includes('json')) return null;
  const run = runFromFile(await res.text(), slug);
  return run.provenance ? run : null;
}

export async function fetchRecordedRun(slug: string, preset: string): Promise<RunRecord | null> {
  return (await fetchOne(slug, preset)) ?? (preset === 'default' ? null : fetchOne(slug, 'default'));
}
