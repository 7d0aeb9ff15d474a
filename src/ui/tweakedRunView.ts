/**
 * What a page shows and links while the reader tweaks a run (pure; the
 * experiment-run hook memoises each). During such a run the controls show the
 * run's start values with its tweaks so far and the reader's own changes; the
 * link carries the start values and the tweak list (applied, then still
 * scheduled, less the fields the reader set by hand), so opening it replays
 * the run. View-only fields follow the reader, not the run. Outside such a run
 * the page's own state is shown and linked as it is.
 */
import type { LinkState } from '../core/params/codec';
import { applyTweaks, mergeTweaks, type Tweak } from '../core/params/tweaks';

export interface TweakedRunInput<P> {
  /** The page's settings. */
  state: LinkState<P>;
  /** The settings the live run started with; null before any run. */
  startedWith: LinkState<P> | null;
  /** Whether the run on screen is a live one the reader may have tweaked (running, or tweaked and ended). */
  tweakedRun: boolean;
  /** The tweaks the run applied so far, and how many rows it has sent. */
  applied: readonly Tweak[];
  rowsDone: number;
  /** The reader's changes to live fields during this run. */
  overrides: Partial<P>;
  /** Fields that change only the view. */
  viewOnly: readonly string[];
}

/**
 * The values the controls show. Kept apart from the link (runLink) so that it
 * changes only when a tweak lands or the reader changes something, not with
 * every row: panels memoise charts and previews on it.
 */
export function shownParams<P extends Readonly<Record<string, unknown>>>(i: Omit<TweakedRunInput<P>, 'rowsDone'>): P {
  const { state, startedWith } = i;
  if (!i.tweakedRun || !startedWith) return applyTweaks(state.params, state.tweaks);
  return { ...applyTweaks(startedWith.params, i.applied), ...i.overrides, ...pick(state.params, i.viewOnly) };
}

/** The run's tweak list, as its link carries it, and what a link to the page reproduces. */
export function runLink<P extends Readonly<Record<string, unknown>>>(i: TweakedRunInput<P>): { tweaks: Tweak[]; linkState: LinkState<P> } {
  const { state, startedWith } = i;
  if (!i.tweakedRun || !startedWith) return { tweaks: state.tweaks, linkState: state };
  const tweaks = mergeTweaks(startedWith.tweaks, i.applied, new Set(Object.keys(i.overrides)), i.rowsDone);
  return { tweaks, linkState: { ...state, params: { ...startedWith.params, ...pick(state.params, i.viewOnly) }, tweaks } };
}

/** The named fields of params. */
function pick<P extends object>(params: P, names: readonly string[]): Partial<P> {
  const out: Partial<P> = {};
  for (const n of names) Object.assign(out, { [n]: Reflect.get(params, n) });
  return out;
}

/**
 * The reader's live changes the run never applied: made after its last step boundary (during its
 * final evaluation, say), so the latest tweak the run applied to the field is not the reader's value.
 */
export function unappliedOverrides<P extends object>(overrides: Partial<P>, applied: readonly Tweak[]): Partial<P> {
  const out: Partial<P> = {};
  for (const [name, value] of Object.entries(overrides)) {
    if (applied.findLast((t) => t.name === name)?.value !== value) Object.assign(out, { [name]: value });
  }
  return out;
}
