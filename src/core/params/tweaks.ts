/**
 * Tweaks: the changes a reader makes to `live` fields while a run trains.
 * A run records each one as (after how many metrics rows, at which step, which
 * field, which value); a link, a stored run and a run file carry the list, and
 * a re-run replays each change at the same point, so the tweaked run is
 * reproduced curve for curve (DESIGN.md, "Live controls").
 *
 * The point is the count of metrics rows, not the step: a run may report
 * several rows per step (training and evaluation) or restart its step count
 * per model. The step is kept for the reader ("lr 0.01 → 0.003 at step 412").
 *
 * Link form, one entry per change joined by `~`: `<after>_<step>_<url key>_<value>`,
 * e.g. `tweaks=412_412_lr_0.003~900_900_beta_0.5`.
 */
import { formatNumber, parseValue, type Notice } from './values';
import type { Field, Schema } from './schema';

export type TweakValue = number | string | boolean;

export interface Tweak {
  /** Metrics rows the run had reported when the change took effect. */
  after: number;
  /** The step of the last of those rows. */
  step: number;
  /** Param name (the schema's object key). */
  name: string;
  value: TweakValue;
}

/** Link key of the tweak list (one of the shell's reserved keys). */
export const TWEAKS_KEY = 'tweaks';
/** More entries than this in a link are dropped with a notice: a link stays a link. */
export const MAX_TWEAKS = 200;

/** Fields that may change while a run trains and are recorded as tweaks (view-only fields are not). */
export function isTweakable(f: Field | undefined): boolean {
  return !!f && !!f.live && !f.viewOnly;
}

/** The params a run has after its tweaks up to (and including) `after` rows; all of them by default. */
export function applyTweaks<P extends Readonly<Record<string, unknown>>>(params: P, tweaks: readonly Tweak[], after = Infinity): P {
  let out = params;
  for (const t of tweaks) if (t.after <= after) out = { ...out, [t.name]: t.value };
  return out;
}

/**
 * The tweak list of a run the reader changed while it ran: what it applied,
 * then the changes scheduled from its link that it has not reached yet, except
 * for fields the reader set by hand (the reader's value wins from then on).
 */
export function mergeTweaks(scheduled: readonly Tweak[], applied: readonly Tweak[], edited: ReadonlySet<string>, rowsDone: number): Tweak[] {
  const pending = scheduled.filter((t) => t.after > rowsDone && !edited.has(t.name));
  return [...applied, ...pending];
}

/** Drops the tweaks of one field (the reader set it for the whole run). */
export function withoutTweaksOf(tweaks: readonly Tweak[], name: string): Tweak[] {
  return tweaks.filter((t) => t.name !== name);
}

function valueText(f: Field, v: TweakValue): string {
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') return formatNumber(v);
  return f.kind === 'choice' ? v : String(v);
}

export function encodeTweaks(schema: Schema, tweaks: readonly Tweak[]): string {
  return tweaks
    .filter((t) => schema[t.name])
    .map((t) => `${t.after}_${t.step}_${schema[t.name].key}_${valueText(schema[t.name], t.value)}`)
    .join('~');
}

/** A row count or step as written by encodeTweaks: no sign, no leading zeros, no exponent. */
const COUNT = /^(0|[1-9]\d{0,8})$/;

/**
 * Reads a link's tweak list. Never throws: a malformed entry, an unknown field or
 * one that cannot change mid-run is dropped with a notice; a value out of range is
 * clamped with the field's own notice. The result is sorted by `after`.
 */
export function decodeTweaks(schema: Schema, raw: string, fallback: Readonly<Record<string, unknown>>): { tweaks: Tweak[]; notices: Notice[] } {
  const notices: Notice[] = [];
  const tweaks: Tweak[] = [];
  const byKey = new Map(Object.entries(schema).map(([name, f]) => [f.key, { name, f }] as const));
  const entries = raw === '' ? [] : raw.split('~');
  if (entries.length > MAX_TWEAKS) notices.push({ key: TWEAKS_KEY, message: `The link has ${entries.length} live changes; only the first ${MAX_TWEAKS} are kept.` });
  const dropped: string[] = [];
  for (const entry of entries.slice(0, MAX_TWEAKS)) {
    const [after, step, key, ...rest] = entry.split('_');
    const value = rest.join('_');
    const target = key === undefined ? undefined : byKey.get(key);
    if (!COUNT.test(after ?? '') || !COUNT.test(step ?? '') || !target || rest.length === 0) {
      dropped.push(entry.length > 40 ? `${entry.slice(0, 40)}…` : entry);
      continue;
    }
    if (!isTweakable(target.f)) {
      notices.push({ key: TWEAKS_KEY, message: `${target.f.label} cannot change during a run; its live change was dropped.` });
      continue;
    }
    const parsed = parseValue(target.f, value, fallback[target.name]);
    if (parsed.notice) notices.push({ key: TWEAKS_KEY, message: `Live change at step ${step}: ${parsed.notice}` });
    tweaks.push({ after: Number(after), step: Number(step), name: target.name, value: parsed.value as TweakValue });
  }
  if (dropped.length) {
    notices.push({ key: TWEAKS_KEY, message: `${dropped.length} live change${dropped.length > 1 ? 's' : ''} in the link could not be read and ${dropped.length > 1 ? 'were' : 'was'} dropped ('${dropped[0]}'${dropped.length > 1 ? ', …' : ''}).` });
  }
  tweaks.sort((a, b) => a.after - b.after);
  return { tweaks, notices };
}

/** "Learning rate 0.01 → 0.003 at step 412", with the value before the change. */
export function describeTweak(schema: Schema, before: Readonly<Record<string, unknown>>, t: Tweak): string {
  const f = schema[t.name];
  const show = (v: unknown) => (typeof v === 'number' ? formatNumber(v) : typeof v === 'boolean' ? (v ? 'on' : 'off') : String(v));
  return `${f?.label ?? t.name} ${show(before[t.name])} → ${show(t.value)} at step ${t.step}`;
}

/** Each tweak described with the value it replaced, in order. */
export function describeTweaks(schema: Schema, start: Readonly<Record<string, unknown>>, tweaks: readonly Tweak[]): string[] {
  let now: Record<string, unknown> = { ...start };
  return tweaks.map((t) => {
    const text = describeTweak(schema, now, t);
    now = { ...now, [t.name]: t.value };
    return text;
  });
}
