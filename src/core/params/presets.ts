import type { ParamsOf, Schema } from './schema';
import { defaultsOf } from './schema';

/** A named starting point: data, with the reason it exists. */
export interface Preset<P> {
  reason: string;
  params: Partial<P>;
  /** Run seed the preset starts from; the link's `seed=` overrides it. */
  seed?: number;
}

/** `tiny` (tests, seconds on SwiftShader) and `default` are required; others optional. */
export type Presets<P> = { tiny: Preset<P>; default: Preset<P> } & Record<string, Preset<P>>;

export const DEFAULT_SEED = 1;

/** Throws unless `name` is one of `presets` (its own keys, not inherited ones), naming those there are; `who` says whose presets. */
export function checkPresetName<P>(presets: Presets<P>, name: string, who: string): void {
  if (!Object.hasOwn(presets, name)) throw new Error(`${who} has no preset '${name}'. Its presets: ${Object.keys(presets).join(', ')}`);
}

export function presetParams<S extends Schema>(
  schema: S,
  presets: Presets<ParamsOf<S>>,
  name: string,
): ParamsOf<S> {
  return { ...defaultsOf(schema), ...(presets[name]?.params ?? {}) };
}

export function presetSeed<P>(presets: Presets<P>, name: string): number {
  return presets[name]?.seed ?? DEFAULT_SEED;
}
