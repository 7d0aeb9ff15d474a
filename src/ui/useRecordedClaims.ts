/**
 * The claims verdicts recorded for a panel (public/runs/<slug>/claims.json, made
 * by `npm run claims -- <slug> --record`), or null when none ship or the file
 * is unreadable (the reason is returned, to show in place of the verdicts).
 */
import { useEffect, useState } from 'react';
import { recordedClaimsFromFile, type RecordedClaims } from '../core/history/recordedClaims';

export type RecordedClaimsState = { claims: RecordedClaims } | { missing: string } | null;

export function useRecordedClaims(slug: string): RecordedClaimsState {
  const [state, setState] = useState<RecordedClaimsState>(null);
  useEffect(() => {
    let alive = true;
    const url = new URL(`runs/${encodeURIComponent(slug)}/claims.json`, document.baseURI).href;
    fetch(url)
      .then(async (res) => {
        if (!res.ok || !(res.headers.get('content-type') ?? '').includes('json')) return { missing: 'No recorded verdicts ship with this panel yet.' };
        return { claims: recordedClaimsFromFile(await res.text(), slug) };
      })
      .catch((e: unknown) => ({ missing: `The recorded verdicts could not be read (${e instanceof Error ? e.message : String(e)}).` }))
      .then((s) => alive && setState(s));
    return () => {
      alive = false;
    };
  }, [slug]);
  return state;
}
