/**
 * Keyboard control of the page's run: space runs or pauses, `s` steps
 * (pausing first), `r` resets, `?` toggles the help. Keys typed into a form
 * field or pressed on a button are left alone.
 */
import { useEffect, useRef } from 'react';
import type { AnyRun } from './PageRunContext';

export const RUN_KEYS: readonly { key: string; does: string }[] = [
  { key: 'Space', does: 'run, pause or resume' },
  { key: 's', does: 'step (pauses a running run first)' },
  { key: 'r', does: 'reset' },
  { key: '?', does: 'show or hide this help' },
];

const INTERACTIVE = 'input, textarea, select, button, a[href], summary, [contenteditable="true"]';

export function useRunKeys(run: AnyRun | null, toggleHelp: () => void): void {
  const latest = useRef({ run, toggleHelp });
  useEffect(() => {
    latest.current = { run, toggleHelp };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (e.target instanceof Element && e.target.closest(INTERACTIVE)) return;
      const { run: r, toggleHelp: help } = latest.current;
      if (e.key === '?') {
        help();
        e.preventDefault();
        return;
      }
      if (!r) return;
      const state = r.status.state;
      const busy = state === 'running' || state === 'starting';
      if (e.key === ' ') {
        if (busy) r.pause();
        else if (state === 'paused') r.resume();
        else void r.start();
      } else if (e.key === 's') {
        if (busy) r.pause();
        else if (state === 'paused') r.step();
        else void r.start({ startPaused: true });
      } else if (e.key === 'r') {
        r.reset();
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
